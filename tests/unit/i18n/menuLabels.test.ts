/** The native menus and file dialogs speak the UI language, from the same catalogues as the renderer. */
import { describe, expect, it } from 'vitest';
import type { RecentFile } from '../../../shared/host';
import { createTranslator } from '../../../shared/i18n/translate';
import { recentSubmenu, withFileExtras } from '../../../electron/node/fileMenuExtras';
import { journeyFileFilters } from '../../../electron/node/fileDialogFilters';
import { menuTemplate } from '../../../electron/node/menuTemplate';

const recent: RecentFile[] = [
  { id: 'a', name: 'a.journey', title: 'Hotel', openedAt: '2026-01-01T00:00:00Z', missing: false },
  { id: 'b', name: 'b.journey', title: '', openedAt: '2026-01-01T00:00:00Z', missing: true },
];

/** Every label of the menus, submenus included. */
function labels(language: 'en' | 'zh-CN' | 'zh-TW', isMac = false): string[] {
  const t = createTranslator(language);
  return withFileExtras(menuTemplate({ isMac, isDev: true, t }), recent, t).flatMap((menu) => [
    menu.label,
    ...menu.items.flatMap((item) =>
      'submenu' in item ? [item.label, ...item.submenu.map((i) => i.label)] : [item.label ?? ''],
    ),
  ]);
}

/** Text that is a user's own (file names, titles) or the product name, not the menus' words. */
const OWN_TEXT = /Journey Studio|Hotel|[ab]\.journey/g;

describe('native menus', () => {
  it('are English by default, from the English catalogue', () => {
    const english = createTranslator('en');
    expect(menuTemplate({ isMac: false, isDev: true })).toEqual(
      menuTemplate({ isMac: false, isDev: true, t: english }),
    );
    expect(withFileExtras(menuTemplate({ isMac: false, isDev: false }), recent)[0]!.items[3]).toEqual({
      label: 'Open Recent',
      submenu: recentSubmenu(recent, english),
    });
  });

  it.each(['zh-CN', 'zh-TW'] as const)('have no English words left in %s', (language) => {
    const leftovers = labels(language)
      .map((label) => label.replace(OWN_TEXT, ''))
      .filter((label) => /[A-Za-z]{2,}/.test(label));
    expect(leftovers).toEqual([]);
  });

  it('translate the File menu and Open Recent', () => {
    const t = createTranslator('zh-CN');
    const file = withFileExtras(menuTemplate({ isMac: false, isDev: false, t }), recent, t)[0]!;
    expect(file.label).toBe('文件');
    expect(file.items.map((i) => i.label).filter(Boolean)).toContain('从模板新建…');
    expect(recentSubmenu(recent, createTranslator('zh-TW')).map((i) => i.label)).toEqual([
      'Hotel — a.journey',
      'b.journey（找不到）',
      '',
      '移除找不到的檔案',
      '清除最近使用的檔案',
    ]);
  });

  it('name the app menu on macOS after the product', () => {
    expect(labels('zh-CN', true)[0]).toBe('Journey Studio');
  });
});

describe('createTranslator', () => {
  it('fills placeholders, falls back to English, then to the key', () => {
    const t = createTranslator('zh-CN');
    expect(t('status.saved', { name: 'a.journey' })).toBe('已保存 a.journey');
    expect(t('no.such.key')).toBe('no.such.key');
    expect(t('status.saved')).toBe('已保存 {{name}}');
  });
});

describe('native file dialogs', () => {
  it('name the file types in the UI language', () => {
    expect(journeyFileFilters().map((f) => f.name)).toEqual(['Journey map', 'All files']);
    expect(journeyFileFilters(createTranslator('zh-TW'))).toEqual([
      { name: '客戶旅程圖', extensions: ['journey'] },
      { name: '所有檔案', extensions: ['*'] },
    ]);
  });
});
