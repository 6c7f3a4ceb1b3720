/** A child’s first filling at a family dental practice. */
import en from './files/dental-practice.en.journey?raw';
import zhCN from './files/dental-practice.zh-CN.journey?raw';
import zhTW from './files/dental-practice.zh-TW.journey?raw';
import { TEMPLATE_INFO } from './catalogue';
import { fileTemplate } from './fileTemplate';

export const dentalPractice = fileTemplate({
  ...TEMPLATE_INFO['dental-practice'],
  files: { en, 'zh-CN': zhCN, 'zh-TW': zhTW },
});
