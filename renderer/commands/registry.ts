/** Every command, in one closed list; toolbar, menu, shortcuts and palette look them up here. */
import { about } from './about';
import { addStage } from './addStage';
import { addTouchpoint } from './addTouchpoint';
import { deleteSelection } from './deleteSelection';
import { redo, undo } from './history';
import { newDocument } from './newDocument';
import { openDocument } from './openDocument';
import { saveDocument, saveDocumentAs } from './saveDocument';
import { selectAll } from './selectAll';
import type { Command } from './types';
import { fitView, zoomIn, zoomOut } from './viewport';

export const COMMANDS = [
  newDocument,
  openDocument,
  saveDocument,
  saveDocumentAs,
  addStage,
  addTouchpoint,
  deleteSelection,
  selectAll,
  undo,
  redo,
  fitView,
  zoomIn,
  zoomOut,
  about,
] as const satisfies readonly Command[];

export type CommandId = (typeof COMMANDS)[number]['id'];

export function findCommand(id: string): Command | undefined {
  return COMMANDS.find((c) => c.id === id);
}
