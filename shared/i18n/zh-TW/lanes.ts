/** 泳道（地圖的列）、泳道類型和其中的步驟。 */
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
  },
};
