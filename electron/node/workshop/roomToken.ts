/**
 * The room token: the secret part of a join link. 32 random bytes (256 bits) from the operating
 * system's generator, so it cannot be guessed; compared in constant time, so timing does not
 * reveal how much of a guess was right.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const ROOM_TOKEN_BYTES = 32;

export function newRoomToken(): string {
  return randomBytes(ROOM_TOKEN_BYTES).toString('base64url');
}

/** Whether `offered` is the room's token; anything that is not a string is not. */
export function isRoomToken(offered: unknown, token: string): boolean {
  if (typeof offered !== 'string' || offered.length === 0) return false;
  // Hashing first gives both sides one length, which timingSafeEqual needs.
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(offered), digest(token));
}
