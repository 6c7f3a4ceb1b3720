/**
 * SHA-256 of a text, synchronous, the same on the host and in a browser: the voter key (votes.ts)
 * is derived from it on both sides, and a browser on a plain http:// room address has no
 * crypto.subtle. lib0 (Yjs' own utility library) picks Node's crypto in Node and its pure
 * implementation in the browser.
 */
import { digest } from 'lib0/hash/sha256';

/** The SHA-256 digest of a text's UTF-8 bytes, as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  return [...digest(new TextEncoder().encode(text))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
