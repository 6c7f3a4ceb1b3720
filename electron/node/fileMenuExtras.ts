/**
 * What the File menu gains beyond menuTemplate.ts: an Open Recent submenu (rebuilt whenever the
 * list changes), Close and Settings…. Plain data, tested without Electron; main turns it into a menu.
 */
import type { RecentFile } from '../../shared/host';
import { createTranslator, type Translate } from '../../shared/i18n/translate';
import type { MenuItemSpec, MenuSpec } from './menuTemplate';

export interface RecentMenuItem {
  label: string;
  enabled: boolean;
  /** Opens this recent file. */
  recentId?: string;
  action?: 'clear-recent' | 'clear-missing';
  separator?: true;
}

export type FileMenuEntry = MenuItemSpec | { label: string; submenu: RecentMenuItem[] };

export interface ExtendedMenuSpec {
  label: string;
  items: FileMenuEntry[];
}

/** Menu labels treat "&" as a mnemonic marker on Windows and Linux; a title's own "&" must show. */
const literal = (text: string) => text.replace(/&/g, '&&');

const english = createTranslator('en');

/** `t` gives the labels in the UI language (menuTemplate's `t`); English when omitted. */
export function recentSubmenu(recent: readonly RecentFile[], t: Translate = english): RecentMenuItem[] {
  if (recent.length === 0) return [{ label: t('menu.noRecent'), enabled: false }];
  const items: RecentMenuItem[] = recent.map((file) => {
    const label = file.title && file.title !== file.name ? `${file.title} — ${file.name}` : file.name;
    return file.missing
      ? { label: literal(t('menu.missingFile', { name: label })), enabled: false }
      : { label: literal(label), enabled: true, recentId: file.id };
  });
  items.push({ label: '', enabled: true, separator: true });
  if (recent.some((f) => f.missing))
    items.push({ label: t('menu.removeMissing'), enabled: true, action: 'clear-missing' });
  items.push({ label: t('menu.clearRecent'), enabled: true, action: 'clear-recent' });
  return items;
}

/** The menus with Open Recent after Open…, and Close and Settings… after Save As…. */
export function withFileExtras(
  menus: readonly MenuSpec[],
  recent: readonly RecentFile[],
  t: Translate = english,
): ExtendedMenuSpec[] {
  return menus.map((menu) => {
    if (!menu.items.some((i) => i.command === 'open-document')) return menu;
    const items: FileMenuEntry[] = [];
    for (const item of menu.items) {
      items.push(item);
      if (item.command === 'open-document')
        items.push({ label: t('menu.openRecent'), submenu: recentSubmenu(recent, t) });
      if (item.command === 'save-document-as')
        items.push(
          { label: t('menu.close'), command: 'close-document', accelerator: 'CmdOrCtrl+W' },
          { separator: true },
          { label: t('menu.settings'), command: 'open-settings', accelerator: 'CmdOrCtrl+,' },
        );
    }
    return { label: menu.label, items };
  });
}
