import { describe, expect, it } from 'vitest';
import { BUILT_IN_CHANNEL_IDS } from '../../../shared/model';
import { CHANNEL_ICONS, GENERIC_CHANNEL_ICON, channelIconPath, channelIconSvg } from '../../../shared/render';

describe('channel icons', () => {
  it('has a distinct path for every built-in channel', () => {
    expect(Object.keys(CHANNEL_ICONS).sort()).toEqual([...BUILT_IN_CHANNEL_IDS].sort());
    const paths = BUILT_IN_CHANNEL_IDS.map(channelIconPath);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(path).toMatch(/^M[\d\s.,a-zA-Z-]+$/);
  });

  it('uses the generic icon for custom channels, including ids that name Object members', () => {
    for (const id of ['my-kiosk', 'constructor', '__proto__', 'toString'])
      expect(channelIconPath(id)).toBe(GENERIC_CHANNEL_ICON);
  });

  it('draws an icon as a stroked path placed and scaled into its box', () => {
    expect(channelIconSvg('email', 10, 20, 12, '#333')).toBe(
      `<path d="${CHANNEL_ICONS.email}" transform="translate(10 20) scale(0.5)" fill="none" stroke="#333" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
    );
  });
});
