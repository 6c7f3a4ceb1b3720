/**
 * The words of the report files a script or a spreadsheet reads (Markdown and CSV, from the
 * command line with --lang and from the app in the UI language). The English words are the
 * files' historical English, so an English report stays byte for byte what scripts expect:
 * ids such as "direct" or "utility" are written as they are. Headings and columns shared with
 * the HTML report come from reportDocument.ts.
 */
export const reportFile = {
  reportFile: {
    none: 'None.',
    noneRecorded: 'None recorded.',
    channelsByStage: 'Channels by stage',
    kpis: 'KPIs',
    yes: 'yes',
    no: 'no',
    // The values of the enumerations in the tables: ids in English, names in other languages.
    tier: { utility: 'utility', usability: 'usability', delight: 'delight' },
    source: { direct: 'direct', indirect: 'indirect', inferred: 'inferred' },
    status: { idea: 'idea', planned: 'planned', 'in-progress': 'in-progress', done: 'done' },
    // The summaries in one CSV cell.
    painDetail: '{{text}} (severity {{severity}}, {{source}}{{evidence}})',
    evidence: ', evidence: {{evidence}}',
    opportunityDetail: '{{text}} (impact {{impact}}, effort {{effort}}, {{status}}{{owner}})',
    owner: ', owner: {{owner}}',
    metricDetail: '{{name}}: baseline {{baseline}}, current {{current}}, target {{target}}',
    detailSeparator: '; ',
    csv: {
      stage: 'Stage',
      stageId: 'Stage id',
      touchpointId: 'Touchpoint id',
      title: 'Title',
      description: 'Description',
      channel: 'Channel',
      channelId: 'Channel id',
      tier: 'Tier',
      emotion: 'Emotion',
      momentOfTruth: 'Moment of truth',
      painPoints: 'Pain points',
      worstSeverity: 'Worst severity',
      painPointDetails: 'Pain point details',
      opportunities: 'Opportunities',
      metrics: 'Metrics',
      owner: 'Owner',
      notes: 'Notes',
      rank: 'Rank',
      severity: 'Severity',
      painPoint: 'Pain point',
      source: 'Source',
      evidence: 'Evidence',
      touchpoint: 'Touchpoint',
      painPointId: 'Pain point id',
    },
  },
} as const;
