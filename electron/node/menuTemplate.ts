/**
 * The native menu as plain data (testable without Electron): each item names the command id
 * the renderer's dispatcher runs, or an Electron role for things only the OS can do. Labels
 * come from the UI catalogues (the `menu` area) through `t`, in the language of the settings.
 */
import { createTranslator, type Translate } from '../../shared/i18n/translate';
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

export interface MenuOptions {
  isMac: boolean;
  isDev: boolean;
  /** Translates catalogue keys; English when omitted. */
  t?: Translate;
}

const sep: MenuItemSpec = { separator: true };

export function menuTemplate(options: MenuOptions): MenuSpec[] {
  const t = options.t ?? createTranslator('en');
  const file: MenuSpec = {
    label: t('menu.file'),
    items: [
      { label: t('menu.new'), command: 'new-document', accelerator: 'CmdOrCtrl+N' },
      { label: t('menu.newFromTemplate'), command: 'new-from-template' },
      { label: t('menu.open'), command: 'open-document', accelerator: 'CmdOrCtrl+O' },
      { label: t('importDialog.menuItem'), command: 'import-file' },
      sep,
      { label: t('compare.menu.compareWith'), command: 'compare-with' },
      { label: t('compare.menu.restorePrevious'), command: 'restore-previous-version' },
      sep,
      { label: t('menu.hostWorkshop'), command: 'host-workshop' },
      { label: t('menu.joinWorkshop'), command: 'join-workshop' },
      { label: t('menu.leaveWorkshop'), command: 'leave-workshop' },
      sep,
      { label: t('menu.save'), command: 'save-document', accelerator: 'CmdOrCtrl+S' },
      { label: t('menu.saveAs'), command: 'save-document-as', accelerator: 'Shift+CmdOrCtrl+S' },
      ...(options.isMac ? [] : [sep, { label: t('menu.quit'), role: 'quit' as const, accelerator: 'CmdOrCtrl+Q' }]),
    ],
  };
  // Edit items route to our commands; text fields still get native undo/cut/copy/paste because
  // the renderer's dispatcher leaves keystrokes in fields alone and the menu sends ids only.
  const edit: MenuSpec = {
    label: t('menu.edit'),
    items: [
      { label: t('menu.undo'), command: 'undo', accelerator: 'CmdOrCtrl+Z' },
      { label: t('menu.redo'), command: 'redo', accelerator: options.isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y' },
      sep,
      { label: t('menu.cut'), command: 'cut', accelerator: 'CmdOrCtrl+X' },
      { label: t('menu.copy'), command: 'copy', accelerator: 'CmdOrCtrl+C' },
      { label: t('menu.paste'), command: 'paste', accelerator: 'CmdOrCtrl+V' },
      { label: t('menu.delete'), command: 'delete-selection' },
      { label: t('menu.selectAll'), command: 'select-all', accelerator: 'CmdOrCtrl+A' },
    ],
  };
  const view: MenuSpec = {
    label: t('menu.view'),
    items: [
      { label: t('menu.zoomIn'), command: 'zoom-in', accelerator: 'CmdOrCtrl+=' },
      { label: t('menu.zoomOut'), command: 'zoom-out', accelerator: 'CmdOrCtrl+-' },
      { label: t('menu.fit'), command: 'fit-view', accelerator: 'Shift+1' },
      sep,
      { label: t('personas.view.painBand'), command: 'toggle-pain-band' },
      { label: t('personas.view.opportunityBand'), command: 'toggle-opportunity-band' },
      ...(options.isDev ? [sep, { label: t('menu.toggleDevTools'), role: 'toggleDevTools' as const }] : []),
    ],
  };
  const help: MenuSpec = { label: t('menu.help'), items: [{ label: t('menu.about'), command: 'about' }] };
  return options.isMac
    ? [{ label: t('app.name'), items: [{ role: 'appMenu' }] }, file, edit, view, help]
    : [file, edit, view, help];
}
