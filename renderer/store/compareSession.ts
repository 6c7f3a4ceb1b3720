/**
 * Compare mode's view state (docs/architecture.md "Compare mode"): the other version the open
 * document is compared with. Never in the file and never an undo step; the changes themselves
 * are worked out from it and the document as it is (shared/versions/compareView.ts).
 */
import type { Journey } from '../../shared/model';

export type CompareSource = 'file' | 'disk' | 'backup';

export interface CompareSession {
  /** The other version; the open document is drawn as the newer one. */
  other: Journey;
  /** The other version's file name, for the banner. */
  name: string;
  /** Another file, the open file as it is on disk, or the `.bak` of its last save (which may be restored). */
  source: CompareSource;
}
