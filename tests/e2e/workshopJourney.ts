/** The 8-card workshop journey of issue 3, built through the UI by workshop.spec.ts and workshopKeys.spec.ts. */

export interface Card {
  title: string;
  stage: number;
  channel: string;
  tier: 'utility' | 'usability' | 'delight';
  emotion: 'Very negative' | 'Negative' | 'Neutral' | 'Positive' | 'Very positive';
  pain?: { text: string; severity: string };
}

export const CARDS: Card[] = [
  { title: 'Sees an ad', stage: 0, channel: 'advertising', tier: 'utility', emotion: 'Neutral' },
  { title: 'Reads reviews', stage: 0, channel: 'review-site', tier: 'usability', emotion: 'Positive' },
  { title: 'Browses the app', stage: 1, channel: 'mobile-app', tier: 'usability', emotion: 'Positive' },
  {
    title: 'Calls the shop',
    stage: 1,
    channel: 'phone',
    tier: 'utility',
    emotion: 'Negative',
    pain: { text: 'On hold for 12 minutes', severity: '4' },
  },
  { title: 'Books a table', stage: 1, channel: 'website', tier: 'utility', emotion: 'Positive' },
  { title: 'Arrives', stage: 2, channel: 'in-person', tier: 'delight', emotion: 'Very positive' },
  {
    title: 'Waits for the bill',
    stage: 2,
    channel: 'in-person',
    tier: 'utility',
    emotion: 'Very negative',
    pain: { text: 'Nobody brings the bill', severity: '5' },
  },
  { title: 'Gets a thank-you email', stage: 2, channel: 'email', tier: 'delight', emotion: 'Positive' },
];
export const STAGES = ['Discover', 'Book', 'Visit'];
/** Flows: 0→1→2, a branch 2→3 and 2→4 (app or phone), rejoining at 3→5 and 4→5, then 5→6→7. */
export const FLOWS: [number, number][] = [
  [0, 1],
  [1, 2],
  [2, 3],
  [2, 4],
  [3, 5],
  [4, 5],
  [5, 6],
  [6, 7],
];

/** The document's meaning, without ids and positions (which may change with layout). */
export function summary(doc: {
  title: string;
  personas: { id: string }[];
  stages: { id: string; name: string }[];
  touchpoints: Record<string, unknown>[];
  connections: { from: string; to: string }[];
}) {
  const stageName = new Map(doc.stages.map((s) => [s.id, s.name]));
  const title = new Map(doc.touchpoints.map((t) => [t.id as string, t.title as string]));
  return {
    title: doc.title,
    stages: doc.stages.map((s) => s.name),
    touchpoints: doc.touchpoints
      .map((t) => ({
        title: t.title,
        stage: stageName.get(t.stageId as string),
        channel: t.channel,
        tier: t.tier,
        // The primary persona's rating (the first persona's).
        emotion: (t.emotions as Record<string, number>)[doc.personas[0]?.id ?? ''],
        pains: (t.painPoints as { text: string; severity: number }[]).map((p) => `${p.text}/${p.severity}`),
      }))
      .sort((a, b) => String(a.title).localeCompare(String(b.title))),
    flows: doc.connections.map((c) => `${title.get(c.from)} → ${title.get(c.to)}`).sort(),
  };
}
