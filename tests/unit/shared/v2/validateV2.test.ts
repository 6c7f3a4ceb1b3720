/** The version 2 rules beyond the shape, each a `path: message` problem (the corpus in tests/fixtures/broken-v2 has one file per rule). */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../../shared/model';
import { toWellFormedText, unpairedSurrogateAt, validateJourneyV2, type JourneyV2 } from '../../../../shared/model/v2';
import { readFixture, VALID_V2_SAMPLE } from '../../../helpers/fixtures';

const sample = () => JSON.parse(readFixture(VALID_V2_SAMPLE)) as JourneyV2;
const problemsOf = (doc: unknown) => {
  const result = validateJourneyV2(doc);
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe('validateJourneyV2', () => {
  it('accepts the blueprint sample: steps in five kinds of lane, connections across lanes, two personas', () => {
    expect(problemsOf(sample())).toEqual([]);
  });

  it('keeps ids unique across personas, stages, lanes, cards and everything else', () => {
    const doc = sample();
    doc.lanes[0]!.id = 'persona-child';
    doc.steps[0]!.id = 'stage-book';
    doc.touchpoints[0]!.painPoints[0]!.id = 'lane-touch';
    expect(problemsOf(doc)).toEqual(
      expect.arrayContaining([
        'lanes[0].id: repeats the id "persona-child" already used at personas[0].id',
        'touchpoints[0].painPoints[0].id: repeats the id "lane-touch" already used at lanes[1].id',
        'steps[0].id: repeats the id "stage-book" already used at stages[0].id',
      ]),
    );
  });

  it('resolves every reference: stages, lanes, cards of either kind, channels and the personas of emotions', () => {
    const doc = sample();
    doc.steps[1]!.stageId = 'stage-gone';
    doc.steps[2]!.laneId = 'lane-gone';
    doc.connections[0]!.to = 'card-gone';
    doc.touchpoints[0]!.channel = 'channel-gone';
    doc.touchpoints[0]!.emotions = { 'persona-gone': 1 };
    expect(problemsOf(doc)).toEqual([
      'touchpoints[0].channel: "channel-gone" is neither a built-in channel nor one of the file\'s channels',
      'touchpoints[0].emotions.persona-gone: no persona has the id "persona-gone"',
      'steps[1].stageId: no stage has the id "stage-gone"',
      'steps[2].laneId: no lane has the id "lane-gone"',
      'connections[0].to: no touchpoint or step has the id "card-gone"',
    ]);
  });

  it('puts touchpoints only in touchpoint lanes and steps never in one', () => {
    const doc = sample();
    doc.touchpoints[0]!.laneId = 'lane-back';
    doc.steps[0]!.laneId = 'lane-touch';
    expect(problemsOf(doc)).toEqual([
      'touchpoints[0].laneId: "lane-back" is a lane of kind "backstage"; a touchpoint belongs in a lane of kind "touchpoints"',
      'steps[0].laneId: "lane-touch" is a lane of kind "touchpoints"; a step belongs in a lane of another kind',
    ]);
  });

  it('needs a touchpoint lane, 1 to 20 lanes and at most 8 personas', () => {
    const doc = sample();
    const noTouchpointLane = {
      ...doc,
      lanes: doc.lanes.map((l) => ({ ...l, kind: l.kind === 'touchpoints' ? 'thoughts' : l.kind })),
      touchpoints: [],
      connections: [],
    };
    expect(problemsOf(noTouchpointLane)).toEqual(['lanes: needs at least one lane of kind "touchpoints"']);
    expect(problemsOf({ ...doc, lanes: [] })).toEqual(['lanes: must have at least 1 entry (it has 0)']);
    const lanes = Array.from({ length: 21 }, (_, i) => ({ id: `lane-${i}`, name: '', kind: 'notes' }));
    expect(problemsOf({ ...doc, lanes })).toEqual(['lanes: must have at most 20 entries (it has 21)']);
    const personas = Array.from({ length: 9 }, (_, i) => ({
      id: `p${i}`,
      name: '',
      goals: [],
      needs: [],
      expectations: [],
    }));
    expect(problemsOf({ ...doc, personas })).toEqual(['personas: must have at most 8 entries (it has 9)']);
  });

  it('allows no self-loop and one connection per (from, to); the reverse direction is another pair', () => {
    const doc = sample();
    doc.connections.push({ id: 'flow-loop', from: 'step-diary', to: 'step-diary' });
    doc.connections.push({ id: 'flow-again', from: 'tp-call', to: 'tp-chair', label: 'twice' });
    expect(problemsOf(doc)).toEqual([
      'connections[5]: links "step-diary" to itself; a connection joins two cards',
      'connections[6]: repeats the connection from "tp-call" to "tp-chair" of connections[3]; one per pair and direction',
    ]);
  });

  it('keeps positions within 0..100000, votes whole and not negative, lane kinds and colours in their sets', () => {
    const doc = sample();
    doc.touchpoints[0]!.position = { x: -1, y: 100_001 };
    doc.steps[0]!.position = { x: 5, y: Infinity };
    doc.touchpoints[0]!.painPoints[0]!.votes = 1.5;
    doc.touchpoints[0]!.opportunities[0]!.votes = -1;
    (doc.lanes[0] as { kind: string }).kind = 'swimlane';
    doc.personas[0]!.color = 'red';
    expect(problemsOf(doc)).toEqual([
      'personas[0].color: must be a colour like #aabbcc',
      'lanes[0].kind: must be one of "touchpoints", "actions", "thoughts", "frontstage", "backstage", "support", "evidence", "notes"',
      'touchpoints[0].painPoints[0].votes: must be a whole number, not number 1.5',
      'touchpoints[0].opportunities[0].votes: must be at least 0',
      'touchpoints[0].position.x: must be at least 0',
      'touchpoints[0].position.y: must be at most 100000',
      'steps[0].position.y: must be a finite number, not Infinity',
    ]);
  });

  it('rates emotions -2..2 in whole numbers, keyed by non-empty persona ids', () => {
    const doc = sample();
    doc.touchpoints[1]!.emotions = { 'persona-child': 3, 'persona-parent': 0.5, '': 1 };
    expect(problemsOf(doc)).toEqual([
      'touchpoints[1].emotions.persona-child: must be at most 2',
      'touchpoints[1].emotions.persona-parent: must be a whole number, not number 0.5',
      'touchpoints[1].emotions.: is not a valid key: must not be empty',
    ]);
  });

  it('finds unpaired surrogates in every string and key, unknown fields included, even when the shape is wrong', () => {
    const doc = sample() as JourneyV2 & Record<string, unknown>;
    doc.steps[0]!.title = 'ok \ud83d\ude00 then \udc00';
    doc['x-\ud800'] = ['fine', 'bad \ud83d'];
    expect(problemsOf(doc)).toEqual([
      'steps[0].title: must be well-formed Unicode: an unpaired surrogate (U+DC00) at character 11, which is not a character',
      'the key "x-\\ud800" must be well-formed Unicode: an unpaired surrogate (U+D800) at character 3, which is not a character',
      'x-\ufffd[1]: must be well-formed Unicode: an unpaired surrogate (U+D83D) at character 5, which is not a character',
    ]);
    expect(problemsOf({ ...sample(), title: 42, description: '\ud800' })).toEqual([
      'title: must be a string, not number 42',
      'description: must be well-formed Unicode: an unpaired surrogate (U+D800) at character 1, which is not a character',
    ]);
  });

  it('refuses a persona id that could not be a key of emotions in a file', () => {
    const doc = sample();
    doc.personas[1]!.id = 'constructor';
    doc.touchpoints[1]!.emotions = { 'persona-child': 1 };
    doc.touchpoints[0]!.emotions = {};
    expect(problemsOf(doc)).toEqual([
      'personas[1].id: "constructor" cannot be a persona id (it would be a key of "emotions")',
    ]);
  });

  it('refuses a redefined built-in channel as version 1 does', () => {
    const doc = sample();
    doc.channels = [{ id: 'email', name: 'Mail' }];
    expect(problemsOf(doc)).toEqual(['channels[0].id: "email" is a built-in channel and cannot be redefined']);
  });
});

describe('well-formed text', () => {
  it('finds the first unpaired surrogate and replaces each with U+FFFD, keeping pairs', () => {
    expect(unpairedSurrogateAt('a\ud83d\ude00b')).toBe(-1);
    expect(unpairedSurrogateAt('ab\ude00')).toBe(2);
    expect(unpairedSurrogateAt('\ud83d')).toBe(0);
    expect(toWellFormedText('\ud83d\ude00\ud83d-\ude00\ud800')).toBe('\ud83d\ude00\ufffd-\ufffd\ufffd');
    expect(toWellFormedText('plain')).toBe('plain');
  });
});
