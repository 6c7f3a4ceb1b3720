import type { importing as en } from '../en/importing';
import type { Messages } from '../en';

export const importing: Pick<Messages, keyof typeof en> = {
  importing: {
    defaultStage: '階段 1',
    defaultLane: '觸點',
    defaultPersona: '顧客',
  },
};
