/** How a key binding is shown to people: "mod+shift+z" as ⌘⇧Z on macOS, Ctrl+Shift+Z elsewhere. */
const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

const NAMES: Record<string, string> = {
  arrowleft: '←',
  arrowright: '→',
  arrowup: '↑',
  arrowdown: '↓',
  delete: 'Delete',
  escape: 'Esc',
  backspace: 'Backspace',
  plus: '+',
  '=': '=',
};

export function keyLabel(binding: string, mac = isMac()): string {
  const parts = binding.split('+').map((part) => {
    if (part === 'mod') return mac ? '⌘' : 'Ctrl';
    if (part === 'shift') return mac ? '⇧' : 'Shift';
    if (part === 'alt') return mac ? '⌥' : 'Alt';
    if (part === 'ctrl') return mac ? '⌃' : 'Ctrl';
    return NAMES[part] ?? part.toUpperCase();
  });
  return parts.join(mac ? '' : '+');
}
