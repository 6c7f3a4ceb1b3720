/** A support case that crosses every contact-centre channel before it is fixed. */
import en from './files/contact-centre.en.journey?raw';
import zhCN from './files/contact-centre.zh-CN.journey?raw';
import zhTW from './files/contact-centre.zh-TW.journey?raw';
import { fileTemplate } from './fileTemplate';

export const contactCentre = fileTemplate({
  id: 'contact-centre',
  name: { en: 'Contact-centre support case', 'zh-CN': '客服中心工单处理', 'zh-TW': '客服中心案件處理' },
  description: {
    en: 'A fault reported through self-service, chatbot, email, social media and phone, fixed on site.',
    'zh-CN': '一次故障报修，经过自助服务、智能客服、邮件、社交媒体和电话，最后上门修复。',
    'zh-TW': '一次故障報修，經過自助服務、聊天機器人、電子郵件、社群媒體和電話，最後到府修復。',
  },
  files: { en, 'zh-CN': zhCN, 'zh-TW': zhTW },
});
