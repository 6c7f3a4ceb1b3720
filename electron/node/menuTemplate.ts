/**
 * The native menu as plain data (testable without Electron): each item names the command id
 * the renderer's dispatcher runs, or an Electron role for things only the OS can do.
 */
import type { MenuCommandId } from '../../shared/ipc/channels';

export interface MenuItemSpec {
  label?: string;
  command?: MenuCommandId;
  role?: 'quit' | 'toggleDevTools' | 'about' | 'appMenu';
  accelerator?: string;
  separator?: true;
}

export interface MenuSpec {
  label: string;
  items: MenuItemSpec[];
}

const sep: MenuItemSpec = { separator: true };

export function menuTemplate(options: { isMac: boolean; isDev: boolean }): MenuSpec[] {
  const file: MenuSpec = {
    label: 'File',
    items: [
      { label: 'New', command: 'new-document', accelerator: 'CmdOrCtrl+N' },
      { label: 'Open…', command: 'open-document', accelerator: 'CmdOrCtrl+O' },
      sep,
      { label: 'Save', command: 'save-document', accelerator: 'CmdOrCtrl+S' },
      { label: 'Save As…', command: 'save-document-as', accelerator: 'Shift+CmdOrCtrl+S' },
      ...(options.isMac ? [] : [sep, { label: 'Quit', role: 'quit' as const, accelerator: 'CmdOrCtrl+Q' }]),
    ],
  };
  // Edit items route to our commands; text fields still get native undo/cut/copy/paste because
  // the renderer's dispatcher leaves keystrokes in fields alone and the menu sends ids only.
  const edit: MenuSpec = {
    label: 'Edit',
    items: [
      { label: 'Undo', command: 'undo', accelerator: 'CmdOrCtrl+Z' },
      { label: 'Redo', command: 'redo', accelerator: options.isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y' },
      sep,
      { label: 'Cut', command: 'cut', accelerator: 'CmdOrCtrl+X' },
      { label: 'Copy', command: 'copy', accelerator: 'CmdOrCtrl+C' },
      { label: 'Paste', command: 'paste', accelerator: 'CmdOrCtrl+V' },
      { label: 'Delete', command: 'delete-selection' },
      { label: 'Select All', command: 'select-all', accelerator: 'CmdOrCtrl+A' },
    ],
  };
  const view: MenuSpec = {
    label: 'View',
    items: [
      { label: 'Zoom In', command: 'zoom-in', accelerator: 'CmdOrCtrl+=' },
      { label: 'Zoom Out', command: 'zoom-out', accelerator: 'CmdOrCtrl+-' },
      { label: 'Fit', command: 'fit-view', accelerator: 'Shift+1' },
      ...(options.isDev ? [sep, { label: 'Toggle Developer Tools', role: 'toggleDevTools' as const }] : []),
    ],
  };
  const help: MenuSpec = { label: 'Help', items: [{ label: 'About Journey Studio', command: 'about' }] };
  return options.isMac
    ? [{ label: 'Journey Studio', items: [{ role: 'appMenu' }] }, file, edit, view, help]
    : [file, edit, view, help];
}
