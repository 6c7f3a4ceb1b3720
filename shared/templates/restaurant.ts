/** A group dinner at a Lebanese restaurant built around its mission. */
import en from './files/restaurant.en.journey?raw';
import zhCN from './files/restaurant.zh-CN.journey?raw';
import zhTW from './files/restaurant.zh-TW.journey?raw';
import { fileTemplate } from './fileTemplate';

export const restaurant = fileTemplate({
  id: 'restaurant',
  name: { en: 'Restaurant visit', 'zh-CN': '餐厅用餐', 'zh-TW': '餐廳用餐' },
  description: {
    en: 'A Lebanese restaurant with a clear mission: discover, book, arrive, eat, pay, review.',
    'zh-CN': '一家使命清晰的黎巴嫩餐厅：发现、订位、到店、用餐、结账、评价。',
    'zh-TW': '一家使命明確的黎巴嫩餐廳：發現、訂位、抵達、用餐、結帳、評論。',
  },
  files: { en, 'zh-CN': zhCN, 'zh-TW': zhTW },
});
