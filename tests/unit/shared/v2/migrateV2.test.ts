/**
 * Version 1 to version 2 on hand-written cases: each expected file in tests/fixtures/migration
 * was written by hand from docs/format.md, not produced by the code under test.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatProblem,
  loadJourneyTextV1 as loadJourneyText,
  type JourneyV1 as Journey,
} from '../../../../shared/model';
import { loadJourneyTextV2, migrateV1ToV2, serializeJourneyV2 } from '../../../../shared/model/v2';
import { MIGRATION_DIR, VALID_SAMPLE, asSavedText, readFixture } from '../../../helpers/fixtures';

const fixture = (name: string) => readFixture(join(MIGRATION_DIR, name));

function v1(text: string): Journey {
  const loaded = loadJourneyText(text);
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  return loaded.journey;
}

function migrated(text: string) {
  const result = migrateV1ToV2(v1(text));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result;
}

describe('migrating version 1 to version 2', () => {
  it.each([
    ['the sample (persona, ratings, unknown fields)', readFixture(VALID_SAMPLE), 'coffee-order.v2.journey'],
    ['a rated file without a persona', fixture('rated-no-persona.v1.journey'), 'rated-no-persona.v2.journey'],
    [
      'a file already using persona-1, persona-2, lane-1..lane-3',
      fixture('taken-ids.v1.journey'),
      'taken-ids.v2.journey',
    ],
    [
      'self-loops, repeats, a lone surrogate, positions outside the cell',
      fixture('loops-and-repeats.v1.journey'),
      'loops-and-repeats.v2.journey',
    ],
  ])('%s gives the hand-written version 2 file', (_, input, expected) => {
    expect(serializeJourneyV2(migrated(input).journey)).toBe(asSavedText(fixture(expected)));
  });

  it('names what it dropped or changed, at its place in the version 1 file', () => {
    expect(migrated(fixture('loops-and-repeats.v1.journey')).notes.map(formatProblem)).toEqual([
      'touchpoints[0].title: an unpaired surrogate (not a character) was replaced with U+FFFD',
      'touchpoints[0].position: moved from (-40, 250000.5) to (0, 100000): version 2 keeps cards inside their cell (0 to 100000)',
      'connections[1]: dropped: it linked "tp-a" to itself',
      'connections[3]: dropped: it repeated the connection from "tp-a" to "tp-b"',
    ]);
    for (const name of ['rated-no-persona.v1.journey', 'taken-ids.v1.journey'])
      expect(migrated(fixture(name)).notes).toEqual([]);
  });

  it('gives a file without persona and ratings no persona', () => {
    const journey = v1(fixture('rated-no-persona.v1.journey'));
    const unrated = { ...journey, touchpoints: journey.touchpoints.map(({ emotion: _, ...tp }) => tp) };
    const result = migrateV1ToV2(unrated);
    expect(result.ok && result.journey.personas).toEqual([]);
    expect(result.ok && result.journey.touchpoints.map((tp) => tp.emotions)).toEqual([{}, {}]);
  });

  it('is deterministic and leaves its input alone', () => {
    const input = v1(fixture('loops-and-repeats.v1.journey'));
    const before = JSON.stringify(input);
    const first = migrateV1ToV2(input);
    const second = migrateV1ToV2(input);
    expect(first.ok && second.ok && serializeJourneyV2(first.journey) === serializeJourneyV2(second.journey)).toBe(
      true,
    );
    expect(JSON.stringify(input)).toBe(before);
  });

  it('refuses, instead of overwriting, unknown version 1 fields that version 2 writes', () => {
    const journey = v1(readFixture(VALID_SAMPLE)) as Journey & Record<string, unknown>;
    const clashing = {
      ...journey,
      lanes: 'my own lanes',
      persona: { ...journey.persona!, id: 'mine' },
      touchpoints: journey.touchpoints.map((tp, i) => (i === 1 ? { ...tp, emotions: { happy: true } } : tp)),
    };
    const result = migrateV1ToV2(clashing);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'lanes: version 2 writes a field "lanes" here, so this version 1 file cannot be migrated until this one is renamed or removed',
      'persona.id: version 2 writes a field "id" here, so this version 1 file cannot be migrated until this one is renamed or removed',
      'touchpoints[1].emotions: version 2 writes a field "emotions" here, so this version 1 file cannot be migrated until this one is renamed or removed',
    ]);
  });

  it('keeps unknown fields version 2 defines (votes, a persona colour) for version 2 to judge', () => {
    const journey = v1(readFixture(VALID_SAMPLE));
    const withVotes = {
      ...journey,
      persona: { ...journey.persona!, color: '#123456' },
      touchpoints: journey.touchpoints.map((tp) => ({
        ...tp,
        painPoints: tp.painPoints.map((p) => ({ ...p, votes: 3 })),
      })),
    };
    const result = migrateV1ToV2(withVotes);
    expect(result.ok && result.journey.personas[0]!.color).toBe('#123456');
    expect(result.ok && result.journey.touchpoints[0]!.painPoints[0]!.votes).toBe(3);
  });

  it('makes malformed keys of unknown fields well-formed, and refuses when two would then be one', () => {
    const journey = v1(readFixture(VALID_SAMPLE));
    const one = migrateV1ToV2({ ...journey, 'x-\ud800': 1 } as Journey);
    expect(one.ok && (one.journey as Record<string, unknown>)['x-\ufffd']).toBe(1);
    expect(one.ok && one.notes.map(formatProblem)).toEqual([
      'in the key "x-\\ud800", an unpaired surrogate was replaced with U+FFFD',
    ]);
    const two = migrateV1ToV2({ ...journey, 'x-\ud800': 1, 'x-\udc00': 2 } as Journey);
    expect(two.ok ? [] : two.problems.map(formatProblem)).toEqual([
      'the key "x-\\udc00" is not well-formed Unicode, and made well-formed it would be the same as another key',
    ]);
  });

  it('reaches version 2 from version 0 through version 1', () => {
    const v0 = {
      format: 'journey-studio',
      version: 0,
      id: 'old-1',
      name: 'Old journey',
      created: '2025-03-01T10:00:00.000Z',
      stages: [
        { id: 's1', name: 'Browse', touchpoints: [{ id: 't1', title: 'Home', channel: 'website', emotion: 1 }] },
      ],
    };
    const result = loadJourneyTextV2(JSON.stringify(v0));
    expect(result).toMatchObject({ ok: true, migratedFrom: 0, notes: [] });
    if (!result.ok) return;
    expect(result.journey.personas.map((p) => [p.id, p.name])).toEqual([['persona-1', 'Customer']]);
    expect(result.journey.touchpoints[0]).toMatchObject({
      stageId: 's1',
      laneId: 'lane-1',
      emotions: { 'persona-1': 1 },
    });
  });
});
