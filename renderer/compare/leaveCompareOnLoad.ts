/**
 * Compare mode belongs to the document it was entered on: New, Open, a template or a restored
 * draft (a load, which resets history) leaves it, so another map is never shown as "changes"
 * from a version of the one before. Edits, undo and Restore of a backup keep it.
 */
import type { Editor } from '../editor/createEditor';

/** Installs the rule on the window's editor; returns the uninstall. */
export function leaveCompareOnLoad(editor: Editor): () => void {
  return editor.subscribe((event) => {
    if (event.history.kind === 'reset' && editor.view.getState().compare !== null)
      editor.view.getState().set({ compare: null });
  });
}
