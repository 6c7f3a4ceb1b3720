/** A purchase on a large online marketplace, with a late parcel and a return. */
import en from './files/online-retail.en.journey?raw';
import zhCN from './files/online-retail.zh-CN.journey?raw';
import zhTW from './files/online-retail.zh-TW.journey?raw';
import { TEMPLATE_INFO } from './catalogue';
import { fileTemplate } from './fileTemplate';

export const onlineRetail = fileTemplate({
  ...TEMPLATE_INFO['online-retail'],
  files: { en, 'zh-CN': zhCN, 'zh-TW': zhTW },
});
