/** Text estimates and wrapping for Chinese and English, by example and by property. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ellipsize, measureText, wrapText } from '../../../shared/render';

const style = { fontSize: 10 };

describe('measureText', () => {
  it('counts CJK characters as 1em and Latin letters as about 0.6em', () => {
    expect(measureText('旅程地图', style)).toBe(40);
    expect(measureText('abc', style)).toBeCloseTo(18, 5);
    expect(measureText('abc', { fontSize: 10, bold: true })).toBeGreaterThan(18);
  });
});

describe('wrapText', () => {
  it('breaks English at spaces', () => {
    expect(wrapText('Collects the order at the counter', { ...style, maxWidth: 80 })).toEqual([
      'Collects the',
      'order at the',
      'counter',
    ]);
  });

  it('breaks Chinese between any two characters, keeping closing punctuation with its character', () => {
    const lines = wrapText('对比三款产品的参数，再做决定。', { ...style, maxWidth: 95 });
    expect(lines).toEqual(['对比三款产品的参', '数，再做决定。']);
    for (const line of lines) expect(line[0]).not.toMatch(/[，。]/);
  });

  it('mixes scripts and keeps newlines as line breaks', () => {
    expect(wrapText('咨询客服 Ask\nabout price', { ...style, maxWidth: 200 })).toEqual(['咨询客服 Ask', 'about price']);
  });

  it('ends the last kept line in an ellipsis when text is cut', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', { ...style, maxWidth: 60, maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(measureText(lines[1]!, style)).toBeLessThanOrEqual(60);
  });

  it('cuts a word longer than the line', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious', { ...style, maxWidth: 60 });
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe('Supercalifragilisticexpialidocious');
  });

  it('property: every line fits, and without a line limit no character is lost', () => {
    const text = fc
      .array(fc.constantFrom('a', 'W', ' ', '旅', '程', '，', 'é', '1', '\n'), { maxLength: 80 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 12, max: 300 }), (input, maxWidth) => {
        const lines = wrapText(input, { ...style, maxWidth });
        for (const line of lines) {
          // A single character wider than the line is the one allowed overflow.
          if ([...line].length > 1) expect(measureText(line, style)).toBeLessThanOrEqual(maxWidth);
        }
        expect(lines.join('').replace(/\s/g, '')).toBe(input.replace(/\s/g, ''));
      }),
    );
  });
});

describe('ellipsize', () => {
  it('leaves fitting text alone and shortens the rest', () => {
    expect(ellipsize('Phone', 100, style)).toBe('Phone');
    const cut = ellipsize('微信小程序里的会员中心', 50, style);
    expect(cut).toBe('微信小程…');
    expect(measureText(cut, style)).toBeLessThanOrEqual(50);
  });
});
