/** 泳道（地图的行）、泳道类型和其中的步骤。 */
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
  },
};
