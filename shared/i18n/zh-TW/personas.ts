/** 多個人物誌：旅程面板中的清單、檢查器中的評分、曲線圖例、地圖上的條帶。 */
import type { Messages } from '../en';
import type { personas as en } from '../en/personas';

export const personas: Pick<Messages, keyof typeof en> = {
  personas: {
    title: '人物誌',
    none: '還沒有人物誌。人物誌說明誰走這段旅程：他們的目標、需求和期望。最多可新增 8 個，並比較他們的情緒曲線。',
    add: '新增人物誌',
    defaultName: '人物誌 {{number}}',
    limit: '一個旅程最多有 {{max}} 個人物誌。請先刪除一個再新增。',
    primary: '主要',
    primaryHint: '主要人物誌的評分就是卡片顯示的情緒和報告中各階段的平均值。',
    makePrimary: '將 {{name}} 設為主要人物誌',
    moveUp: '上移 {{name}}',
    moveDown: '下移 {{name}}',
    delete: '刪除 {{name}}',
    deleteTitle: '刪除人物誌 {{name}}？',
    deleteBody_one: '其對 {{count}} 個觸點的評分也會被刪除。',
    deleteBody_other: '其對 {{count}} 個觸點的評分也會被刪除。',
    deleteBodyNone: '其尚未為任何觸點評分。',
    deleteConfirm: '刪除人物誌',
    curveColor: '曲線顏色',
    color: '{{name}} 的曲線顏色',
    colorAuto: '{{name}} 使用自動顏色',
    unnamed: '未命名人物誌',
    emotionOf: '{{name}} 的情緒',
    legend: '人物誌曲線',
    showCurve: '顯示 {{name}} 的曲線',
    band: {
      painPoints: '痛點',
      opportunities: '機會',
      more: '還有 {{n}} 條',
      painPointsAria: '各階段的痛點',
      opportunitiesAria: '各階段的機會',
    },
    report: {
      steps: '步驟',
      personas: '人物誌',
      byStage: '各階段各人物誌的平均情緒',
      rootCauses: '根本原因：嚴重痛點及其背後的藍圖步驟',
      noRootCauses: '沒有嚴重程度 4 以上的痛點與前台、後台或支援步驟相連。',
      stepInLane: '{{step}}（{{lane}}）',
      column: {
        persona: '人物誌',
        lowest: '評分最低的觸點',
        steps: '前台、後台和支援步驟',
      },
    },
    view: {
      painBand: '顯示或隱藏痛點條帶',
      opportunityBand: '顯示或隱藏機會條帶',
    },
  },
};
