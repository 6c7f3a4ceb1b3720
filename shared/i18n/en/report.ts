/** The in-app report view (the dashboard beside the canvas). */
export const report = {
  report: {
    label: 'CX report',
    close: 'Back to the editor',
    totals: 'Totals',
    stages: 'Stages',
    touchpoints: 'Touchpoints',
    painPoints: 'Pain points',
    momentsOfTruth: 'Moments of truth',
    emotionCurve: 'Emotion curve',
    pyramid: 'CX pyramid',
    warnings: 'Warnings',
    noWarnings: 'No warnings: the base of the pyramid holds.',
    topPainPoints: 'Top pain points',
    noPainPoints: 'No pain points recorded yet.',
    severity: 'Severity',
    touchpoint: 'Touchpoint',
    channelCoverage: 'Channel coverage',
    channel: 'Channel',
    kpis: 'KPIs before and after',
    noKpis: 'No KPIs measured yet.',
    kpi: 'KPI',
    baseline: 'Baseline',
    current: 'Current',
    target: 'Target',
    progress: 'Progress to target',
    opportunities: 'Opportunities',
    noOpportunities: 'No opportunities recorded yet.',
    impact: 'Impact',
    effort: 'Effort',
    status: 'Status',
    owner: 'Owner: {{owner}}',
    missing: '—',
    // Also the English `message` of report --format json: straight quotes, as that contract has them.
    warning: {
      'delight-on-broken-base':
        'Stage "{{stage}}" has delight touchpoints while utility touchpoint "{{touchpoint}}"{{more}} has a pain point of severity {{severity}}: fix the base first.',
      'single-channel-stage':
        'All {{count}} touchpoints of stage "{{stage}}" use one channel ({{channel}}): customers cannot choose how to reach you.',
      'unmeasured-moment-of-truth':
        'Moment of truth "{{touchpoint}}" has no metric: add a KPI to know whether it works.',
    },
    warningMore: {
      one: ' (and {{count}} more utility touchpoint)',
      other: ' (and {{count}} more utility touchpoints)',
    },
  },
} as const;
