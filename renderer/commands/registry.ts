/**
 * Every command, in one closed list: the toolbar, menus, keys, palette, canvas and panels run
 * them by id, and `Run` checks the id and its arguments at compile time.
 */
import { about } from './about';
import { addStage } from './addStage';
import { addTouchpoint } from './addTouchpoint';
import { addLane, deleteLane, moveLane, renameLane, setLaneKind } from './laneCommands';
import { addStep, editStep } from './stepCommands';
import { addAnnotation, changeMetricKpi, moveAnnotation, removeAnnotation, updateAnnotation } from './annotationEdits';
import { autoLayout } from './autoLayout';
import { toggleOpportunityBand, togglePainBand } from './bandToggles';
import { copy, cut, duplicate, paste } from './clipboard';
import { closeDocument } from './closeDocument';
import {
  compareWith,
  leaveCompare,
  restoreComparedVersion,
  restorePreviousVersion,
  showComparedCard,
} from './compareCommands';
import { connectSelected } from './connectSelected';
import { deleteSelection } from './deleteSelection';
import { deleteStage } from './deleteStage';
import { redo, undo } from './history';
import { importFile } from './importFile';
import { editPersona, setJourneyField, setStageField } from './journeyFields';
import { moveStageLeft, moveStageRight, reorderStage } from './moveStage';
import { addPersona, deletePersona, editPersonaList, movePersona, setPersonaFields } from './personaCommands';
import { newDocument } from './newDocument';
import { nudgeDown, nudgeLeft, nudgeRight, nudgeUp } from './nudge';
import { openDocument, openFile, reloadFile } from './openDocument';
import { openSettings } from './openSettings';
import { recolorStage } from './recolorStage';
import { restoreDraft } from './restoreDraft';
import { saveDocument, saveDocumentAs } from './saveDocument';
import { clearSelection, selectAll } from './selectAll';
import { toggleSidePanel } from './sidePanel';
import { newFromTemplate, startFromTemplate } from './startFromTemplate';
import {
  chooseChannelNamed,
  connectTouchpoints,
  editSelectedTouchpoints,
  editTouchpoint,
  moveTouchpointToStage,
  moveTouchpoints,
  removeConnection,
  setConnectionLabel,
  setEmotion,
} from './touchpointEdits';
import type { AnyCommand, Command } from './types';
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
import { hostWorkshop, joinWorkshop, leaveWorkshop } from './workshopCommands';

export const COMMANDS = [
  newDocument,
  newFromTemplate,
  openDocument,
  importFile,
  saveDocument,
  saveDocumentAs,
  closeDocument,
  openSettings,
  compareWith,
  restorePreviousVersion,
  hostWorkshop,
  joinWorkshop,
  leaveWorkshop,
  leaveCompare,
  restoreComparedVersion,
  addStage,
  addTouchpoint,
  addStep,
  addLane,
  addPersona,
  connectSelected,
  deleteSelection,
  selectAll,
  clearSelection,
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
  deleteStage,
  autoLayout,
  toggleEmotionCurve,
  togglePainBand,
  toggleOpportunityBand,
  toggleReport,
  toggleSidePanel,
  openExport,
  focusSearch,
  clearFilters,
  fitView,
  zoomIn,
  zoomOut,
  openPalette,
  showShortcuts,
  about,
  // Run by a caller that names the target (a lane, a form, a drop, a file): never in the palette.
  reorderStage,
  recolorStage,
  setStageField,
  setJourneyField,
  editPersona,
  setPersonaFields,
  editPersonaList,
  movePersona,
  deletePersona,
  renameLane,
  setLaneKind,
  moveLane,
  deleteLane,
  editStep,
  editTouchpoint,
  editSelectedTouchpoints,
  setEmotion,
  moveTouchpointToStage,
  chooseChannelNamed,
  moveTouchpoints,
  connectTouchpoints,
  setConnectionLabel,
  removeConnection,
  addAnnotation,
  updateAnnotation,
  moveAnnotation,
  removeAnnotation,
  changeMetricKpi,
  startFromTemplate,
  openFile,
  reloadFile,
  showComparedCard,
  restoreDraft,
] as const satisfies readonly AnyCommand[];

export type RegisteredCommand = (typeof COMMANDS)[number];
export type CommandId = RegisteredCommand['id'];
export type CommandArgs<Id extends CommandId> =
  Extract<RegisteredCommand, { id: Id }> extends Command<Id, infer Args> ? Args : never;
/** The arguments after the id: none, optional, or required, as the command declares them. */
export type RunArgs<Id extends CommandId> =
  undefined extends CommandArgs<Id> ? [args?: CommandArgs<Id>] : [args: CommandArgs<Id>];
/** Runs a command; resolves to false when it was disabled, unknown, busy or did nothing. */
export type Run = <Id extends CommandId>(id: Id, ...args: RunArgs<Id>) => Promise<boolean>;

/** A command people run by name (palette, menus, shortcut sheet): it needs no target, and has a label. */
export type NamedCommand = AnyCommand & { readonly id: CommandId; readonly labelKey: string };

export const NAMED_COMMANDS: readonly NamedCommand[] = (COMMANDS as readonly AnyCommand[]).filter(
  (c): c is NamedCommand => !c.requiresArgs && c.labelKey !== undefined,
);

const BY_ID: ReadonlyMap<string, AnyCommand> = new Map(COMMANDS.map((c) => [c.id, c]));

export function findCommand(id: string): AnyCommand | undefined {
  return BY_ID.get(id);
}

export function isCommandId(id: string): id is CommandId {
  return BY_ID.has(id);
}
