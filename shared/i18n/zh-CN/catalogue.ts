/** 文件格式中各目录项的显示名称：层级、渠道、KPI、严重程度、来源、状态。 */
import type { Messages } from '../en';
import type { catalogue as en } from '../en/catalogue';

export const catalogue: Pick<Messages, keyof typeof en> = {
  tier: { utility: '实用', usability: '易用', delight: '愉悦' },
  tierHelp: {
    utility: '满足需求：按时、完整、一致地交付，物有所值。这是金字塔的基础。',
    usability: '易用：减少摩擦，容易找到、容易理解、容易办成。',
    delight: '愉悦：在情感上打动客户的时刻。只有基础牢固时才值得投入。',
  },
  channel: {
    website: '网站',
    'mobile-app': '移动应用',
    email: '电子邮件',
    sms: '短信',
    phone: '电话',
    'live-chat': '在线客服',
    chatbot: '聊天机器人',
    'social-media': '社交媒体',
    'in-person': '线下面对面',
    'video-call': '视频通话',
    'self-service': '自助服务',
    'print-mail': '印刷品 / 邮寄',
    advertising: '广告',
    'word-of-mouth': '口碑',
    'review-site': '点评网站',
    delivery: '配送',
    partner: '合作伙伴',
  },
  kpi: {
    nps: '净推荐值（NPS）',
    csat: '客户满意度（CSAT）',
    ces: '客户费力度（CES）',
    fcr: '首次联络解决率（FCR）',
    'service-level': '服务水平',
    'conversion-rate': '转化率',
    'bounce-rate': '跳出率',
    'cart-abandonment': '购物车放弃率',
    'average-order-value': '平均订单金额',
    'churn-rate': '流失率',
    'repeat-purchase': '复购率',
    custom: '自定义指标',
  },
  severity: { 1: '轻微', 2: '一般', 3: '较重', 4: '严重', 5: '致命' },
  painSource: { direct: '直接来源', indirect: '间接来源', inferred: '推断来源' },
  opportunityStatus: { idea: '构想', planned: '已计划', 'in-progress': '进行中', done: '已完成' },
};
