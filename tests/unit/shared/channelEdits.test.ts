import { describe, expect, it } from 'vitest';
import {
  addCustomChannel,
  assignChannelByName,
  createCustomChannel,
  findChannelByName,
} from '../../../shared/edit/channelEdits';
import type { Journey } from '../../../shared/model';
import { deepFreeze, frozenSample, problemsOf } from '../../helpers/editFixtures';

const withKiosk = (): Journey => deepFreeze(addCustomChannel(frozenSample(), { id: 'ch-kiosk', name: 'Kiosk' }));

describe('custom channel edits', () => {
  it('creates channels with fresh ids and tidy names', () => {
    const a = createCustomChannel('  Drive   through ');
    const b = createCustomChannel('Drive through');
    expect(a.name).toBe('Drive through');
    expect(a.id).not.toBe(b.id);
  });

  it('adds a channel without touching the input, and refuses blank names and used ids', () => {
    const before = frozenSample();
    const after = addCustomChannel(before, { id: 'ch-kiosk', name: ' Kiosk ' });
    expect(after.channels).toEqual([{ id: 'ch-kiosk', name: 'Kiosk' }]);
    expect(before.channels).toBeUndefined();
    expect(addCustomChannel(after, { id: 'ch-2', name: '   ' })).toBe(after);
    expect(addCustomChannel(after, { id: 'ch-kiosk', name: 'Other' })).toBe(after);
    expect(addCustomChannel(after, { id: 'email', name: 'Other' })).toBe(after);
  });

  it('finds built-in and custom channels by name or id, ignoring case', () => {
    const j = withKiosk();
    expect(findChannelByName(j, 'live CHAT')).toBe('live-chat');
    expect(findChannelByName(j, 'mobile-app')).toBe('mobile-app');
    expect(findChannelByName(j, 'kiosk ')).toBe('ch-kiosk');
    expect(findChannelByName(j, 'Fax')).toBeUndefined();
    expect(findChannelByName(j, '  ')).toBeUndefined();
  });

  it('assigns a new channel to a touchpoint in one change', () => {
    const j = withKiosk();
    const after = assignChannelByName(j, 'tp-b', 'Drive-through', { id: 'ch-drive', name: 'Drive-through' });
    expect(after.channels).toEqual([
      { id: 'ch-kiosk', name: 'Kiosk' },
      { id: 'ch-drive', name: 'Drive-through' },
    ]);
    expect(after.touchpoints[1]!.channel).toBe('ch-drive');
    expect(problemsOf(after)).toEqual([]);
  });

  it('reuses an existing channel of that name instead of adding a duplicate', () => {
    const j = withKiosk();
    const after = assignChannelByName(j, 'tp-a', 'KIOSK', { id: 'ch-dup', name: 'KIOSK' });
    expect(after.channels).toHaveLength(1);
    expect(after.touchpoints[0]!.channel).toBe('ch-kiosk');
    expect(assignChannelByName(j, 'tp-a', 'Phone').touchpoints[0]!.channel).toBe('phone');
  });

  it('refuses a blank name or an unknown touchpoint', () => {
    const j = withKiosk();
    expect(assignChannelByName(j, 'tp-a', '  ')).toBe(j);
    expect(assignChannelByName(j, 'nope', 'Fax')).toBe(j);
  });
});
