import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../../shared/i18n/catalogues';
import { UI_LANGUAGES } from '../../../../shared/i18n/languages';
import { cardWordsOf } from '../../../../renderer/canvas/cardWords';
import { fillIn, fillInOne } from '../../../../renderer/canvas/labelFormat';

/** i18next as the window configures it (renderer/settings/i18n.ts): no escaping, one language each. */
async function translatorFor(lng: string) {
  const instance = i18next.createInstance();
  await instance.init({
    resources: Object.fromEntries(UI_LANGUAGES.map((l) => [l, { translation: CATALOGUES[l] }])),
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return instance.t;
}

/** Users' text goes in as it is, whatever it looks like to i18next. */
const AWKWARD = [
  '',
  'Book a table',
  '“quoted” & <b>bold</b>',
  '{{title}}',
  '$t(canvas.stage)',
  '\u0000',
  '多语言 ✓',
  '  ',
];

describe('canvas sentences filled in once per language', () => {
  for (const lng of UI_LANGUAGES) {
    it(`are the very text i18next makes, in ${lng}`, async () => {
      const t = await translatorFor(lng);
      const stage = fillInOne(t, 'canvas.stage', 'name');
      const touchpoint = fillInOne(t, 'canvas.touchpoint', 'title');
      const flow = fillIn(t, 'canvas.flow', ['from', 'to']);
      for (const text of AWKWARD) {
        expect(stage(text)).toBe(t('canvas.stage', { name: text }));
        expect(touchpoint(text)).toBe(t('canvas.touchpoint', { title: text }));
        for (const other of AWKWARD)
          expect(flow({ from: text, to: other })).toBe(t('canvas.flow', { from: text, to: other }));
      }
    });

    it(`give cards the words i18next gives, in ${lng}`, async () => {
      const t = await translatorFor(lng);
      const words = cardWordsOf(t);
      expect(words.tier).toEqual({
        utility: t('tier.utility'),
        usability: t('tier.usability'),
        delight: t('tier.delight'),
      });
      expect(words.momentOfTruth).toBe(t('canvas.momentOfTruth'));
      for (const value of [-2, -1, 0, 1, 2]) expect(words.emotion(value)).toBe(t('canvas.emotion', { value }));
      for (const count of [1, 2, 7])
        for (const worst of [1, 5]) expect(words.painCount(count, worst)).toBe(t('canvas.painCount', { count, worst }));
      for (const count of [1, 3]) expect(words.kpiChip(count)).toBe(t('canvas.kpiChip', { count }));
    });
  }

  it('ask i18next once per sentence and value, however many cards show it', () => {
    let calls = 0;
    const t = ((key: string, values?: Record<string, unknown>) => {
      calls++;
      return `${key}:${JSON.stringify(values ?? {})}`;
    }) as never;
    const words = cardWordsOf(t);
    const touchpoint = fillInOne(t, 'canvas.touchpoint', 'title');
    const before = calls;
    for (let i = 0; i < 1000; i++) {
      words.painCount(2, 4);
      words.emotion(1);
      touchpoint(`Card ${i}`);
    }
    expect(calls - before).toBe(2);
  });
});
