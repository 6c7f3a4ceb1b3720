/** 檔案格式中各目錄項目的顯示名稱：層級、管道、KPI、嚴重程度、來源、狀態。 */
import type { Messages } from '../en';
import type { catalogue as en } from '../en/catalogue';

export const catalogue: Pick<Messages, keyof typeof en> = {
  tier: { utility: '實用', usability: '易用', delight: '愉悅' },
  tierHelp: {
    utility: '滿足需求：準時、完整、一致地交付，物有所值。這是金字塔的基礎。',
    usability: '易用：減少摩擦，容易找到、容易理解、容易完成。',
    delight: '愉悅：在情感上打動客戶的時刻。唯有基礎穩固時才值得投入。',
  },
  channel: {
    website: '網站',
    'mobile-app': '行動應用程式',
    email: '電子郵件',
    sms: '簡訊',
    phone: '電話',
    'live-chat': '線上客服',
    chatbot: '聊天機器人',
    'social-media': '社群媒體',
    'in-person': '面對面',
    'video-call': '視訊通話',
    'self-service': '自助服務',
    'print-mail': '印刷品 / 郵寄',
    advertising: '廣告',
    'word-of-mouth': '口碑',
    'review-site': '評論網站',
    delivery: '配送',
    partner: '合作夥伴',
  },
  kpi: {
    nps: '淨推薦值（NPS）',
    csat: '客戶滿意度（CSAT）',
    ces: '客戶費力度（CES）',
    fcr: '首次聯繫解決率（FCR）',
    'service-level': '服務水準',
    'conversion-rate': '轉換率',
    'bounce-rate': '跳出率',
    'cart-abandonment': '購物車放棄率',
    'average-order-value': '平均訂單金額',
    'churn-rate': '流失率',
    'repeat-purchase': '回購率',
    custom: '自訂指標',
  },
  severity: { 1: '輕微', 2: '一般', 3: '較重', 4: '嚴重', 5: '致命' },
  painSource: { direct: '直接來源', indirect: '間接來源', inferred: '推斷來源' },
  opportunityStatus: { idea: '構想', planned: '已規劃', 'in-progress': '進行中', done: '已完成' },
};
