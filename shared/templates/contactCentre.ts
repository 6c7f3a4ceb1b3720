/** A support case that crosses every contact-centre channel before it is fixed. */
import en from './files/contact-centre.en.journey?raw';
import zhCN from './files/contact-centre.zh-CN.journey?raw';
import zhTW from './files/contact-centre.zh-TW.journey?raw';
import { TEMPLATE_INFO } from './catalogue';
import { fileTemplate } from './fileTemplate';

export const contactCentre = fileTemplate({
  ...TEMPLATE_INFO['contact-centre'],
  files: { en, 'zh-CN': zhCN, 'zh-TW': zhTW },
});
