/**
 * This participant's voter secret for a room (docs/workshop.md "Dot voting"): random, kept in
 * localStorage per room token, offered to the host when connecting, so that a reload or a
 * reconnect keeps the same dots. The token itself is not stored: the entry is named by a hash.
 */
import { sha256Hex } from '../../shared/workshop/sha256';
import { isVoterSecret } from '../../shared/workshop/votes';

const KEY_PREFIX = 'journey-studio.workshop-voter.';

export function voterSecretFor(roomToken: string, storage: Storage | undefined = safeLocalStorage()): string {
  const key = KEY_PREFIX + sha256Hex(roomToken).slice(0, 24);
  try {
    const kept = storage?.getItem(key);
    if (isVoterSecret(kept)) return kept;
  } catch {
    // Storage refused (a private window): a secret for this page only.
  }
  const secret = newVoterSecret();
  try {
    storage?.setItem(key, secret);
  } catch {
    // As above: this page's dots are still its own, only not across a reload.
  }
  return secret;
}

/** 32 random bytes, base64url (getRandomValues works on a plain http:// address too). */
export function newVoterSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
