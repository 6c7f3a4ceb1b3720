/**
 * The native menu as main builds it (electron/main/menu.ts from electron/node/menuTemplate.ts
 * and fileMenuExtras.ts), handed to a faked Electron Menu, in each UI language: the same items,
 * shortcuts and roles in every language, every label from that language's catalogue, and every
 * click doing what it says.
 */
import { describe, expect, it, vi } from 'vitest';
import type { RecentFile } from '../../../shared/host';
import { UI_LANGUAGES, type UiLanguage } from '../../../shared/i18n/languages';
import { createTranslator } from '../../../shared/i18n/translate';
import type { MenuActions } from '../../../electron/main/menu';

interface Item {
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  enabled?: boolean;
  click?: () => void;
  submenu?: Item[];
}

const built = vi.hoisted(() => ({ menus: [] as Item[][] }));
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: Item[]) => template,
    setApplicationMenu: (menu: Item[]) => void built.menus.push(menu),
  },
}));

const { installMenu } = await import('../../../electron/main/menu');

/** Which catalogue key names each command's menu item. */
const LABEL_KEYS: Record<string, string> = {
  'new-document': 'menu.new',
  'new-from-template': 'menu.newFromTemplate',
  'open-document': 'menu.open',
  'import-file': 'importDialog.menuItem',
  'compare-with': 'compare.menu.compareWith',
  'restore-previous-version': 'compare.menu.restorePrevious',
  'host-workshop': 'menu.hostWorkshop',
  'join-workshop': 'menu.joinWorkshop',
  'leave-workshop': 'menu.leaveWorkshop',
  'save-document': 'menu.save',
  'save-document-as': 'menu.saveAs',
  'close-document': 'menu.close',
  'open-settings': 'menu.settings',
  undo: 'menu.undo',
  redo: 'menu.redo',
  cut: 'menu.cut',
  copy: 'menu.copy',
  paste: 'menu.paste',
  'delete-selection': 'menu.delete',
  'select-all': 'menu.selectAll',
  'zoom-in': 'menu.zoomIn',
  'zoom-out': 'menu.zoomOut',
  'fit-view': 'menu.fit',
  'toggle-pain-band': 'personas.view.painBand',
  'toggle-opportunity-band': 'personas.view.opportunityBand',
  about: 'menu.about',
};

const recent: RecentFile[] = [
  { id: 'r1', name: 'hotel.journey', title: 'Hotel & spa', openedAt: '2026-01-01T00:00:00Z', missing: false },
  { id: 'r2', name: 'gone.journey', title: '', openedAt: '2026-01-01T00:00:00Z', missing: true },
];

function build(language: UiLanguage, options: { isMac?: boolean; isDev?: boolean } = {}) {
  const calls: string[] = [];
  const actions: MenuActions = {
    command: (id) => calls.push(`command ${id}`),
    openRecent: (id) => calls.push(`openRecent ${id}`),
    clearRecent: () => calls.push('clearRecent'),
    removeMissingRecent: () => calls.push('removeMissingRecent'),
  };
  const t = createTranslator(language);
  installMenu({ isMac: options.isMac ?? false, isDev: options.isDev ?? false, t }, recent, actions);
  return { menu: built.menus.at(-1)!, calls, t };
}

/** The menu without its words: what must be the same in every language. */
function shape(items: Item[]): unknown[] {
  return items.map((item) => ({
    role: item.role,
    type: item.type,
    accelerator: item.accelerator,
    enabled: item.enabled,
    clicks: typeof item.click === 'function',
    submenu: item.submenu && shape(item.submenu),
  }));
}

/** Clicks every item that has a click handler, depth first. */
function clickAll(items: Item[]): void {
  for (const item of items) {
    item.click?.();
    if (item.submenu) clickAll(item.submenu);
  }
}

describe.each(UI_LANGUAGES)('the native menu in %s', (language) => {
  it.each([
    ['Windows and Linux', false],
    ['macOS', true],
  ])('has the same items, shortcuts and roles as in English on %s', (_os, isMac) => {
    expect(shape(build(language, { isMac, isDev: true }).menu)).toEqual(
      shape(build('en', { isMac, isDev: true }).menu),
    );
  });

  it('takes every label from the catalogue of its language', () => {
    const { menu, calls, t } = build(language);
    expect(menu.map((m) => m.label)).toEqual(['menu.file', 'menu.edit', 'menu.view', 'menu.help'].map((k) => t(k)));
    // Clicking an item tells which command it is; its label must be that command's catalogue entry.
    const items = menu.flatMap((top) => top.submenu!).filter((item) => item.click && !item.submenu);
    expect(items.length).toBe(Object.keys(LABEL_KEYS).length);
    for (const item of items) {
      calls.length = 0;
      item.click!();
      const id = calls[0]!.replace(/^command /, '');
      expect(item.label, id).toBe(t(LABEL_KEYS[id]!));
    }
  });

  it('lists recent files with the user’s titles kept literal, and acts on each entry', () => {
    const { menu, calls, t } = build(language);
    const openRecent = menu[0]!.submenu!.find((i) => i.submenu)!;
    expect(openRecent.label).toBe(t('menu.openRecent'));
    expect(openRecent.submenu!.map((i) => i.label ?? i.type)).toEqual([
      'Hotel && spa — hotel.journey',
      t('menu.missingFile', { name: 'gone.journey' }),
      'separator',
      t('menu.removeMissing'),
      t('menu.clearRecent'),
    ]);
    expect(openRecent.submenu![1]!.enabled).toBe(false);
    clickAll(openRecent.submenu!);
    expect(calls).toEqual(['openRecent r1', 'removeMissingRecent', 'clearRecent']);
  });

  it('sends every command once when each item is clicked, and offers Quit only off macOS', () => {
    const { menu, calls } = build(language);
    clickAll(menu.map((top) => ({ ...top, submenu: top.submenu!.filter((i) => !i.submenu) })));
    expect(calls.map((c) => c.replace(/^command /, '')).sort()).toEqual(Object.keys(LABEL_KEYS).sort());
    expect(menu[0]!.submenu!.some((i) => i.role === 'quit')).toBe(true);
    expect(
      build(language, { isMac: true })
        .menu.flatMap((m) => m.submenu!)
        .some((i) => i.role === 'quit'),
    ).toBe(false);
  });

  it('names the macOS app menu after the product, and shows dev tools only in development', () => {
    const mac = build(language, { isMac: true }).menu;
    expect(mac[0]).toMatchObject({ label: 'Journey Studio', submenu: [{ role: 'appMenu' }] });
    const devTools = (isDev: boolean) =>
      build(language, { isDev })
        .menu.flatMap((m) => m.submenu!)
        .some((i) => i.role === 'toggleDevTools');
    expect([devTools(true), devTools(false)]).toEqual([true, false]);
  });
});

describe('the languages differ', () => {
  it('in every label but the product name and the user’s own text', () => {
    const labels = (language: UiLanguage) =>
      build(language)
        .menu.flatMap((m) => [m.label, ...m.submenu!.map((i) => i.label)])
        .filter((l): l is string => l !== undefined);
    const en = labels('en');
    for (const language of ['zh-CN', 'zh-TW'] as const) {
      const same = labels(language).filter((label, i) => label === en[i]);
      expect(same, language).toEqual([]);
    }
    expect(labels('zh-CN')).not.toEqual(labels('zh-TW'));
  });
});
