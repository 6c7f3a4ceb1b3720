import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatRelative } from '../../../shared/i18n/format';

// A time whose local date is the same in every time zone the tests may run in.
const NOON = '2026-03-03T12:00:00Z';

describe('formatDate', () => {
  it('writes dates the way each language does', () => {
    expect(formatDate(NOON, 'en', 'date')).toBe('Mar 3, 2026');
    expect(formatDate(NOON, 'en-GB', 'date')).toBe('3 Mar 2026');
    expect(formatDate(NOON, 'zh-CN', 'date')).toBe('2026年3月3日');
    expect(formatDate(NOON, 'zh-TW', 'date')).toBe('2026年3月3日');
  });

  it('adds the time by default, and accepts Date and epoch milliseconds', () => {
    const withTime = formatDate(new Date(NOON), 'zh-CN');
    expect(withTime.startsWith('2026年3月3日')).toBe(true);
    expect(withTime).toMatch(/\d{1,2}:\d{2}/);
    expect(formatDate(Date.parse(NOON), 'zh-CN')).toBe(withTime);
  });

  it('gives back text that is no date, and survives a bad language tag', () => {
    expect(formatDate('not a date', 'en')).toBe('not a date');
    expect(formatDate(NOON, 'not_a-valid-tag!!', 'date')).toBe(formatDate(NOON, 'en', 'date'));
  });
});

describe('formatNumber', () => {
  it('groups digits and writes decimals per language', () => {
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
    expect(formatNumber(1234567.5, 'zh-CN')).toBe('1,234,567.5');
    expect(formatNumber(0.42, 'zh-TW', { style: 'percent' })).toBe('42%');
    expect(formatNumber(1234567.5, 'de')).toBe('1.234.567,5');
  });
});

describe('formatRelative', () => {
  const now = new Date('2026-03-03T12:00:00Z');
  it('says how long ago in the largest whole unit', () => {
    expect(formatRelative('2026-03-03T11:57:00Z', 'en', now)).toBe('3 minutes ago');
    expect(formatRelative('2026-03-03T11:57:00Z', 'zh-CN', now)).toBe('3分钟前');
    expect(formatRelative('2026-03-03T11:57:00Z', 'zh-TW', now)).toBe('3 分鐘前');
    expect(formatRelative('2026-03-02T12:00:00Z', 'en', now)).toBe('yesterday');
    expect(formatRelative(now, 'en', now)).toBe('now');
  });
});
