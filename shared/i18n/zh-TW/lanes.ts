/** 泳道（地圖的列）、泳道類型、藍圖的分界線和其中的步驟。 */
import type { Messages } from '../en';
import type { lanes as en } from '../en/lanes';

export const lanes: Pick<Messages, keyof typeof en> = {
  lanes: {
    kind: {
      touchpoints: '接觸點',
      actions: '顧客行為',
      thoughts: '想法與原話',
      frontstage: '前台',
      backstage: '後台',
      support: '支援流程',
      evidence: '實體證據',
      notes: '備註',
    },
    line: {
      interaction: '互動分界線',
      visibility: '可視分界線',
      internal: '內部互動分界線',
    },
    header: '泳道 {{name}}',
    name: '泳道名稱',
    kindLabel: '泳道 {{name}} 的類型',
    moveUp: '上移泳道 {{name}}',
    moveDown: '下移泳道 {{name}}',
    delete: '刪除泳道 {{name}}',
    addTitle: '新增泳道',
    addBody: '新增哪種泳道？接觸點泳道放接觸點，其他類型的泳道放步驟。',
    deleteTitle: '刪除泳道「{{name}}」？',
    deleteBody_one: '其中有 1 張卡片。移到另一條泳道，還是一併刪除？',
    deleteBody_other: '其中有 {{count}} 張卡片。移到另一條泳道，還是一併刪除？',
    moveCardsTo: '移到「{{name}}」',
    deleteCards_one: '一併刪除這張卡片',
    deleteCards_other: '一併刪除這 {{count}} 張卡片',
    refused: {
      'last-touchpoint-lane': '旅程至少需要一條接觸點泳道：「{{name}}」是最後一條，不能刪除。',
      'holds-touchpoints': '「{{name}}」裡有接觸點，只有接觸點泳道能放接觸點：請先移走它們。',
      'holds-steps': '「{{name}}」裡有步驟，接觸點泳道不能放步驟：請先移走它們。',
      'too-many-lanes': '一個旅程最多 20 條泳道。',
      'incompatible-lane': '卡片只能移到放同類卡片的泳道。',
      'unknown-lane': '這條泳道已不存在。',
    },
    noStepLane: '請先新增一條放步驟的泳道（顧客行為、前台、後台……）：步驟不放在接觸點泳道裡。',
  },
  step: {
    card: '步驟 {{title}}',
    title: '標題',
    description: '描述',
    owner: '負責人',
    stage: '階段',
    lane: '泳道',
    untitled: '未命名步驟',
    formTitle: '步驟',
  },
};
