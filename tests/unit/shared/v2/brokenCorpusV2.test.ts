/**
 * The version 2 broken-file corpus (tests/fixtures/broken-v2, written by scripts/make-fixtures-v2.mjs):
 * one file per rule of format version 2, each refused with exactly these `path: message` problems.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../../shared/model';
import { loadJourneyTextV2 } from '../../../../shared/model/v2';
import { BROKEN_V2_DIR, brokenV2Fixtures } from '../../../helpers/fixtures';

const EXPECTED: Record<string, string[]> = {
  'bad-persona-colour.journey': ['personas[1].color: must be a colour like #aabbcc'],
  'bad-votes.journey': [
    'touchpoints[0].painPoints[0].votes: must be at least 0',
    'touchpoints[0].opportunities[0].votes: must be a whole number, not number 2.5',
  ],
  'dangling-references.journey': [
    'steps[1].laneId: no lane has the id "lane-gone"',
    'connections[1].to: no touchpoint or step has the id "step-gone"',
  ],
  'emotion-key-not-persona.journey': [
    'touchpoints[1].emotions.persona-grandad: no persona has the id "persona-grandad"',
  ],
  'emotion-out-of-range.journey': ['touchpoints[0].emotions.persona-parent: must be at least -2'],
  'no-touchpoint-lane.journey': ['lanes: needs at least one lane of kind "touchpoints"'],
  'position-out-of-range.journey': [
    'touchpoints[0].position.x: must be at least 0',
    'steps[1].position.y: must be at most 100000',
  ],
  'repeated-connection.journey': [
    'connections[5]: repeats the connection from "step-system" to "tp-call" of connections[2]; one per pair and direction',
  ],
  'repeated-id-across-kinds.journey': ['steps[2].id: repeats the id "lane-back" already used at lanes[3].id'],
  'reserved-persona-id.journey': [
    'personas[0].id: "constructor" cannot be a persona id (it would be a key of "emotions")',
  ],
  'self-loop.journey': ['connections[5]: links "step-diary" to itself; a connection joins two cards'],
  'step-in-touchpoint-lane.journey': [
    'steps[4].laneId: "lane-touch" is a lane of kind "touchpoints"; a step belongs in a lane of another kind',
  ],
  'too-many-lanes.journey': ['lanes: must have at most 20 entries (it has 21)'],
  'too-many-personas.journey': ['personas: must have at most 8 entries (it has 9)'],
  'touchpoint-in-step-lane.journey': [
    'touchpoints[1].laneId: "lane-evidence" is a lane of kind "evidence"; a touchpoint belongs in a lane of kind "touchpoints"',
  ],
  'unknown-lane-kind.journey': [
    'lanes[2].kind: must be one of "touchpoints", "actions", "thoughts", "frontstage", "backstage", "support", "evidence", "notes"',
  ],
  'unpaired-surrogate.journey': [
    'steps[0].title: must be well-formed Unicode: an unpaired surrogate (U+D800) at character 9, which is not a character',
  ],
};

describe('the version 2 broken-file corpus', () => {
  it('has an expectation for every file', () => {
    expect(brokenV2Fixtures()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const name of brokenV2Fixtures()) {
    it(`refuses ${name} with exactly its problems`, () => {
      const result = loadJourneyTextV2(readFileSync(join(BROKEN_V2_DIR, name), 'utf8'));
      expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual(EXPECTED[name]);
    });
  }
});
