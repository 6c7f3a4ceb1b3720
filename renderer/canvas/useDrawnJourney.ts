import { useDeferredValue, useEffect, useState } from 'react';
import { createJourney, type Journey } from '../../shared/model';
import type { Editor } from '../editor/createEditor';
import { useDocument } from '../editor/EditorContext';

/** What the map shows for the moment between mounting and drawing the document (nothing). */
const NOT_DRAWN_YET = createJourney();

/**
 * The journey the map draws. A local edit (a drop, a new card, typing) is drawn at once, in the
 * same task, so what the user works on next (the card just added, its title field) is there for
 * the very next key. Other changes, a file opening, a remote change, an undo or a redo, are
 * drawn in the background (useDeferredValue): React renders them in slices between other work,
 * so a 4,000-card map opening or a remote change on a 3,000-card map never blocks the window
 * for long, and the toolbar and panels answer at once. The map starts with nothing drawn.
 */
export function useDrawnJourney(editor: Editor): { journey: Journey; caughtUp: boolean } {
  const current = useDocument((s) => s.journey);
  const [localEdits] = useState(() => new WeakSet<Journey>());
  useEffect(
    () =>
      editor.subscribe((change) => {
        const { kind } = change.history;
        if (change.source !== 'remote' && (kind === 'step' || kind === 'merge' || kind === 'none'))
          localEdits.add(change.after);
      }),
    [editor, localEdits],
  );
  const deferred = useDeferredValue(current, NOT_DRAWN_YET);
  const journey = localEdits.has(current) ? current : deferred;
  return { journey, caughtUp: journey === current };
}
