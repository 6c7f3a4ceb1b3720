/** A child’s first filling at a family dental practice. */
import en from './files/dental-practice.en.journey?raw';
import zhCN from './files/dental-practice.zh-CN.journey?raw';
import zhTW from './files/dental-practice.zh-TW.journey?raw';
import { fileTemplate } from './fileTemplate';

export const dentalPractice = fileTemplate({
  id: 'dental-practice',
  name: { en: 'Dental practice visit', 'zh-CN': '口腔诊所就诊', 'zh-TW': '牙醫診所看診' },
  description: {
    en: 'Booking, a waiting room that under-promises, a child’s treatment, small gifts and follow-up.',
    'zh-CN': '预约、“少承诺多兑现”的候诊、儿童治疗、小礼物和回访。',
    'zh-TW': '預約、「少承諾多兌現」的候診、兒童治療、小禮物和追蹤關懷。',
  },
  files: { en, 'zh-CN': zhCN, 'zh-TW': zhTW },
});
