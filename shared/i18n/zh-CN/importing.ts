import type { importing as en } from '../en/importing';
import type { Messages } from '../en';

export const importing: Pick<Messages, keyof typeof en> = {
  importing: {
    defaultStage: '阶段 1',
    defaultLane: '触点',
    defaultPersona: '顾客',
  },
};
