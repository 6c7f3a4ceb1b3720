/** The filtered lookup loop shapes exactly as fontkit's own does, and stays out of a fontkit it was not audited for. */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { findExportFonts, type FontFace } from '../../../electron/node/export/fonts';
import { filterLookupStarts } from '../../../electron/node/export/lookupStartFilter';

const fonts = findExportFonts();
/** pdfkit's own fontkit (the CommonJS build), the one the PDF export hooks. */
const pdfkitRequire = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
const fontkit = pdfkitRequire('fontkit') as typeof Fontkit;

function open(face: FontFace): Fontkit.Font {
  const opened = fontkit.openSync(face.path);
  return 'fonts' in opened ? opened.getFont(face.postscriptName ?? '') || opened.fonts[0]! : opened;
}

/** Every line and word of the bundled templates (English, Simplified and Traditional Chinese), and harder cases. */
function corpus(): string[] {
  const dir = join(import.meta.dirname, '../../../shared/templates/files');
  const strings = new Set<string>([
    'office fix first: ﬁ ffl', // ligatures
    'Cafe\u0301 nai\u0308ve A\u030a', // combining marks
    '10:30 — “quoted” … 5% (a) [b] {c}',
    '한국어 カタカナ ひらがな （全角）：「引号」',
    'Stage 1 · 阶段 2 · 階段 3',
  ]);
  const collect = (value: unknown): void => {
    if (typeof value === 'string' && value.trim()) {
      strings.add(value);
      for (const word of value.split(/\s+/)) if (word) strings.add(word);
    } else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const file of readdirSync(dir)) collect(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  return [...strings];
}

type Shaped = [number[], number[][], number[][]];

function shapeAll(font: Fontkit.Font, texts: readonly string[]): Shaped[] {
  return texts.flatMap((text) =>
    [undefined, ['pwid']].map((features): Shaped => {
      const run = font.layout(text, features);
      return [
        run.glyphs.map((g) => g.id),
        run.glyphs.map((g) => (g as unknown as { codePoints: number[] }).codePoints),
        run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
      ];
    }),
  );
}

const faces = fonts ? [fonts.primary.regular, fonts.primary.bold, ...fonts.fallbacks.map((f) => f.regular)] : [];

describe.skipIf(!fonts)('the lookup start filter', () => {
  const texts = corpus();

  it.each(faces.map((face) => [face.postscriptName ?? face.path, face] as const))(
    'shapes %s exactly as fontkit does',
    (_name, face) => {
      const plain = open(face);
      const filtered = open(face);
      expect(filterLookupStarts(filtered)).toBe(true);
      const processor = (filtered as unknown as { _layoutEngine: { engine: { GSUBProcessor?: object } } })._layoutEngine
        .engine.GSUBProcessor;
      // Engaged: the font's own processor runs the filtered loop, the other font's does not.
      if (processor) expect(Object.hasOwn(processor, 'applyLookups')).toBe(true);
      expect(shapeAll(filtered, texts)).toEqual(shapeAll(plain, texts));
      expect(texts.length).toBeGreaterThan(500);
    },
  );

  it('skips most subtable tries in the CJK font, which is what makes it faster', () => {
    /** How many subtables fontkit tries to shape one English sentence. */
    const tries = (filtered: boolean): number => {
      const font = open(fonts!.primary.regular);
      if (filtered) filterLookupStarts(font);
      const processor = (font as unknown as { _layoutEngine: { engine: { GSUBProcessor: object } } })._layoutEngine
        .engine.GSUBProcessor as { applyLookup: (...args: unknown[]) => unknown };
      let count = 0;
      const applyLookup = processor.applyLookup.bind(processor);
      processor.applyLookup = (...args: unknown[]) => {
        count++;
        return applyLookup(...args);
      };
      font.layout('Touchpoint 10 has a pain point of severity 5: fix the base first.', ['pwid']);
      return count;
    };
    // Noto Sans CJK tries a 268-subtable ccmp lookup on every Latin glyph without the filter.
    expect(tries(true)).toBeLessThan(tries(false) / 5);
  });

  it('leaves a fontkit whose functions are not the audited ones alone', () => {
    class Base {
      applyLookups() {
        return 'changed';
      }
      applyContext() {}
      applyChainingContext() {}
    }
    class Gsub extends Base {
      applyLookup() {
        return false;
      }
    }
    const processor = new Gsub();
    const font = { _layoutEngine: { engine: { GSUBProcessor: processor } } };
    expect(filterLookupStarts(font)).toBe(false);
    expect(Object.hasOwn(processor, 'applyLookups')).toBe(false);
    expect(filterLookupStarts({})).toBe(false);
    expect(filterLookupStarts(null)).toBe(false);
  });
});
