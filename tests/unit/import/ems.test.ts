/** enablement-map-studio YAML import: the journey map, the service blueprint, what is dropped. */
import { describe, expect, it } from 'vitest';
import { formatImportProblem } from '../../../shared/import';
import { validateJourneyV2 } from '../../../shared/model/v2';
import { bytesOf, imported, problemsOf } from './importHelpers';

const EMS = `kind: cjm
version: '1.0'
id: cjm:onboarding
persona:
  name: 新入社員
  description: 初めて社内システムを使う
phases:
  - id: cjm:phase:apply
    name: 申請
  - id: cjm:phase:use
    name: 利用
actions:
  - id: cjm:action:apply
    name: アカウントを申請する
    phase: cjm:phase:apply
    touchpoints: [Email, 申請フォーム]
    thoughts_feelings: [どこで申請するのか分からない]
    emotion_score: -1
  - id: cjm:action:login
    name: ログインする
    phase: cjm:phase:use
    touchpoints: [社内ポータル]
    emotion_score: 1
---
kind: sbp
version: '1.0'
lanes:
  - id: sbp:lane:cjm
    name: Customer Journey
    kind: cjm
  - id: sbp:lane:it
    name: 情報システム部
    kind: team
tasks:
  - id: sbp:task:create
    lane: sbp:lane:it
    name: アカウントを作成
    source_id: cjm:action:apply
    position: { x: 100, 'y': 50 }
  - id: sbp:task:monitor
    lane: sbp:lane:it
    name: 監視する
    position: { x: 900, 'y': 50 }
  - id: cjm:action:apply
    lane: sbp:lane:cjm
    name: アカウントを申請する
    readonly: true
    position: { x: 80, 'y': 50 }
  - id: cjm:action:login
    lane: sbp:lane:cjm
    name: ログインする
    readonly: true
    position: { x: 700, 'y': 50 }
connections:
  - { source: cjm:action:apply, target: sbp:task:create }
  - { source: cjm:action:apply, target: sbp:task:create }
  - { source: sbp:task:create, target: nowhere }
---
kind: em
version: '1.0'
actions: []
`;

describe('enablement-map-studio import', () => {
  it('maps the journey map and the blueprint onto lanes, steps and flows, and lists what it dropped', async () => {
    const { journey, notes } = await imported(bytesOf(EMS), { format: 'ems' });
    expect(validateJourneyV2(journey).ok).toBe(true);
    expect(journey.personas).toMatchObject([{ name: '新入社員', description: '初めて社内システムを使う' }]);
    expect(journey.stages.map((s) => s.name)).toEqual(['申請', '利用']);
    const persona = journey.personas[0]!.id;
    expect(journey.touchpoints.map((t) => [t.title, t.channel, t.description, t.emotions[persona]])).toEqual([
      ['アカウントを申請する', 'email', 'Email, 申請フォーム', -1],
      ['ログインする', journey.channels![0]!.id, '社内ポータル', 1],
    ]);
    expect(journey.lanes.map((l) => l.kind)).toEqual(['touchpoints', 'thoughts', 'backstage']);
    expect(journey.lanes[2]!.name).toBe('情報システム部');
    const stageName = (id: string) => journey.stages.find((s) => s.id === id)!.name;
    expect(journey.steps.map((s) => [s.title, stageName(s.stageId)])).toEqual([
      ['どこで申請するのか分からない', '申請'],
      ['アカウントを作成', '申請'],
      // No source: the stage of the nearest journey card to its left.
      ['監視する', '利用'],
    ]);
    expect(journey.connections).toHaveLength(2);
    expect(notes).toContain('2 blueprint connections dropped (to unknown cards, repeated, or loops)');
    expect(notes).toContain('not imported: the enablement document (actions, skills, knowledge, tools)');
  });

  it('refuses YAML errors with their line, documents of an unknown kind, and alias bombs', async () => {
    const broken = await problemsOf(bytesOf('kind: cjm\nphases: [\n  - a: b\n'), { format: 'ems' });
    expect(broken[0]!.line).toBeGreaterThan(1);
    expect(broken[0]!.message).toMatch(/^YAML: /);
    const unknown = await problemsOf(bytesOf('kind: cjm\nphases: []\nactions: []\n---\nkind: board\n'), {
      format: 'ems',
    });
    expect(unknown.map(formatImportProblem)).toEqual([
      'line 5: a document of kind "board"; expected cjm, sbp, outcome or em',
    ]);
    const laughs = ['kind: cjm', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++)
      laughs.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(', ')}]`,
      );
    const bomb = await problemsOf(bytesOf(`${laughs.join('\n')}\nphases: []\nactions: []\n`), { format: 'ems' });
    expect(bomb[0]!.message).toMatch(/^YAML: .*alias/i);
  });
});

describe('enablement-map-studio words from the file', () => {
  it('never reach a lookup table’s prototype', async () => {
    const yaml =
      'kind: sbp\nlanes:\n  - { id: l, name: L, kind: constructor }\ntasks:\n  - { id: t, lane: l, name: T }\n';
    const { journey } = await imported(bytesOf(yaml), { format: 'ems' });
    expect(journey.lanes.map((l) => l.kind)).toEqual(['touchpoints', 'backstage']);
  });
});
