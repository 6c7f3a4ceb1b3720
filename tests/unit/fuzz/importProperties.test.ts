/**
 * Properties of import: any bytes give a journey that validates or a list of problems, never an
 * exception; and every generated version 2 journey survives export to Mermaid and import back in
 * what Mermaid carries (title, description, stages, touchpoint titles in journey order, persona
 * names and their emotions), however hostile its text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPORT_FORMATS, importJourney, importMermaid } from '../../../shared/import';
import { journeyToMermaid } from '../../../shared/export/mermaid';
import { orderTouchpointsV2, validateJourneyV2, type JourneyV2 } from '../../../shared/model/v2';
import { journeyV2Arbitrary, wellFormedText } from './journeyV2Arbitraries';

const LONG_PROPERTY_TIMEOUT = 90_000;
const SEEDS = { bytes: 0x696d70, tables: 0x746162, mermaid: 0x6d6d64 };

/** What an import must give: a valid journey with notes, or problems each with a message. */
async function checkImport(bytes: Uint8Array, format: (typeof IMPORT_FORMATS)[number]) {
  const result = await importJourney(bytes, { format });
  if (result.ok) expect(validateJourneyV2(result.journey).ok).toBe(true);
  else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) expect(p.message).not.toBe('');
  }
}

describe('import on hostile input', { timeout: LONG_PROPERTY_TIMEOUT }, () => {
  it('never throws on random bytes in any format', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.constantFrom(...IMPORT_FORMATS), checkImport),
      { seed: SEEDS.bytes, numRuns: 400 },
    );
  });

  it('never throws on random tables and diagrams made of its own words', async () => {
    const word = fc.oneof(
      wellFormedText,
      fc.constantFrom(
        'Stage',
        '触点',
        'Touchpoint',
        'Emotion',
        'Lane',
        'backstage',
        '-2',
        '7',
        '=cmd',
        '',
        'journey',
        'section A',
        'x: 3: Me',
        'accDescr {',
        '}',
      ),
    );
    const table = fc.array(fc.array(word, { maxLength: 6 }), { maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(table, fc.constantFrom(',', '\t', '\n'), async (rows, separator) => {
        const text = rows
          .map((r) =>
            r
              .map((c) => (separator === '\n' ? c : `"${c.replace(/"/g, '""')}"`))
              .join(separator === '\n' ? ' ' : separator),
          )
          .join(separator === '\n' ? '\n' : '\r\n');
        const bytes = new TextEncoder().encode(text);
        for (const format of ['csv', 'mermaid', 'ojf', 'ems'] as const) await checkImport(bytes, format);
      }),
      { seed: SEEDS.tables, numRuns: 300 },
    );
  });
});

/** Text as the Mermaid export writes it: one line, trimmed. */
const flat = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
/** A name as the export writes it: blank ones as the id (itself in entity codes if only spaces). */
const shown = (name: string, id: string) => flat(name) || flat(id) || id;

function carried(journey: JourneyV2, names: (p: JourneyV2['personas'][number]) => string) {
  return {
    title: flat(journey.title),
    description: flat(journey.description ?? ''),
    stages: journey.stages.map((s) => shown(s.name, s.id)),
    touchpoints: orderTouchpointsV2(journey).map((tp) => ({
      stage: journey.stages.findIndex((s) => s.id === tp.stageId),
      title: shown(tp.title, tp.id),
      emotions: Object.fromEntries(
        journey.personas.filter((p) => Object.hasOwn(tp.emotions, p.id)).map((p) => [names(p), tp.emotions[p.id]]),
      ),
    })),
  };
}

describe('the Mermaid round trip', { timeout: LONG_PROPERTY_TIMEOUT }, () => {
  it('keeps what Mermaid carries for generated journeys', () => {
    let rated = 0;
    fc.assert(
      fc.property(journeyV2Arbitrary({ lanes: 2, steps: 0, connections: 0 }), (journey) => {
        const personaName = (p: JourneyV2['personas'][number]) => shown(p.name, p.id);
        const names = journey.personas.map(personaName);
        // Two personas of one name are one actor in Mermaid.
        fc.pre(new Set(names).size === names.length);
        const ordered = orderTouchpointsV2(journey);
        // Consecutive tasks of one name in a section join (how the export writes several scores).
        fc.pre(
          ordered.every(
            (tp, i) =>
              i === 0 || ordered[i - 1]!.stageId !== tp.stageId || flat(ordered[i - 1]!.title) !== flat(tp.title),
          ),
        );
        const anyRating = journey.touchpoints.some((tp) =>
          journey.personas.some((p) => Object.hasOwn(tp.emotions, p.id)),
        );
        fc.pre(anyRating);
        rated += 1;
        const back = importMermaid(journeyToMermaid(journey));
        if (!back.ok) throw new Error(JSON.stringify(back.problems));
        expect(validateJourneyV2(back.journey).ok).toBe(true);
        expect(carried(back.journey, (p) => p.name)).toEqual(carried(journey, personaName));
      }),
      { seed: SEEDS.mermaid, numRuns: 300 },
    );
    expect(rated).toBeGreaterThan(100);
  });
});
