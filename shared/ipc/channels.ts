/** IPC channel names (one prefix) and menu command ids. No dependencies: the preload bundles this. */
export const IPC = {
  // renderer → main, invoke
  openFile: 'journey:open-file',
  openFileRef: 'journey:open-file-ref',
  openDroppedPath: 'journey:open-dropped-path',
  readFileToCompare: 'journey:read-file-to-compare',
  readFileVersion: 'journey:read-file-version',
  saveFile: 'journey:save-file',
  saveFileAs: 'journey:save-file-as',
  listRecentFiles: 'journey:list-recent-files',
  openRecentFile: 'journey:open-recent-file',
  removeRecentFile: 'journey:remove-recent-file',
  listDrafts: 'journey:list-drafts',
  saveDraft: 'journey:save-draft',
  deleteDraft: 'journey:delete-draft',
  restoreDraft: 'journey:restore-draft',
  getSettings: 'journey:get-settings',
  setSettings: 'journey:set-settings',
  rendererReady: 'journey:renderer-ready',
  setDocumentState: 'journey:set-document-state',
  askSaveChanges: 'journey:ask-save-changes',
  closeAnswer: 'journey:close-answer',
  printToPdf: 'journey:print-to-pdf',
  hostWorkshop: 'journey:host-workshop',
  stopWorkshop: 'journey:stop-workshop',
  workshopStatus: 'journey:workshop-status',
  workshopSocketOpen: 'journey:workshop-socket-open',
  workshopSocketSend: 'journey:workshop-socket-send',
  workshopSocketClose: 'journey:workshop-socket-close',
  // main → renderer, send
  workshopSocketEvent: 'journey:workshop-socket-event',
  menuCommand: 'journey:menu-command',
  openRequest: 'journey:open-request',
  closeRequest: 'journey:close-request',
} as const;

/** Command ids the native menu sends; the renderer's dispatcher runs them. */
export const MENU_COMMANDS = [
  'new-document',
  'new-from-template',
  'open-document',
  'import-file',
  'save-document',
  'save-document-as',
  'close-document',
  'open-settings',
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'delete-selection',
  'select-all',
  'zoom-in',
  'zoom-out',
  'fit-view',
  'toggle-pain-band',
  'toggle-opportunity-band',
  'compare-with',
  'restore-previous-version',
  'host-workshop',
  'join-workshop',
  'about',
] as const;
export type MenuCommandId = (typeof MENU_COMMANDS)[number];

/** Ids the renderer makes up for drafts; main uses them as file names, so they are kept plain. */
export const DRAFT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
