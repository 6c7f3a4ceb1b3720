/** 側邊面板的框架（分頁）以及「旅程」與「階段」頁。 */
import type { Messages } from '../en';
import type { panels as en } from '../en/panels';

export const panels: Pick<Messages, keyof typeof en> = {
  panels: {
    label: '側邊面板',
    collapse: '隱藏側邊欄',
    expand: '顯示側邊欄',
    tabs: '面板',
    tab: { touchpoint: '觸點', journey: '旅程', stages: '階段' },
  },
  journeyPanel: { title: '標題', description: '描述' },
  personaForm: {
    name: '名稱',
    description: '描述',
    goals: {
      title: '目標',
      empty: '尚無目標。',
      item: '目標 {{number}}',
      add: '新增目標',
      remove: '移除目標 {{number}}',
    },
    needs: {
      title: '需求',
      empty: '尚無需求。',
      item: '需求 {{number}}',
      add: '新增需求',
      remove: '移除需求 {{number}}',
    },
    expectations: {
      title: '期望',
      empty: '尚無期望。',
      item: '期望 {{number}}',
      add: '新增期望',
      remove: '移除期望 {{number}}',
    },
  },
  stagesPanel: {
    none: '尚無階段。',
    howToAdd: '使用工具列中的「新增階段」，每個階段會成為地圖上的一欄。',
    intro: '階段依旅程順序排列。為每個階段命名，並寫下客戶在這個階段想要什麼。',
    item: '階段 {{number}}',
    untitled: '階段 {{number}}',
    touchpointCount_one: '{{count}} 個觸點',
    touchpointCount_other: '{{count}} 個觸點',
    name: '名稱',
    description: '描述',
    customerGoal: '客戶目標',
  },
};
