/** Mermaid journey diagrams in, and out again: what Mermaid can carry survives the round trip. */
import { describe, expect, it } from 'vitest';
import { formatImportProblem, importMermaid } from '../../../shared/import';
import { escapeMermaidText, journeyToMermaid } from '../../../shared/export/mermaid';
import {
  createJourneyV2,
  createPersona,
  createTouchpointV2,
  newItemIdV2,
  validateJourneyV2,
  type JourneyV2,
} from '../../../shared/model/v2';

const DIAGRAM = `%% Mermaid's own example, with accessibility lines
journey
  accTitle: Working day
  accDescr {
    How a working day
    feels
  }
  title My working day
  section Go to work
    Make tea: 5: Me
    Go upstairs: 3: Me
    Do work: 1: Me, Cat
  section Go home
    Go downstairs: 5: Me
    Sit down: 3
`;

function imported(text: string) {
  const result = importMermaid(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.journey;
}

describe('Mermaid import', () => {
  it('makes sections stages, tasks touchpoints and actors personas, score 1..5 as emotion -2..2', () => {
    const journey = imported(DIAGRAM);
    expect(journey.title).toBe('My working day');
    expect(journey.description).toBe('How a working day\nfeels');
    expect(journey.stages.map((s) => s.name)).toEqual(['Go to work', 'Go home']);
    expect(journey.personas.map((p) => p.name)).toEqual(['Me', 'Cat']);
    const [me, cat] = journey.personas.map((p) => p.id);
    expect(journey.touchpoints.map((t) => [t.title, t.emotions[me!], t.emotions[cat!]])).toEqual([
      ['Make tea', 2, undefined],
      ['Go upstairs', 0, undefined],
      ['Do work', -2, -2],
      ['Go downstairs', 2, undefined],
      // No actor in a diagram that names actors: unrated.
      ['Sit down', undefined, undefined],
    ]);
    expect(validateJourneyV2(journey).ok).toBe(true);
  });

  it('rates the tasks of a diagram without actors for one persona, and takes accTitle when there is no title', () => {
    const journey = imported('journey\n  accTitle: Visit\n  section A\n    Arrive: 4\n');
    expect(journey.title).toBe('Visit');
    expect(journey.personas.map((p) => p.name)).toEqual(['Customer']);
    expect(Object.values(journey.touchpoints[0]!.emotions)).toEqual([1]);
  });

  it('reads the diagram out of a Markdown file, keeping the file line numbers', () => {
    const result = importMermaid('# Notes\n\n```mermaid\njourney\n  section A\n    Arrive: 9\n```\n');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map(formatImportProblem)).toEqual([
      'line 6, value "Arrive: 9": the score must be a whole number from 1 to 5',
    ]);
  });

  it('reports every bad line with its number', () => {
    const result = importMermaid(
      'journey\n  title T\n  section A\n    : 3: Me\n    Tea: five\n    what is this\n    Fine: 2\n',
    );
    expect(!result.ok && result.problems.map(formatImportProblem)).toEqual([
      'line 4, value ": 3: Me": a task needs a name before its ":"',
      'line 5, value "Tea: five": the score must be a whole number from 1 to 5',
      'line 6, value "what is this": not a Mermaid journey line: expected title, section, accTitle, accDescr or "task: score: actors"',
    ]);
  });

  it('refuses text that is no journey diagram', () => {
    const result = importMermaid('flowchart LR\n  A --> B\n');
    expect(!result.ok && result.problems[0]!.message).toBe('a Mermaid journey diagram starts with "journey"');
  });
});

function sample(): JourneyV2 {
  const journey = createJourneyV2({ title: 'Dinner: booking #2; 100%' });
  journey.description = 'Two lines\nof description';
  const maya = createPersona({ name: 'Maya, organiser' });
  const li = createPersona({ name: 'Li' });
  journey.personas.push(maya, li);
  const lane = journey.lanes[0]!.id;
  const book = { id: newItemIdV2('stage'), name: 'Book: online' };
  const eat = { id: newItemIdV2('stage'), name: 'Eat' };
  journey.stages.push(book, eat);
  journey.touchpoints.push(
    createTouchpointV2(book.id, lane, { title: 'Find a table: fast', emotions: { [maya.id]: 2, [li.id]: -1 } }),
    createTouchpointV2(book.id, lane, {
      title: 'section of the site',
      emotions: { [maya.id]: 0 },
      position: { x: 24, y: 200 },
    }),
    createTouchpointV2(eat.id, lane, { title: 'Order', emotions: {}, channel: 'in-person' }),
    createTouchpointV2(eat.id, lane, {
      title: 'Pay',
      emotions: { [maya.id]: -2, [li.id]: -2 },
      position: { x: 24, y: 200 },
    }),
  );
  return journey;
}

describe('Mermaid export', () => {
  it('writes stages as sections, touchpoints as tasks and each persona with its score, escaping the syntax', () => {
    expect(journeyToMermaid(sample())).toBe(
      [
        'journey',
        '  title Dinner#58; booking #35;2#59; 100#37;',
        '  accDescr: Two lines of description',
        '  section Book#58; online',
        '    Find a table#58; fast: 5: Maya#44; organiser',
        '    Find a table#58; fast: 2: Li',
        '    #115;ection of the site: 3: Maya#44; organiser',
        '  section Eat',
        '    Order: 3',
        '    Pay: 1: Maya#44; organiser, Li',
        '',
      ].join('\n'),
    );
    expect(escapeMermaidText('a\r\nb')).toBe('a b');
  });

  it('round-trips what Mermaid carries: title, stages, touchpoint titles in order, personas and their emotions', () => {
    const journey = sample();
    const back = imported(journeyToMermaid(journey));
    expect(back.title).toBe(journey.title);
    expect(back.description).toBe('Two lines of description');
    expect(back.stages.map((s) => s.name)).toEqual(journey.stages.map((s) => s.name));
    expect(back.personas.map((p) => p.name)).toEqual(journey.personas.map((p) => p.name));
    const ratings = (j: JourneyV2) =>
      j.touchpoints.map((t) => [
        j.stages.find((s) => s.id === t.stageId)!.name,
        t.title,
        Object.fromEntries(j.personas.filter((p) => p.id in t.emotions).map((p) => [p.name, t.emotions[p.id]])),
      ]);
    expect(ratings(back)).toEqual(ratings(journey));
  });
});
