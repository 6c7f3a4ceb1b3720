/**
 * Property: a file whose bytes are not valid UTF-8 is refused with one clear problem, by the
 * desktop loader (readJourneyFile) and by the browser's worker path (parseJourneyBytes).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFsOps, type FsOps } from '../../../electron/node/fsOps';
import { readJourneyFile } from '../../../electron/node/journeyFiles';
import { parseJourneyBytes } from '../../../renderer/host/parseJourneyBytes';
import { serializeJourney } from '../../../shared/model';
import { SEEDS } from './journeyArbitraries';
import { journeyV2Arbitrary } from './journeyV2Arbitraries';
import { assertNoPrototypePollution } from './prototypeGuard';

const RUNS = 600;
/** The English message, and the code the app words it by in the UI language. */
const NOT_UTF8 = {
  path: '',
  message: 'the file is not UTF-8 text (is it a binary file?)',
  code: 'notUtf8',
  values: {},
};

/** Byte sequences no UTF-8 decoder may accept, wherever they are put. */
const INVALID_SEQUENCES = [
  [0xff],
  [0xfe, 0xff],
  [0xc0, 0x80], // overlong NUL
  [0xe0, 0x80, 0xaf], // overlong "/"
  [0xed, 0xa0, 0x80], // an encoded surrogate half
  [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
  [0xf8, 0x88, 0x80, 0x80, 0x80], // five-byte form
  [0x80], // a continuation byte alone
];

afterEach(assertNoPrototypePollution);

const brokenBytes = fc
  .record({
    journey: journeyV2Arbitrary({ stages: 2, touchpoints: 3 }),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    sequence: fc.constantFrom(...INVALID_SEQUENCES),
  })
  .map(({ journey, at, sequence }) => {
    const bytes = new TextEncoder().encode(serializeJourney(journey));
    const i = Math.floor(at * bytes.length);
    return Uint8Array.from([...bytes.subarray(0, i), ...sequence, ...bytes.subarray(i)]);
  });

/** The real loader, reading from memory instead of the disk. */
const memoryFs = (bytes: Uint8Array): FsOps => ({
  ...nodeFsOps,
  stat: async () => ({ size: bytes.length, mtimeMs: 1, isFile: () => true }),
  readFile: async () => Buffer.from(bytes),
});

describe('files that are not UTF-8', () => {
  it(`are refused by the browser's parser (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(brokenBytes, (bytes) => {
        expect(parseJourneyBytes(bytes.slice().buffer)).toEqual({ ok: false, problems: [NOT_UTF8] });
      }),
      { seed: SEEDS.bytes, numRuns: RUNS },
    );
  });

  it(`are refused by the desktop loader (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(brokenBytes, async (bytes) => {
        expect(await readJourneyFile('/memory/file.journey', memoryFs(bytes))).toEqual({
          ok: false,
          reason: 'invalid',
          problems: [NOT_UTF8],
        });
      }),
      { seed: SEEDS.bytes, numRuns: RUNS },
    );
  });

  it('while the same files without the bad bytes load (the check is not refusing everything)', async () => {
    const [journey] = fc.sample(journeyV2Arbitrary(), { seed: SEEDS.bytes, numRuns: 1 });
    const bytes = new TextEncoder().encode(serializeJourney(journey!));
    expect(parseJourneyBytes(bytes.slice().buffer).ok).toBe(true);
    expect((await readJourneyFile('/memory/file.journey', memoryFs(bytes))).ok).toBe(true);
  });
});
