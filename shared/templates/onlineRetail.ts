/** A purchase on a large online marketplace, with a late parcel and a return. */
import en from './files/online-retail.en.journey?raw';
import zhCN from './files/online-retail.zh-CN.journey?raw';
import zhTW from './files/online-retail.zh-TW.journey?raw';
import { fileTemplate } from './fileTemplate';

export const onlineRetail = fileTemplate({
  id: 'online-retail',
  name: { en: 'Online retail purchase', 'zh-CN': '电商购物', 'zh-TW': '電商購物' },
  description: {
    en: 'A marketplace purchase: search, compare, one-click checkout, delivery, a return, membership.',
    'zh-CN': '大型电商平台购物：搜索、比较、一键下单、配送、退货、会员。',
    'zh-TW': '大型電商平台購物：搜尋、比較、一鍵下單、配送、退貨、會員。',
  },
  files: { en, 'zh-CN': zhCN, 'zh-TW': zhTW },
});
