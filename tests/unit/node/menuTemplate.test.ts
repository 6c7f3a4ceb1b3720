import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../shared/ipc/channels';
import { menuTemplate } from '../../../electron/node/menuTemplate';
import { COMMANDS } from '../../../renderer/commands/registry';

describe('menuTemplate', () => {
  it('has File, Edit, View and Help with the items the app promises', () => {
    const menus = menuTemplate({ isMac: false, isDev: false });
    expect(menus.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const labels = (name: string) =>
      menus
        .find((m) => m.label === name)!
        .items.filter((i) => !i.separator)
        .map((i) => i.label);
    expect(labels('File')).toEqual([
      'New',
      'New from Template…',
      'Open…',
      'Import…',
      'Compare With…',
      'Restore Previous Version…',
      'Host Workshop…',
      'Join Workshop…',
      'Leave Workshop',
      'Save',
      'Save As…',
      'Quit',
    ]);
    expect(labels('Edit')).toEqual(['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Delete', 'Select All']);
    expect(labels('View')).toEqual([
      'Zoom In',
      'Zoom Out',
      'Fit',
      'Show or hide the pain points band',
      'Show or hide the opportunities band',
    ]);
    expect(labels('Help')).toEqual(['About Journey Studio']);
  });

  it('hosts, joins and leaves workshops from the File menu, in the UI language', async () => {
    const { createTranslator } = await import('../../../shared/i18n/translate');
    const items = (t?: ReturnType<typeof createTranslator>) =>
      menuTemplate({ isMac: false, isDev: false, ...(t ? { t } : {}) })[0]!.items.filter((i) =>
        ['host-workshop', 'join-workshop', 'leave-workshop'].includes(i.command ?? ''),
      );
    expect(items().map((i) => [i.label, i.command])).toEqual([
      ['Host Workshop…', 'host-workshop'],
      ['Join Workshop…', 'join-workshop'],
      ['Leave Workshop', 'leave-workshop'],
    ]);
    expect(items(createTranslator('zh-CN')).map((i) => i.label)).toEqual(['主持工作坊…', '加入工作坊…', '离开工作坊']);
  });

  it('adds dev tools only in development and the app menu only on macOS', () => {
    expect(
      menuTemplate({ isMac: false, isDev: true })
        .find((m) => m.label === 'View')!
        .items.some((i) => i.role === 'toggleDevTools'),
    ).toBe(true);
    expect(menuTemplate({ isMac: true, isDev: false })[0]!.items[0]!.role).toBe('appMenu');
  });

  it('sends only command ids the preload lets through', () => {
    const sent = menuTemplate({ isMac: false, isDev: true }).flatMap((m) =>
      m.items.map((i) => i.command).filter(Boolean),
    );
    for (const id of sent) expect(MENU_COMMANDS).toContain(id);
  });

  it('names a renderer command for every menu command', () => {
    const ids = COMMANDS.map((c) => c.id as string);
    expect(MENU_COMMANDS.filter((id) => !ids.includes(id))).toEqual([]);
  });
});
