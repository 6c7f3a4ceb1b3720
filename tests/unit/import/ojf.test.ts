/** Open Journey Format (.ojf) import: stages, swimlanes, nodes, pain points, blueprints, notes. */
import { describe, expect, it } from 'vitest';
import { formatImportProblem, importJourney } from '../../../shared/import';
import { validateJourneyV2 } from '../../../shared/model/v2';
import { bytesOf, imported, problemsOf } from './importHelpers';

const OJF = JSON.stringify({
  metadata: { title: 'Clinic visit', persona: 'Returning patient', pov: 'Annual check-up', version: '1.1.0' },
  stages: [
    { id: 's1', name: 'Check-in' },
    { id: 's2', name: 'Consultation' },
  ],
  swimlanes: [
    { id: 'l1', name: 'Patient journey' },
    { id: 'l2', name: 'Pain points' },
    { id: 'l3', name: 'User actions' },
  ],
  nodes: [
    {
      id: 'n1',
      stageId: 's1',
      swimlaneId: 'l1',
      title: 'Reception',
      description: 'Checks in at the desk',
      score: 5,
      sentiment: 'neutral',
      purpose: 'touchpoint',
      isMomentOfTruth: true,
      icon: 'desk',
      tags: ['In person', 'Front'],
      blueprint: {
        evidence: [{ item: 'Sign-in sheet', type: 'Physical' }],
        onstage: [{ actor: 'Receptionist', action: 'Confirms the appointment' }],
        backstage: [{ actor: 'Billing', action: 'Checks insurance' }],
        support: [{ system: 'Records', description: 'Loads the patient record' }],
      },
    },
    {
      stageId: 's1',
      swimlaneId: 'l2',
      title: 'Queue',
      description: 'Ten people ahead',
      severity: 'high',
      purpose: 'pain-point',
    },
    { stageId: 's2', swimlaneId: 'l3', title: 'Describes symptoms', score: -2 },
    { stageId: 's2', swimlaneId: 'l1', title: 'Doctor', score: -5 },
  ],
});

describe('OJF import', () => {
  it('maps stages, touchpoints, pain points, blueprint steps and their connections', async () => {
    const { journey, notes } = await imported(bytesOf(OJF), { format: 'ojf' });
    expect(validateJourneyV2(journey).ok).toBe(true);
    expect(journey.title).toBe('Clinic visit');
    expect(journey.description).toBe('Annual check-up');
    expect(journey.personas.map((p) => p.name)).toEqual(['Returning patient']);
    expect(journey.stages.map((s) => s.name)).toEqual(['Check-in', 'Consultation']);
    const persona = journey.personas[0]!.id;
    expect(journey.touchpoints.map((t) => [t.title, t.channel, t.momentOfTruth, t.emotions[persona], t.notes])).toEqual(
      [
        ['Reception', 'in-person', true, 2, 'Tags: Front'],
        ['Doctor', 'website', false, -2, undefined],
      ],
    );
    expect(journey.touchpoints[0]!.painPoints).toMatchObject([{ text: 'Queue: Ten people ahead', severity: 4 }]);
    expect(journey.lanes.map((l) => l.kind)).toEqual([
      'touchpoints',
      'evidence',
      'frontstage',
      'backstage',
      'support',
      'actions',
    ]);
    expect(journey.steps.map((s) => [s.title, s.owner])).toEqual([
      ['Sign-in sheet', undefined],
      ['Confirms the appointment', 'Receptionist'],
      ['Checks insurance', 'Billing'],
      ['Records', undefined],
      ['Describes symptoms', undefined],
    ]);
    expect(journey.connections).toHaveLength(4);
    expect(notes).toContain(
      'not imported: icons, sentiments, scores, moments of truth and tags of nodes in step lanes',
    );
  });

  it('reports a broken file and a node in no stage, and writes nothing', async () => {
    const notJson = await problemsOf(bytesOf('{"stages": ['), { format: 'ojf' });
    expect(notJson[0]!.message).toMatch(/^not JSON: /);
    const bad = await problemsOf(
      bytesOf(JSON.stringify({ stages: [{ id: 's1' }], nodes: [{ stageId: 's9' }, { title: 3 }] })),
      {
        format: 'ojf',
      },
    );
    expect(bad.map(formatImportProblem)).toEqual([
      'nodes.1.stageId: Invalid input: expected string, received undefined',
      'nodes.1.title: Invalid input: expected string, received number',
    ]);
    const dangling = await importJourney(
      bytesOf(JSON.stringify({ stages: [{ id: 's1' }], nodes: [{ stageId: 's9' }] })),
      { format: 'ojf' },
    );
    expect(!dangling.ok && dangling.problems.map((p) => p.message)).toEqual([
      'nodes.0.stageId: no stage has the id "s9"',
    ]);
  });
});

describe('OJF words from the file', () => {
  it('never reach a lookup table’s prototype', async () => {
    const file = {
      stages: [{ id: 's1', name: 'A' }],
      swimlanes: [{ id: 'l1', name: 'constructor' }],
      nodes: [
        { stageId: 's1', swimlaneId: 'l1', title: 'T' },
        { stageId: 's1', title: 'P', purpose: 'pain-point', severity: 'constructor' },
      ],
    };
    const { journey } = await imported(bytesOf(JSON.stringify(file)), { format: 'ojf' });
    expect(journey.touchpoints[0]!.painPoints[0]!.severity).toBe(3);
  });
});
