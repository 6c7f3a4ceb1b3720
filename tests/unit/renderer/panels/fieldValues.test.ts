import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { catalogueLabels } from '../../../../renderer/ui/catalogueLabels';
import { numberFromInput, parseNumberInput } from '../../../../renderer/ui/numberInput';
import { parseScore } from '../../../../renderer/inspector/scores';

describe('parseNumberInput', () => {
  it.each([
    ['', { kind: 'empty' }],
    ['  ', { kind: 'empty' }],
    ['42', { kind: 'number', value: 42 }],
    ['-3.5', { kind: 'number', value: -3.5 }],
    ['0,75', { kind: 'number', value: 0.75 }],
    ['.5', { kind: 'number', value: 0.5 }],
    ['1e3', { kind: 'number', value: 1000 }],
    ['−2', { kind: 'number', value: -2 }],
  ])('reads %j', (text, expected) => expect(parseNumberInput(text)).toEqual(expected));

  it.each(['-', '1.2.3', 'abc', 'Infinity', 'NaN', '0x10', '1e999', '12%', '1,000.5'])('refuses %j', (text) =>
    expect(parseNumberInput(text)).toEqual({ kind: 'invalid' }),
  );

  it('maps to a value, missing or invalid', () => {
    expect(numberFromInput('7')).toBe(7);
    expect(numberFromInput('')).toBeUndefined();
    expect(numberFromInput('x')).toBeNull();
  });
});

describe('parseScore', () => {
  it('passes only whole numbers in range', () => {
    expect(parseScore('4', 1, 5)).toBe(4);
    for (const bad of ['7', '0', '2.5', '', '-1', ' 3']) expect(parseScore(bad, 1, 5)).toBeUndefined();
  });
});

describe('catalogueLabels', () => {
  const withStrings = (translation: object) => {
    const i18n = i18next.createInstance();
    void i18n.init({ resources: { en: { translation } }, lng: 'en', initImmediate: false, showSupportNotice: false });
    return catalogueLabels(i18n.t.bind(i18n));
  };

  it('uses the catalogue strings when the locale has them', () => {
    const names = withStrings({ channel: { email: 'E-mail' }, severity: { 4: 'Major' }, kpi: { nps: 'NPS' } });
    expect(names.channel('email')).toBe('E-mail');
    expect(names.severity(4)).toBe('Major');
    expect(names.kpi('nps')).toBe('NPS');
  });

  it('falls back to English names when a key is missing', () => {
    const names = withStrings({});
    expect(names.channel('live-chat')).toBe('Live chat');
    expect(names.kpi('fcr')).toBe('First-contact resolution');
    expect(names.severity(5)).toBe('Critical');
    expect(names.painSource('inferred')).toBe('Inferred');
    expect(names.opportunityStatus('in-progress')).toBe('In progress');
    expect(names.tierHelp('delight')).toMatch(/Enjoyable/);
  });

  it('shows a custom channel by the name the user gave it', () => {
    const names = withStrings({ channel: { email: 'E-mail' } });
    expect(names.channel('ch-1', [{ id: 'ch-1', name: 'Kiosk' }])).toBe('Kiosk');
  });
});
