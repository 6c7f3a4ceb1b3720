/** 侧边面板的框架（标签页）以及“旅程”和“阶段”页。 */
import type { Messages } from '../en';
import type { panels as en } from '../en/panels';

export const panels: Pick<Messages, keyof typeof en> = {
  panels: {
    label: '侧边面板',
    collapse: '隐藏侧边栏',
    expand: '显示侧边栏',
    tabs: '面板',
    tab: { touchpoint: '触点', journey: '旅程', stages: '阶段' },
  },
  journeyPanel: { title: '标题', description: '描述' },
  personaForm: {
    name: '姓名',
    description: '描述',
    goals: {
      title: '目标',
      empty: '暂无目标。',
      item: '目标 {{number}}',
      add: '添加目标',
      remove: '删除目标 {{number}}',
    },
    needs: {
      title: '需求',
      empty: '暂无需求。',
      item: '需求 {{number}}',
      add: '添加需求',
      remove: '删除需求 {{number}}',
    },
    expectations: {
      title: '期望',
      empty: '暂无期望。',
      item: '期望 {{number}}',
      add: '添加期望',
      remove: '删除期望 {{number}}',
    },
  },
  stagesPanel: {
    none: '暂无阶段。',
    howToAdd: '使用工具栏中的“添加阶段”，每个阶段会成为地图上的一列。',
    intro: '阶段按旅程顺序排列。为每个阶段命名，并写下客户在这一阶段想要什么。',
    item: '阶段 {{number}}',
    untitled: '阶段 {{number}}',
    touchpointCount_one: '{{count}} 个触点',
    touchpointCount_other: '{{count}} 个触点',
    name: '名称',
    description: '描述',
    customerGoal: '客户目标',
  },
};
