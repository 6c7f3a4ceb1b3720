/** A group dinner at a Lebanese restaurant built around its mission. */
import en from './files/restaurant.en.journey?raw';
import zhCN from './files/restaurant.zh-CN.journey?raw';
import zhTW from './files/restaurant.zh-TW.journey?raw';
import { TEMPLATE_INFO } from './catalogue';
import { fileTemplate } from './fileTemplate';

export const restaurant = fileTemplate({
  ...TEMPLATE_INFO.restaurant,
  files: { en, 'zh-CN': zhCN, 'zh-TW': zhTW },
});
