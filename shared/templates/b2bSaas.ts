/** A B2B software sale, from the first question to deployment, support and renewal. */
import en from './files/b2b-saas.en.journey?raw';
import zhCN from './files/b2b-saas.zh-CN.journey?raw';
import zhTW from './files/b2b-saas.zh-TW.journey?raw';
import { TEMPLATE_INFO } from './catalogue';
import { fileTemplate } from './fileTemplate';

export const b2bSaas = fileTemplate({
  ...TEMPLATE_INFO['b2b-saas'],
  files: { en, 'zh-CN': zhCN, 'zh-TW': zhTW },
});
