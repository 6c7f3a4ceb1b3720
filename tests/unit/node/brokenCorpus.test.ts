import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../shared/model';
import { readJourneyFile, sha256 } from '../../../electron/node/journeyFiles';
import { BROKEN_DIR, brokenFixtures } from '../../helpers/fixtures';

/** What each broken file must be refused for: a fragment of one of its problems. */
const EXPECTED: Record<string, string> = {
  'array-root.journey': 'must hold a JSON object',
  'bad-dates.journey': 'updatedAt: must be an ISO-8601 date',
  'binary.journey': 'not UTF-8 text',
  'constructor-key.journey': 'stages[0].constructor: the key "constructor" is not allowed',
  'dangling-references.journey': 'touchpoints[0].stageId: no stage has the id "stage-gone"',
  'deep-nesting.journey': 'nested more than 64 levels deep',
  'empty.journey': 'the file is empty',
  'invalid-utf8.journey': 'not UTF-8 text',
  'missing-fields.journey': 'stages: is required',
  'missing-format.journey': 'format: expected "journey-studio"',
  'newer-version.journey': 'newer Journey Studio (format version 7)',
  'not-json.journey': 'not valid JSON: unexpected character "t" at line 1, column 1',
  'out-of-range.journey': 'touchpoints[0].painPoints[0].severity: must be at most 5',
  'proto-key.journey': '__proto__: the key "__proto__" is not allowed',
  'repeated-ids.journey': 'touchpoints[1].id: repeats the id "tp-ad"',
  'trailing-comma.journey': 'expected a quoted property name but found "}" at line 4, column 1',
  'truncated.journey': 'unexpected end of file at line 31',
  'whitespace.journey': 'the file is empty',
  'wrong-format.journey': 'format: expected "journey-studio"',
  'wrong-types.journey': 'touchpoints[0].momentOfTruth: must be a boolean, not the text "yes"',
};

describe('the broken-file corpus', () => {
  it('has an expectation for every file', () => {
    expect(brokenFixtures()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const name of brokenFixtures()) {
    it(`refuses ${name} with a clear problem and leaves it unchanged`, async () => {
      const path = join(BROKEN_DIR, name);
      const before = sha256(readFileSync(path));
      const result = await readJourneyFile(path);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.reason).toBe('invalid');
      const lines = result.problems.map(formatProblem);
      expect(lines.join('\n')).toContain(EXPECTED[name]);
      expect(sha256(readFileSync(path))).toBe(before);
    });
  }
});
