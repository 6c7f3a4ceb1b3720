/** 設定 > 語言與主題。語言名稱以各自的語言書寫。 */
import type { Messages } from '../en';
import type { preferences as en } from '../en/preferences';

export const preferences: Pick<Messages, keyof typeof en> = {
  language: {
    label: '語言',
    system: '跟隨系統',
    en: 'English',
    'zh-CN': '简体中文',
    'zh-TW': '繁體中文',
  },
  theme: {
    label: '主題',
    light: '淺色',
    dark: '深色',
    system: '跟隨系統',
  },
};
