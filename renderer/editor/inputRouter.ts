/**
 * The one router from input to commands: key presses (in the capture phase, so a command's key
 * wins over React Flow's own handling of it, e.g. arrows nudge through our command rather than
 * moving nodes), the DOM clipboard events, and the desktop menu. Copy/cut/paste use the DOM
 * events, so they work from the keyboard, the Electron Edit menu (roles) and across windows
 * without clipboard permissions; in a text field they stay native.
 */
import { commandForKey, isTypingTarget } from '../commands/keys';
import type { Editor } from './createEditor';

/** Menu items that act on the text when a text field has the focus (menu accelerators fire before the page sees the key). */
const NATIVE_TEXT_ACTIONS: Record<string, string> = {
  undo: 'undo',
  redo: 'redo',
  cut: 'cut',
  copy: 'copy',
  paste: 'paste',
  'select-all': 'selectAll',
};

/** A user who selected text on the page (a dialog message, say) wants that text copied. */
function hasTextSelection(): boolean {
  const selection = document.getSelection();
  return !!selection && !selection.isCollapsed && selection.toString().trim() !== '';
}

/** Installs the listeners; returns their removal. */
export function installInputRouter(editor: Editor): () => void {
  const shortcut = editor.runner('shortcut');
  const clipboard = editor.runner('clipboard');

  const onKeyDown = (event: KeyboardEvent) => {
    if (editor.isModalOpen()) return;
    const command = commandForKey(event);
    if (!command) return;
    event.preventDefault();
    event.stopPropagation();
    void shortcut.runKeyPress(command, event);
  };

  /** Copy and cut put the selected cards on the event's clipboard; elsewhere the browser does its own. */
  const onCopyOrCut = (event: ClipboardEvent) => {
    if (editor.isModalOpen() || isTypingTarget(event.target) || hasTextSelection()) return;
    const data = event.clipboardData;
    if (!data) return;
    const write = (text: string) => {
      data.setData('text/plain', text);
      event.preventDefault();
    };
    clipboard.runNow(event.type === 'cut' ? 'cut' : 'copy', { write });
  };
  const onPaste = (event: ClipboardEvent) => {
    if (editor.isModalOpen() || isTypingTarget(event.target)) return;
    if (clipboard.runNow('paste', { text: event.clipboardData?.getData('text/plain') ?? null })) event.preventDefault();
  };

  const menu = editor.runner('menu');
  const stopMenu = editor.host.onMenuCommand((id) => {
    const native = NATIVE_TEXT_ACTIONS[id];
    if (native && isTypingTarget(document.activeElement)) document.execCommand(native);
    else void menu.runById(id);
  });

  window.addEventListener('keydown', onKeyDown, true);
  document.addEventListener('copy', onCopyOrCut);
  document.addEventListener('cut', onCopyOrCut);
  document.addEventListener('paste', onPaste);
  return () => {
    window.removeEventListener('keydown', onKeyDown, true);
    document.removeEventListener('copy', onCopyOrCut);
    document.removeEventListener('cut', onCopyOrCut);
    document.removeEventListener('paste', onPaste);
    stopMenu();
  };
}
