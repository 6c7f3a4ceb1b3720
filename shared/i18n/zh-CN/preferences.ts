/** 设置 > 语言与主题。语言名称用各自的语言书写。 */
import type { Messages } from '../en';
import type { preferences as en } from '../en/preferences';

export const preferences: Pick<Messages, keyof typeof en> = {
  language: {
    label: '语言',
    system: '跟随系统',
    en: 'English',
    'zh-CN': '简体中文',
    'zh-TW': '繁體中文',
  },
  theme: {
    label: '主题',
    light: '浅色',
    dark: '深色',
    system: '跟随系统',
  },
};
