import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { RecentFile } from '../../shared/host';
import type { MenuCommandId } from '../../shared/ipc/channels';
import { withFileExtras, type FileMenuEntry, type RecentMenuItem } from '../node/fileMenuExtras';
import { menuTemplate, type MenuOptions } from '../node/menuTemplate';

export interface MenuActions {
  /** Sends a command id to the focused window's renderer. */
  command(id: MenuCommandId): void;
  openRecent(recentId: string): void;
  clearRecent(): void;
  removeMissingRecent(): void;
}

/** Builds the native menu (call again whenever the recent-files list changes). */
export function installMenu(options: MenuOptions, recent: RecentFile[], actions: MenuActions): void {
  const recentItem = (item: RecentMenuItem): MenuItemConstructorOptions => {
    if (item.separator) return { type: 'separator' };
    const click = item.recentId
      ? () => actions.openRecent(item.recentId!)
      : item.action === 'clear-recent'
        ? () => actions.clearRecent()
        : item.action === 'clear-missing'
          ? () => actions.removeMissingRecent()
          : undefined;
    return { label: item.label, enabled: item.enabled, ...(click ? { click } : {}) };
  };
  const entry = (item: FileMenuEntry): MenuItemConstructorOptions => {
    if ('submenu' in item) return { label: item.label, submenu: item.submenu.map(recentItem) };
    if (item.separator) return { type: 'separator' };
    if (item.role) return { role: item.role, ...(item.label ? { label: item.label } : {}) };
    return {
      label: item.label!,
      ...(item.accelerator ? { accelerator: item.accelerator } : {}),
      click: () => actions.command(item.command!),
    };
  };
  const template = withFileExtras(menuTemplate(options), recent, options.t).map((menu): MenuItemConstructorOptions => ({
    label: menu.label,
    submenu: menu.items.map(entry),
  }));
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
