import { describe, expect, it } from 'vitest';
import type { RecentFile } from '../../../shared/host';
import { recentSubmenu, withFileExtras } from '../../../electron/node/fileMenuExtras';
import { menuTemplate } from '../../../electron/node/menuTemplate';

const file = (over: Partial<RecentFile>): RecentFile => ({
  id: 'id1',
  name: 'hotel.journey',
  title: 'Hotel stay',
  openedAt: '2025-01-01T00:00:00.000Z',
  missing: false,
  ...over,
});

describe('File menu extras', () => {
  it('puts Open Recent after Open…, and Close and Settings… after Save As…', () => {
    const file = withFileExtras(menuTemplate({ isMac: false, isDev: false }), [])[0]!;
    const labels = file.items.filter((i) => !('separator' in i && i.separator)).map((i) => i.label);
    expect(labels).toEqual([
      'New',
      'New from Template…',
      'Open…',
      'Open Recent',
      'Import…',
      'Compare With…',
      'Restore Previous Version…',
      'Host Workshop…',
      'Join Workshop…',
      'Leave Workshop',
      'Save',
      'Save As…',
      'Close',
      'Settings…',
      'Quit',
    ]);
  });

  it('lists recent files by title and name; a missing one is disabled and can be cleared', () => {
    const items = recentSubmenu([file({}), file({ id: 'id2', name: 'R&D.journey', title: '', missing: true })]);
    expect(items.map((i) => [i.label, i.enabled, i.recentId ?? i.action ?? null])).toEqual([
      ['Hotel stay — hotel.journey', true, 'id1'],
      ['R&&D.journey (missing)', false, null],
      ['', true, null],
      ['Remove Missing Files', true, 'clear-missing'],
      ['Clear Recent Files', true, 'clear-recent'],
    ]);
  });

  it('says so when there are no recent files', () => {
    expect(recentSubmenu([])).toEqual([{ label: 'No Recent Files', enabled: false }]);
  });
});
