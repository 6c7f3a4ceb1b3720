/** Key presses as command bindings: one table (the commands' `keys`) for the one key router. */
import { COMMANDS } from './registry';
import type { AnyCommand, KeyPress } from './types';

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** "mod+shift+z" style name of a key event. */
export function keyName(event: KeyPress, mac = isMac()): string {
  const parts: string[] = [];
  if (mac ? event.metaKey : event.ctrlKey) parts.push('mod');
  if (mac && event.ctrlKey) parts.push('ctrl');
  if (event.altKey) parts.push('alt');
  if (event.shiftKey) parts.push('shift');
  let key = event.key.toLowerCase();
  if (key === '+') key = 'plus';
  if (key === '!' && event.shiftKey) key = '1';
  // "?" needs Shift on most layouts; name it by the character.
  if (key === '?' && parts[parts.length - 1] === 'shift') parts.pop();
  parts.push(key);
  return parts.join('+');
}

const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** Where keys belong to the field: text inputs, text areas, editable content. Selects and checkboxes are not. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA') return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
}

/** On the map (or nowhere), and not in a group whose arrow keys move the focus (a lane header). */
function isOnCanvas(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return true;
  if (target.closest('[data-roving]')) return false;
  return target === document.body || !!target.closest('.canvas');
}

/** A drop-down list jumps to the option a typed letter starts: plain letters belong to it. */
function takesLetters(target: EventTarget | null, name: string): boolean {
  return name.length === 1 && target instanceof HTMLSelectElement;
}

/** The command bound to a key press, honouring "never while typing in a text field" and "on the map only". */
export function commandForKey(event: KeyPress & Pick<KeyboardEvent, 'target'>): AnyCommand | undefined {
  const name = keyName(event);
  const typing = isTypingTarget(event.target) || takesLetters(event.target, name);
  return COMMANDS.find(
    (c) => c.keys?.includes(name) && (!typing || c.whileTyping) && (!c.canvasOnly || isOnCanvas(event.target)),
  );
}
