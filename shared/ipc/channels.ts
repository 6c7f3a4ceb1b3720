/** IPC channel names (one prefix) and menu command ids. No dependencies: the preload bundles this. */
export const IPC = {
  openFile: 'journey:open-file',
  saveFile: 'journey:save-file',
  saveFileAs: 'journey:save-file-as',
  getSettings: 'journey:get-settings',
  setSettings: 'journey:set-settings',
  menuCommand: 'journey:menu-command',
} as const;

/** Command ids the native menu sends; the renderer's dispatcher runs them. */
export const MENU_COMMANDS = [
  'new-document',
  'open-document',
  'save-document',
  'save-document-as',
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
  'about',
] as const;
export type MenuCommandId = (typeof MENU_COMMANDS)[number];
