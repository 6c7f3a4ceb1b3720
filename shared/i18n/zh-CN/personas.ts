/** 多个用户画像：旅程面板中的列表、检查器中的评分、曲线图例、地图上的条带。 */
import type { Messages } from '../en';
import type { personas as en } from '../en/personas';

export const personas: Pick<Messages, keyof typeof en> = {
  personas: {
    title: '用户画像',
    none: '还没有用户画像。用户画像说明谁走这段旅程：他们的目标、需求和期望。最多可添加 8 个，并比较他们的情绪曲线。',
    add: '添加用户画像',
    defaultName: '用户画像 {{number}}',
    limit: '一个旅程最多有 {{max}} 个用户画像。请先删除一个再添加。',
    primary: '主要',
    primaryHint: '主要用户画像的评分就是卡片显示的情绪和报告中各阶段的平均值。',
    makePrimary: '将 {{name}} 设为主要用户画像',
    moveUp: '上移 {{name}}',
    moveDown: '下移 {{name}}',
    delete: '删除 {{name}}',
    deleteTitle: '删除用户画像 {{name}}？',
    deleteBody_one: '其对 {{count}} 个触点的评分也会被删除。',
    deleteBody_other: '其对 {{count}} 个触点的评分也会被删除。',
    deleteBodyNone: '其尚未给任何触点评分。',
    deleteConfirm: '删除用户画像',
    curveColor: '曲线颜色',
    color: '{{name}} 的曲线颜色',
    colorAuto: '{{name}} 使用自动颜色',
    unnamed: '未命名用户画像',
    emotionOf: '{{name}} 的情绪',
    legend: '用户画像曲线',
    showCurve: '显示 {{name}} 的曲线',
    band: {
      painPoints: '痛点',
      opportunities: '机会',
      more: '还有 {{n}} 条',
      painPointsAria: '各阶段的痛点',
      opportunitiesAria: '各阶段的机会',
    },
    report: {
      steps: '步骤',
      personas: '用户画像',
      byStage: '各阶段各用户画像的平均情绪',
      rootCauses: '根本原因：严重痛点及其背后的蓝图步骤',
      noRootCauses: '没有严重程度 4 及以上的痛点与前台、后台或支持步骤相连。',
      stepInLane: '{{step}}（{{lane}}）',
      column: {
        persona: '用户画像',
        lowest: '评分最低的触点',
        steps: '前台、后台和支持步骤',
      },
    },
    view: {
      painBand: '显示或隐藏痛点条带',
      opportunityBand: '显示或隐藏机会条带',
    },
  },
};
