import type { report as en } from '../en/report';
import type { Messages } from '../en';

type Area = Pick<Messages, keyof typeof en>;

export const report: Area = {
  report: {
    label: '客戶體驗報告',
    close: '返回編輯器',
    totals: '總計',
    stages: '階段',
    touchpoints: '觸點',
    painPoints: '痛點',
    momentsOfTruth: '關鍵時刻',
    emotionCurve: '情緒曲線',
    pyramid: '客戶體驗金字塔',
    warnings: '警示',
    noWarnings: '沒有警示：金字塔的基礎是穩固的。',
    topPainPoints: '主要痛點',
    noPainPoints: '尚未記錄痛點。',
    severity: '嚴重程度',
    touchpoint: '觸點',
    channelCoverage: '管道覆蓋',
    channel: '管道',
    kpis: '關鍵指標：改善前後',
    noKpis: '尚未衡量任何關鍵指標。',
    kpi: '指標',
    baseline: '基準',
    current: '目前',
    target: '目標',
    progress: '目標達成進度',
    opportunities: '改善機會',
    noOpportunities: '尚未記錄改善機會。',
    impact: '影響',
    effort: '投入',
    status: '狀態',
    owner: '負責人：{{owner}}',
    missing: '—',
    warning: {
      'delight-on-broken-base':
        '階段「{{stage}}」中有愉悅型觸點，但實用型觸點「{{touchpoint}}」{{more}}有嚴重程度為 {{severity}} 的痛點：請先修好基礎。',
      'single-channel-stage':
        '階段「{{stage}}」的全部 {{count}} 個觸點都使用同一個管道（{{channel}}）：客戶無法選擇聯絡方式。',
      'unmeasured-moment-of-truth': '關鍵時刻「{{touchpoint}}」沒有衡量指標：請加上關鍵指標，才能知道它是否有效。',
    },
    warningMore: {
      one: '（另有 {{count}} 個實用型觸點）',
      other: '（另有 {{count}} 個實用型觸點）',
    },
  },
};
