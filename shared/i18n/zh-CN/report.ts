import type { report as en } from '../en/report';
import type { Messages } from '../en';

type Area = Pick<Messages, keyof typeof en>;

export const report: Area = {
  report: {
    label: '客户体验报告',
    close: '返回编辑器',
    totals: '总计',
    stages: '阶段',
    touchpoints: '触点',
    painPoints: '痛点',
    momentsOfTruth: '关键时刻',
    emotionCurve: '情绪曲线',
    pyramid: '客户体验金字塔',
    warnings: '警示',
    noWarnings: '没有警示：金字塔的基础是稳固的。',
    topPainPoints: '主要痛点',
    noPainPoints: '尚未记录痛点。',
    severity: '严重程度',
    touchpoint: '触点',
    channelCoverage: '渠道覆盖',
    channel: '渠道',
    kpis: '关键指标：改进前后',
    noKpis: '尚未衡量任何关键指标。',
    kpi: '指标',
    baseline: '基线',
    current: '当前',
    target: '目标',
    progress: '目标达成进度',
    opportunities: '改进机会',
    noOpportunities: '尚未记录改进机会。',
    impact: '影响',
    effort: '投入',
    status: '状态',
    owner: '负责人：{{owner}}',
    missing: '—',
    warning: {
      'delight-on-broken-base':
        '阶段“{{stage}}”中有愉悦型触点，但实用型触点“{{touchpoint}}”{{more}}有严重程度为 {{severity}} 的痛点：请先修好基础。',
      'single-channel-stage':
        '阶段“{{stage}}”的全部 {{count}} 个触点都使用同一个渠道（{{channel}}）：客户无法选择联系方式。',
      'unmeasured-moment-of-truth': '关键时刻“{{touchpoint}}”没有衡量指标：请添加关键指标，才能知道它是否有效。',
    },
    warningMore: {
      one: '（另有 {{count}} 个实用型触点）',
      other: '（另有 {{count}} 个实用型触点）',
    },
  },
};
