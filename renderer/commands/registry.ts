/** Every command, in one closed list; toolbar, menu, shortcuts and palette look them up here. */
import { about } from './about';
import { addStage } from './addStage';
import { addTouchpoint } from './addTouchpoint';
import { autoLayout } from './autoLayout';
import { copy, cut, duplicate, paste } from './clipboard';
import { closeDocument } from './closeDocument';
import { deleteSelection } from './deleteSelection';
import { deleteStage } from './deleteStage';
import { redo, undo } from './history';
import { moveStageLeft, moveStageRight, reorderStage } from './moveStage';
import { newDocument } from './newDocument';
import { newFromTemplate } from '../templates/newFromTemplate';
import { nudgeDown, nudgeLeft, nudgeRight, nudgeUp } from './nudge';
import { openDocument } from './openDocument';
import { openSettings } from './openSettings';
import { recolorStage } from './recolorStage';
import { saveDocument, saveDocumentAs } from './saveDocument';
import { selectAll } from './selectAll';
import type { Command } from './types';
import {
  clearFilters,
  focusSearch,
  openExport,
  openPalette,
  showShortcuts,
  toggleEmotionCurve,
  toggleReport,
} from './viewToggles';
import { fitView, zoomIn, zoomOut } from './viewport';

export const COMMANDS = [
  newDocument,
  newFromTemplate,
  openDocument,
  saveDocument,
  saveDocumentAs,
  closeDocument,
  openSettings,
  addStage,
  addTouchpoint,
  deleteSelection,
  selectAll,
  copy,
  cut,
  paste,
  duplicate,
  undo,
  redo,
  nudgeLeft,
  nudgeRight,
  nudgeUp,
  nudgeDown,
  moveStageLeft,
  moveStageRight,
  reorderStage,
  recolorStage,
  deleteStage,
  autoLayout,
  toggleEmotionCurve,
  toggleReport,
  openExport,
  focusSearch,
  clearFilters,
  fitView,
  zoomIn,
  zoomOut,
  openPalette,
  showShortcuts,
  about,
] as const satisfies readonly Command[];

export type CommandId = (typeof COMMANDS)[number]['id'];

/** Commands that need a target named by their caller and make no sense from the palette. */
export const ARGUMENT_ONLY_COMMANDS: ReadonlySet<string> = new Set(['reorder-stage', 'recolor-stage']);

export function findCommand(id: string): Command | undefined {
  return COMMANDS.find((c) => c.id === id);
}
