/**
 * Display names of the file format's catalogues: the ids stay in the file, these words are
 * what people read. Keys mirror shared/model/catalogues.ts (a test checks none is missing).
 */
export const catalogue = {
  tier: { utility: 'Utility', usability: 'Usability', delight: 'Delight' },
  tierHelp: {
    utility: 'Meets the need: delivered on time, complete, consistent and of value. The base of the pyramid.',
    usability: 'Easy: little friction, simple to find, understand and get done.',
    delight: 'Enjoyable: an emotionally pleasing moment. Worth it only on a working base.',
  },
  channel: {
    website: 'Website',
    'mobile-app': 'Mobile app',
    email: 'Email',
    sms: 'SMS',
    phone: 'Phone',
    'live-chat': 'Live chat',
    chatbot: 'Chatbot',
    'social-media': 'Social media',
    'in-person': 'In person',
    'video-call': 'Video call',
    'self-service': 'Self-service',
    'print-mail': 'Print / mail',
    advertising: 'Advertising',
    'word-of-mouth': 'Word of mouth',
    'review-site': 'Review site',
    delivery: 'Delivery',
    partner: 'Partner',
  },
  kpi: {
    nps: 'Net Promoter Score (NPS)',
    csat: 'Customer satisfaction (CSAT)',
    ces: 'Customer effort score (CES)',
    fcr: 'First-contact resolution (FCR)',
    'service-level': 'Service level',
    'conversion-rate': 'Conversion rate',
    'bounce-rate': 'Bounce rate',
    'cart-abandonment': 'Cart abandonment',
    'average-order-value': 'Average order value',
    'churn-rate': 'Churn rate',
    'repeat-purchase': 'Repeat purchase rate',
    custom: 'Custom metric',
  },
  severity: { 1: 'Minor', 2: 'Moderate', 3: 'Significant', 4: 'Severe', 5: 'Critical' },
  painSource: { direct: 'Direct', indirect: 'Indirect', inferred: 'Inferred' },
  opportunityStatus: { idea: 'Idea', planned: 'Planned', 'in-progress': 'In progress', done: 'Done' },
} as const;
