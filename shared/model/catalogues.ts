/** Built-in catalogues of the file format (docs/format.md). Ids are part of the format; names are display defaults. */

export const BUILT_IN_CHANNELS = [
  { id: 'website', name: 'Website', icon: '🌐' },
  { id: 'mobile-app', name: 'Mobile app', icon: '📱' },
  { id: 'email', name: 'Email', icon: '✉️' },
  { id: 'sms', name: 'SMS', icon: '💬' },
  { id: 'phone', name: 'Phone', icon: '📞' },
  { id: 'live-chat', name: 'Live chat', icon: '🗨️' },
  { id: 'chatbot', name: 'Chatbot', icon: '🤖' },
  { id: 'social-media', name: 'Social media', icon: '👥' },
  { id: 'in-person', name: 'In person', icon: '🏬' },
  { id: 'video-call', name: 'Video call', icon: '🎥' },
  { id: 'self-service', name: 'Self-service', icon: '🧭' },
  { id: 'print-mail', name: 'Print / mail', icon: '📰' },
  { id: 'advertising', name: 'Advertising', icon: '📣' },
  { id: 'word-of-mouth', name: 'Word of mouth', icon: '🗣️' },
  { id: 'review-site', name: 'Review site', icon: '⭐' },
  { id: 'delivery', name: 'Delivery', icon: '🚚' },
  { id: 'partner', name: 'Partner', icon: '🤝' },
] as const;

export type BuiltInChannelId = (typeof BUILT_IN_CHANNELS)[number]['id'];
export const BUILT_IN_CHANNEL_IDS: readonly string[] = BUILT_IN_CHANNELS.map((c) => c.id);

export const KPIS = [
  { id: 'nps', name: 'Net Promoter Score', unit: 'score' },
  { id: 'csat', name: 'Customer satisfaction (CSAT)', unit: '%' },
  { id: 'ces', name: 'Customer effort score (CES)', unit: 'score' },
  { id: 'fcr', name: 'First-contact resolution', unit: '%' },
  { id: 'service-level', name: 'Service level', unit: '%' },
  { id: 'conversion-rate', name: 'Conversion rate', unit: '%' },
  { id: 'bounce-rate', name: 'Bounce rate', unit: '%' },
  { id: 'cart-abandonment', name: 'Cart abandonment', unit: '%' },
  { id: 'average-order-value', name: 'Average order value', unit: 'currency' },
  { id: 'churn-rate', name: 'Churn rate', unit: '%' },
  { id: 'repeat-purchase', name: 'Repeat purchase rate', unit: '%' },
  { id: 'custom', name: 'Custom metric', unit: '' },
] as const;

export type KpiId = (typeof KPIS)[number]['id'];
export const KPI_IDS = KPIS.map((k) => k.id) as [KpiId, ...KpiId[]];

/** CX pyramid, bottom to top: an organisation builds from utility upwards. */
export const TIERS = ['utility', 'usability', 'delight'] as const;
export type Tier = (typeof TIERS)[number];

export const PAIN_SOURCES = ['direct', 'indirect', 'inferred'] as const;
export type PainSource = (typeof PAIN_SOURCES)[number];

export const OPPORTUNITY_STATUSES = ['idea', 'planned', 'in-progress', 'done'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;
export const SEVERITY_MIN = 1;
export const SEVERITY_MAX = 5;
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

/** Display name of a channel id: built-in name, else the journey's custom channel name, else the id. */
export function channelName(id: string, custom: readonly { id: string; name: string }[] = []): string {
  const builtIn = BUILT_IN_CHANNELS.find((c) => c.id === id);
  if (builtIn) return builtIn.name;
  return custom.find((c) => c.id === id)?.name ?? id;
}

export function kpiName(id: string): string {
  return KPIS.find((k) => k.id === id)?.name ?? id;
}
