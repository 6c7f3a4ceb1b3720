/**
 * At most one value per interval, and always the latest: what a cursor needs (a pointer moving
 * 120 times a second goes out 20 times, and where it stopped always goes out last).
 */
export interface LatestThrottle<T> {
  /** A new value: sent now if the last send is an interval ago, else when it is, as the latest. */
  push(value: T): void;
  /** Send this value now, dropping any waiting one (the pointer left: say so at once). */
  flush(value: T): void;
  /** Drop any waiting value. */
  cancel(): void;
}

export function throttleLatest<T>(send: (value: T) => void, intervalMs: number): LatestThrottle<T> {
  let sentAt = Number.NEGATIVE_INFINITY;
  let waiting: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const sendNow = (value: T) => {
    clearTimeout(timer);
    timer = undefined;
    waiting = null;
    sentAt = Date.now();
    send(value);
  };
  return {
    push(value) {
      const wait = intervalMs - (Date.now() - sentAt);
      if (wait <= 0 && timer === undefined) return sendNow(value);
      waiting = { value };
      timer ??= setTimeout(() => waiting && sendNow(waiting.value), Math.max(wait, 0));
    },
    flush: sendNow,
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      waiting = null;
    },
  };
}
