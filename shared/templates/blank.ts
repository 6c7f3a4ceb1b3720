/** The empty map every workshop can start from. */
import { createTranslator } from '../i18n/translate';
import { createJourney } from '../model/factory';
import type { JourneyTemplate } from './types';

export const blank: JourneyTemplate = {
  id: 'blank',
  name: { en: 'Blank journey', 'zh-CN': '空白旅程', 'zh-TW': '空白旅程' },
  description: {
    en: 'An empty map: add stages and touchpoints yourself.',
    'zh-CN': '一张空白的旅程图，阶段和触点由你自己添加。',
    'zh-TW': '一張空白的旅程圖，階段和觸點由你自行新增。',
  },
  build: ({ lang = 'en', now } = {}) =>
    createJourney({ title: createTranslator(lang)('app.untitled'), ...(now ? { now } : {}) }),
};
