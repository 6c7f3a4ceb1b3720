/** A B2B software sale, from the first question to deployment, support and renewal. */
import en from './files/b2b-saas.en.journey?raw';
import zhCN from './files/b2b-saas.zh-CN.journey?raw';
import zhTW from './files/b2b-saas.zh-TW.journey?raw';
import { fileTemplate } from './fileTemplate';

export const b2bSaas = fileTemplate({
  id: 'b2b-saas',
  name: { en: 'B2B SaaS sale and onboarding', 'zh-CN': 'B2B SaaS 销售与上线', 'zh-TW': 'B2B SaaS 銷售與導入' },
  description: {
    en: 'From a hundred questions before the deal to demo, trial, deployment, support and renewal.',
    'zh-CN': '从签约前的上百个问题，到演示、试用、实施上线、售后支持和续约。',
    'zh-TW': '從簽約前的上百個問題，到展示、試用、導入上線、售後支援和續約。',
  },
  files: { en, 'zh-CN': zhCN, 'zh-TW': zhTW },
});
