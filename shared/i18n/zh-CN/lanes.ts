/** 泳道（地图的行）、泳道类型、蓝图的分界线和其中的步骤。 */
import type { Messages } from '../en';
import type { lanes as en } from '../en/lanes';

export const lanes: Pick<Messages, keyof typeof en> = {
  lanes: {
    kind: {
      touchpoints: '触点',
      actions: '客户行为',
      thoughts: '想法与原话',
      frontstage: '前台',
      backstage: '后台',
      support: '支持流程',
      evidence: '有形证据',
      notes: '备注',
    },
    line: {
      interaction: '互动分界线',
      visibility: '可视分界线',
      internal: '内部互动分界线',
    },
    header: '泳道 {{name}}',
    name: '泳道名称',
    kindLabel: '泳道 {{name}} 的类型',
    moveUp: '上移泳道 {{name}}',
    moveDown: '下移泳道 {{name}}',
    delete: '删除泳道 {{name}}',
    addTitle: '添加泳道',
    addBody: '添加哪种泳道？触点泳道放触点，其他类型的泳道放步骤。',
    deleteTitle: '删除泳道“{{name}}”？',
    deleteBody_one: '其中有 1 张卡片。移到另一条泳道，还是一并删除？',
    deleteBody_other: '其中有 {{count}} 张卡片。移到另一条泳道，还是一并删除？',
    moveCardsTo: '移到“{{name}}”',
    deleteCards_one: '一并删除这张卡片',
    deleteCards_other: '一并删除这 {{count}} 张卡片',
    refused: {
      'last-touchpoint-lane': '旅程至少需要一条触点泳道：“{{name}}”是最后一条，不能删除。',
      'holds-touchpoints': '“{{name}}”里有触点，只有触点泳道能放触点：请先移走它们。',
      'holds-steps': '“{{name}}”里有步骤，触点泳道不能放步骤：请先移走它们。',
      'too-many-lanes': '一个旅程最多 20 条泳道。',
      'incompatible-lane': '卡片只能移到放同类卡片的泳道。',
      'unknown-lane': '这条泳道已不存在。',
    },
    noStepLane: '请先添加一条放步骤的泳道（客户行为、前台、后台……）：步骤不放在触点泳道里。',
  },
  step: {
    card: '步骤 {{title}}',
    title: '标题',
    description: '描述',
    owner: '负责人',
    stage: '阶段',
    lane: '泳道',
    untitled: '未命名步骤',
    formTitle: '步骤',
  },
};
