/**
 * Parses and validates opened files off the UI thread, so a large file never freezes the
 * window. One request per worker: the client starts it, sends the bytes (transferred, not
 * copied) and terminates it after the answer or a timeout. The answer comes in parts.
 */
import { parseJourneyBytes } from './parseJourneyBytes';
import { toMessages } from './parserMessages';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ArrayBuffer>) => void) | null;
  postMessage(message: unknown): void;
};

// The answer in parts (parserMessages.ts), so the main thread takes it in short tasks.
scope.onmessage = (event) => {
  const bytes = event.data.byteLength;
  for (const message of toMessages(parseJourneyBytes(event.data), bytes)) scope.postMessage(message);
};
