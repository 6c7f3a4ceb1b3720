/**
 * Parses and validates opened files off the UI thread, so a large file never freezes the
 * window. One request per worker: the client starts it, sends the bytes (transferred, not
 * copied) and terminates it after the answer or a timeout.
 */
import { parseJourneyBytes } from './parseJourneyBytes';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ArrayBuffer>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => scope.postMessage(parseJourneyBytes(event.data));
