/**
 * Join links (docs/workshop.md): `http://<host>:<port>/#join=<room token>`. The token rides in
 * the fragment, which the browser never sends to a server; the sync endpoint is /workshop on
 * the page's own origin. Pure: the renderer reads links with it, and the desktop app's socket
 * tunnel (main process) opens only addresses `workshopSyncUrl` accepts.
 */
export const JOIN_PARAMETER = 'join';
export const SYNC_PATH = '/workshop';
export const LEAD_PARAMETER = 'lead';
/** What a room token looks like: 32 bytes in base64url. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface WorkshopLink {
  /** The WebSocket address of the host's sync endpoint. */
  syncUrl: string;
  token: string;
  /** The host's editor address (its origin). */
  origin: string;
  /** The facilitator's second token, from the `facilitate:` link (`&lead=`). */
  lead?: string;
}

export type ParsedLink = { kind: 'none' } | { kind: 'invalid' } | { kind: 'link'; link: WorkshopLink };

/**
 * Reads a join link: a whole URL (File > Join workshop) or the page's own address. `none` when
 * the address is no join link at all; `invalid` when it is one with a missing or malformed token
 * (the page then says so instead of showing a map).
 */
export function parseJoinLink(address: string): ParsedLink {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return { kind: 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'invalid' };
  const fragment = new URLSearchParams(url.hash.replace(/^#/, ''));
  if (!fragment.has(JOIN_PARAMETER)) return { kind: 'none' };
  const token = fragment.get(JOIN_PARAMETER) ?? '';
  if (!TOKEN_PATTERN.test(token)) return { kind: 'invalid' };
  const lead = fragment.get(LEAD_PARAMETER);
  if (lead !== null && !TOKEN_PATTERN.test(lead)) return { kind: 'invalid' };
  const socketProtocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return {
    kind: 'link',
    link: {
      syncUrl: `${socketProtocol}//${url.host}${SYNC_PATH}`,
      token,
      origin: url.origin,
      ...(lead !== null ? { lead } : {}),
    },
  };
}

/**
 * The sync endpoint address a join link produces (`ws:` or `wss:`, a host, `/workshop`, nothing
 * else), normalised; null for any other address, with no user name, query or fragment.
 */
export function workshopSyncUrl(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return null;
  if (url.username || url.password || url.search || url.hash || url.pathname !== SYNC_PATH) return null;
  if (!url.hostname) return null;
  return `${url.protocol}//${url.host}${SYNC_PATH}`;
}
