/**
 * Runs parseJourneyBytes in a Web Worker (journeyParser.worker.ts) with a time limit. A
 * worker that cannot start, crashes or runs out of time gives a clear problem, never a hang.
 */
import type { ParsedJourney } from './parseJourneyBytes';
import { partCollector, type ParserMessage } from './parserMessages';

/** Far above what the 50 MB cap needs on a slow machine (a 20 MB file takes about a second). */
export const PARSE_TIMEOUT_MS = 60_000;

/** The part of a Worker the client uses (a fake one in unit tests). */
export interface ParserWorker {
  onmessage: ((event: MessageEvent<ParserMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(message: ArrayBuffer, transfer: Transferable[]): void;
  terminate(): void;
}

export interface ParserOptions {
  createWorker?: () => ParserWorker;
  timeoutMs?: number;
}

// The URL form lets Vite bundle the worker as its own file, which the CSP's worker-src 'self' allows.
const startWorker = (): ParserWorker =>
  new Worker(new URL('./journeyParser.worker.ts', import.meta.url), { type: 'module', name: 'journey-parser' });

const failed = (message: string): ParsedJourney => ({ ok: false, problems: [{ path: '', message }] });

/** Parses the file's bytes off the UI thread. The buffer is transferred: do not use it afterwards. */
export function parseJourneyOffThread(bytes: ArrayBuffer, options: ParserOptions = {}): Promise<ParsedJourney> {
  const timeoutMs = options.timeoutMs ?? PARSE_TIMEOUT_MS;
  return new Promise((resolve) => {
    let worker: ParserWorker;
    try {
      worker = (options.createWorker ?? startWorker)();
    } catch (error) {
      resolve(failed(`the file could not be read: the background parser did not start (${describe(error)})`));
      return;
    }
    const finish = (result: ParsedJourney) => {
      clearTimeout(timer);
      worker.onmessage = worker.onerror = worker.onmessageerror = null;
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish(failed(`the file took longer than ${seconds(timeoutMs)} to read and was given up`)),
      timeoutMs,
    );
    // Touchpoints arrive in parts ahead of the answer (parserMessages.ts), each message its own short task.
    const collector = partCollector();
    worker.onmessage = (event) => {
      const answer = collector.take(event.data);
      if (answer) finish(answer);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      finish(failed(`the file could not be read: the background parser failed (${event.message || 'no details'})`));
    };
    worker.onmessageerror = () => finish(failed('the file could not be read: its contents could not be passed back'));
    try {
      worker.postMessage(bytes, [bytes]);
    } catch (error) {
      finish(failed(`the file could not be read: ${describe(error)}`));
    }
  });
}

const seconds = (ms: number) => (ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`);

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
