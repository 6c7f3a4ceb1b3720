/**
 * What the template pickers show before a template is built: each template's id, name and
 * one-line description in every UI language. Kept apart from the template files so the window
 * can list the templates at start without loading them (the files load on first need).
 */
import type { TemplateInfo } from './types';

export const TEMPLATE_INFO = {
  blank: {
    id: 'blank',
    name: { en: 'Blank journey', 'zh-CN': '空白旅程', 'zh-TW': '空白旅程' },
    description: {
      en: 'An empty map: add stages and touchpoints yourself.',
      'zh-CN': '一张空白的旅程图，阶段和触点由你自己添加。',
      'zh-TW': '一張空白的旅程圖，階段和觸點由你自行新增。',
    },
  },
  'journey-map': {
    id: 'journey-map',
    name: { en: 'Journey map lanes', 'zh-CN': '旅程图泳道', 'zh-TW': '旅程圖泳道' },
    description: {
      en: 'An empty map with three lanes: customer actions, touchpoints, thoughts and quotes.',
      'zh-CN': '一张空白地图，带三条泳道：客户行为、触点、想法与原话。',
      'zh-TW': '一張空白地圖，附三條泳道：顧客行為、接觸點、想法與原話。',
    },
  },
  'service-blueprint': {
    id: 'service-blueprint',
    name: { en: 'Service blueprint lanes', 'zh-CN': '服务蓝图泳道', 'zh-TW': '服務藍圖泳道' },
    description: {
      en: 'An empty blueprint: customer actions, touchpoints, frontstage, backstage, support, evidence.',
      'zh-CN': '一张空白蓝图：客户行为、触点、前台、后台、支持流程、有形证据。',
      'zh-TW': '一張空白藍圖：顧客行為、接觸點、前台、後台、支援流程、實體證據。',
    },
  },
  restaurant: {
    id: 'restaurant',
    name: { en: 'Restaurant visit', 'zh-CN': '餐厅用餐', 'zh-TW': '餐廳用餐' },
    description: {
      en: 'A Lebanese restaurant with a clear mission: discover, book, arrive, eat, pay, review.',
      'zh-CN': '一家使命清晰的黎巴嫩餐厅：发现、订位、到店、用餐、结账、评价。',
      'zh-TW': '一家使命明確的黎巴嫩餐廳：發現、訂位、抵達、用餐、結帳、評論。',
    },
  },
  'online-retail': {
    id: 'online-retail',
    name: { en: 'Online retail purchase', 'zh-CN': '电商购物', 'zh-TW': '電商購物' },
    description: {
      en: 'A marketplace purchase: search, compare, one-click checkout, delivery, a return, membership.',
      'zh-CN': '大型电商平台购物：搜索、比较、一键下单、配送、退货、会员。',
      'zh-TW': '大型電商平台購物：搜尋、比較、一鍵下單、配送、退貨、會員。',
    },
  },
  'b2b-saas': {
    id: 'b2b-saas',
    name: { en: 'B2B SaaS sale and onboarding', 'zh-CN': 'B2B SaaS 销售与上线', 'zh-TW': 'B2B SaaS 銷售與導入' },
    description: {
      en: 'From a hundred questions before the deal to demo, trial, deployment, support and renewal.',
      'zh-CN': '从签约前的上百个问题，到演示、试用、实施上线、售后支持和续约。',
      'zh-TW': '從簽約前的上百個問題，到展示、試用、導入上線、售後支援和續約。',
    },
  },
  'dental-practice': {
    id: 'dental-practice',
    name: { en: 'Dental practice visit', 'zh-CN': '口腔诊所就诊', 'zh-TW': '牙醫診所看診' },
    description: {
      en: 'Booking, a waiting room that under-promises, a child’s treatment, small gifts and follow-up.',
      'zh-CN': '预约、“少承诺多兑现”的候诊、儿童治疗、小礼物和回访。',
      'zh-TW': '預約、「少承諾多兌現」的候診、兒童治療、小禮物和追蹤關懷。',
    },
  },
  'contact-centre': {
    id: 'contact-centre',
    name: { en: 'Contact-centre support case', 'zh-CN': '客服中心工单处理', 'zh-TW': '客服中心案件處理' },
    description: {
      en: 'A fault reported through self-service, chatbot, email, social media and phone, fixed on site.',
      'zh-CN': '一次故障报修，经过自助服务、智能客服、邮件、社交媒体和电话，最后上门修复。',
      'zh-TW': '一次故障報修，經過自助服務、聊天機器人、電子郵件、社群媒體和電話，最後到府修復。',
    },
  },
} as const satisfies Record<string, TemplateInfo>;

/** Every template in the order the pickers list them (the order of TEMPLATES). */
export const TEMPLATE_LIST: readonly TemplateInfo[] = Object.values(TEMPLATE_INFO);
