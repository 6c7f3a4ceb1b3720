/**
 * Channel icons as SVG paths on a 24×24 grid, drawn with a 2-unit round stroke and no fill.
 * Paths instead of emoji because emoji fonts are missing from many rasterisers and PDF
 * libraries; the canvas is meant to adopt the same paths.
 */
import type { BuiltInChannelId } from '../model/catalogues';

export const CHANNEL_ICON_GRID = 24;

export const CHANNEL_ICONS: Record<BuiltInChannelId, string> = {
  website: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z M3 12h18 M12 3c3.5 3 3.5 15 0 18 M12 3c-3.5 3-3.5 15 0 18',
  'mobile-app': 'M8 2h8a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2z M11 18h2',
  email: 'M3 6h18v12H3z M3 6l9 7l9-7',
  sms: 'M4 5h16v11H9l-5 4z M8 10.5h.01 M12 10.5h.01 M16 10.5h.01',
  phone: 'M5 4h4l2 5l-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z',
  'live-chat': 'M3 4h12v8H8l-4 3v-3H3z M18 9h3v8h-1v3l-4-3h-6v-2',
  chatbot: 'M5 8h14v11H5z M12 4v4 M12 4h.01 M9 13h.01 M15 13h.01 M9 16h6 M2 12v3 M22 12v3',
  'social-media':
    'M9 11a3 3 0 1 0 0-6a3 3 0 1 0 0 6z M3 20c0-3.5 2.7-6 6-6s6 2.5 6 6 M16 5a3 3 0 0 1 0 6 M17 14c2.5.5 4 2.8 4 6',
  'in-person': 'M3 9l2-5h14l2 5z M4 9v11h16V9 M10 20v-6h4v6',
  'video-call': 'M3 7h12v10H3z M15 10l6-3v10l-6-3',
  'self-service': 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z M15.5 8.5l-2 5l-5 2l2-5z',
  'print-mail': 'M5 3h10l4 4v14H5z M15 3v4h4 M8 11h8 M8 15h8 M8 7h4',
  advertising: 'M3 10v4h3l7 5V5L6 10z M16 9a3 3 0 0 1 0 6 M6 14l1.5 5h3l-1.5-4',
  'word-of-mouth': 'M4 5h16v10H10l-4 4v-4H4z M8 9h8 M8 12h5',
  'review-site': 'M12 3l2.8 5.7l6.2.9l-4.5 4.4l1 6.2L12 17.3l-5.5 2.9l1-6.2L3 9.6l6.2-.9z',
  delivery: 'M2 6h12v10H2z M14 10h4l3 3v3h-7 M6 20a2 2 0 1 0 0-4a2 2 0 1 0 0 4z M17 20a2 2 0 1 0 0-4a2 2 0 1 0 0 4z',
  partner: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1 M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
};

/** For channels a journey defines itself. */
export const GENERIC_CHANNEL_ICON = 'M12 3l9 9l-9 9l-9-9z';

export function channelIconPath(channelId: string): string {
  // hasOwn: a custom channel id such as "constructor" must not reach Object.prototype.
  return Object.hasOwn(CHANNEL_ICONS, channelId) ? CHANNEL_ICONS[channelId as BuiltInChannelId] : GENERIC_CHANNEL_ICON;
}

/** The icon as an SVG element whose top-left corner is at (x, y), `size` pixels square. */
export function channelIconSvg(channelId: string, x: number, y: number, size: number, color: string): string {
  const scale = Math.round((size / CHANNEL_ICON_GRID) * 10000) / 10000;
  return `<path d="${channelIconPath(channelId)}" transform="translate(${x} ${y}) scale(${scale})" fill="none" stroke="${color}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`;
}
