import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { IPC } from '../../shared/ipc/channels';
import { menuTemplate } from '../node/menuTemplate';

/** Builds the native menu; command items send their id to the focused window's renderer. */
export function installMenu(getWindow: () => BrowserWindow | null, options: { isMac: boolean; isDev: boolean }): void {
  const template: MenuItemConstructorOptions[] = menuTemplate(options).map((menu) => ({
    label: menu.label,
    submenu: menu.items.map((item): MenuItemConstructorOptions => {
      if (item.separator) return { type: 'separator' };
      if (item.role) return { role: item.role, ...(item.label ? { label: item.label } : {}) };
      return {
        label: item.label!,
        ...(item.accelerator ? { accelerator: item.accelerator } : {}),
        click: () => getWindow()?.webContents.send(IPC.menuCommand, item.command),
      };
    }),
  }));
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
