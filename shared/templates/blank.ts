/** The empty map every workshop can start from. */
import { createJourney } from '../model/factory';
import type { JourneyTemplate } from './types';

const UNTITLED = { en: 'Untitled journey', 'zh-CN': '未命名旅程', 'zh-TW': '未命名旅程' } as const;

export const blank: JourneyTemplate = {
  id: 'blank',
  name: { en: 'Blank journey', 'zh-CN': '空白旅程', 'zh-TW': '空白旅程' },
  description: {
    en: 'An empty map: add stages and touchpoints yourself.',
    'zh-CN': '一张空白的旅程图，阶段和触点由你自己添加。',
    'zh-TW': '一張空白的旅程圖，階段和觸點由你自行新增。',
  },
  build: ({ lang = 'en', now } = {}) => createJourney({ title: UNTITLED[lang], ...(now ? { now } : {}) }),
};
