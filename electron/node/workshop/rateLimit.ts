/**
 * A token bucket per connection: a participant may send `burst` messages at once and `perSecond`
 * after that, and as many bytes. A client that floods the host is disconnected (its provider
 * reconnects after a pause) instead of slowing everyone else down.
 */
export interface RateLimits {
  messagesPerSecond: number;
  messageBurst: number;
  bytesPerSecond: number;
  byteBurst: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  // Typing, dragging and awareness at a comfortable margin; a drag sends about 60 messages a second.
  messagesPerSecond: 300,
  messageBurst: 1000,
  bytesPerSecond: 8 * 1024 * 1024,
  byteBurst: 64 * 1024 * 1024,
};

export class RateLimiter {
  private messages: number;
  private bytes: number;
  private last: number;

  constructor(
    private readonly limits: RateLimits = DEFAULT_RATE_LIMITS,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.messages = limits.messageBurst;
    this.bytes = limits.byteBurst;
    this.last = now();
  }

  /** Takes one message of `size` bytes; false when the connection is over its rate. */
  take(size: number): boolean {
    const now = this.now();
    const seconds = Math.max(0, (now - this.last) / 1000);
    this.last = now;
    this.messages = Math.min(this.limits.messageBurst, this.messages + seconds * this.limits.messagesPerSecond);
    this.bytes = Math.min(this.limits.byteBurst, this.bytes + seconds * this.limits.bytesPerSecond);
    if (this.messages < 1 || this.bytes < size) return false;
    this.messages -= 1;
    this.bytes -= size;
    return true;
  }
}
