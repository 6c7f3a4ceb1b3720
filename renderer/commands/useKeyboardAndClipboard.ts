/**
 * Wires keys and the system clipboard to commands. Copy/cut/paste use the DOM clipboard
 * events, so they work from the keyboard, the Electron Edit menu (roles) and across windows
 * without clipboard permissions; in a text field they stay native.
 */
import { useEffect } from 'react';
import { copySelection, cutSelection, pasteText } from './clipboard';
import { commandForKey, isTypingTarget, type Dispatcher } from './dispatcher';
import type { CommandContext } from './types';

export function useKeyboardAndClipboard(
  dispatcher: Dispatcher,
  context: () => CommandContext,
  isModalOpen: () => boolean,
): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isModalOpen()) return;
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      void dispatcher.run(command.id, 'shortcut', { big: event.shiftKey });
    };
    const onCopy = (event: ClipboardEvent) => handleClipboard(event, () => copySelection(context()));
    const onCut = (event: ClipboardEvent) => handleClipboard(event, () => cutSelection(context()));
    const onPaste = (event: ClipboardEvent) => {
      if (isModalOpen() || isTypingTarget(event.target)) return;
      if (pasteText(context(), event.clipboardData?.getData('text/plain') ?? null)) event.preventDefault();
    };
    const handleClipboard = (event: ClipboardEvent, produce: () => string | null) => {
      if (isModalOpen() || isTypingTarget(event.target) || hasTextSelection()) return;
      const text = produce();
      if (text === null || !event.clipboardData) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [dispatcher, context, isModalOpen]);
}

/** A user who selected text on the page (a dialog message, say) wants that text copied. */
function hasTextSelection(): boolean {
  const selection = document.getSelection();
  return !!selection && !selection.isCollapsed && selection.toString().trim() !== '';
}
