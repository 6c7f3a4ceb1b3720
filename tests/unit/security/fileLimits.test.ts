/**
 * Limits that keep the app responsive: files over the size cap are refused before a byte is
 * read, in the desktop loader and the browser loader; the browser parses in a worker whose
 * failures and timeouts become clear problems, never a hang.
 */
import { describe, expect, it } from 'vitest';
import { nodeFsOps, type FsOps } from '../../../electron/node/fsOps';
import { MAX_FILE_BYTES as DESKTOP_CAP, readJourneyFile } from '../../../electron/node/journeyFiles';
import { parseJourneyOffThread, type ParserWorker } from '../../../renderer/host/journeyParserClient';
import { parseJourneyBytes, type ParsedJourney } from '../../../renderer/host/parseJourneyBytes';
import { MAX_FILE_BYTES as BROWSER_CAP, readJourneyBlob } from '../../../renderer/host/readJourneyBlob';
import { createJourney, serializeJourney } from '../../../shared/model';

const OVER = 60 * 1024 * 1024;
/** Opens a file of `size` bytes on one host: whether it got as far as reading, else the problem shown. */
type Attempt = (size: number) => Promise<{ read: true } | { read: false; problem: string | undefined }>;

const desktopAttempt: Attempt = async (size) => {
  let read = false;
  const ops: FsOps = {
    ...nodeFsOps,
    stat: async () => ({ size, mtimeMs: 1, isFile: () => true }),
    readFile: async () => {
      read = true;
      throw new Error('stop after the size check');
    },
  };
  const result = await readJourneyFile('/data/edge.journey', ops);
  return read ? { read } : { read, problem: result.ok ? undefined : result.problems?.[0]?.message };
};

const browserAttempt: Attempt = async (size) => {
  let read = false;
  const file = {
    name: 'edge.journey',
    size,
    arrayBuffer: () => {
      read = true;
      return Promise.reject(new Error('stop after the size check'));
    },
  } as unknown as File;
  const result = await readJourneyBlob(file, null);
  return read ? { read } : { read, problem: result.status === 'failed' ? result.problems[0]?.message : undefined };
};

const validBytes = () => new TextEncoder().encode(serializeJourney(createJourney({ title: 'Small' }))).buffer;

describe('the size cap', () => {
  it('is 50 MB on the desktop and in the browser', () => {
    expect(DESKTOP_CAP).toBe(50 * 1024 * 1024);
    expect(BROWSER_CAP).toBe(DESKTOP_CAP);
  });

  // The two hosts share one constant, so comparing the constants proves little: this checks
  // that each host draws the line at the same byte (exactly the cap is read, one more is not).
  it.each([
    ['desktop', desktopAttempt],
    ['browser', browserAttempt],
  ])('on the %s, reads a file of exactly the cap and refuses one byte more', async (_host, attempt) => {
    expect(await attempt(DESKTOP_CAP)).toEqual({ read: true });
    expect(await attempt(DESKTOP_CAP + 1)).toEqual({
      read: false,
      problem: 'the file is 52,428,801 bytes; the limit is 52,428,800 bytes',
    });
  });

  it('refuses a larger file on the desktop from its size alone, without reading it', async () => {
    const reads: string[] = [];
    const ops: FsOps = {
      ...nodeFsOps,
      stat: async () => ({ size: OVER, mtimeMs: 1, isFile: () => true }),
      readFile: async (path) => {
        reads.push(path);
        throw new Error('must not be read');
      },
    };
    const result = await readJourneyFile('/data/huge.journey', ops);
    expect(result).toEqual({
      ok: false,
      reason: 'invalid',
      problems: [{ path: '', message: 'the file is 60.0 MB; the limit is 50.0 MB' }],
    });
    expect(reads).toEqual([]);
  });

  it('refuses a larger file in the browser from its size alone, without reading it', async () => {
    const file = {
      name: 'huge.journey',
      size: 80 * 1024 * 1024,
      arrayBuffer: () => Promise.reject(new Error('must not be read')),
    } as unknown as File;
    expect(await readJourneyBlob(file, null)).toEqual({
      status: 'failed',
      fileName: 'huge.journey',
      problems: [{ path: '', message: 'the file is 80.0 MB; the limit is 50.0 MB' }],
    });
  });
});

describe('parseJourneyBytes (what the worker runs)', () => {
  it('loads a valid file', () => {
    const parsed = parseJourneyBytes(validBytes());
    expect(parsed.ok && parsed.journey.title).toBe('Small');
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(parseJourneyBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]).buffer)).toEqual({
      ok: false,
      problems: [
        { path: '', message: 'the file is not UTF-8 text (is it a binary file?)', code: 'notUtf8', values: {} },
      ],
    });
  });
});

/** A worker stand-in: answers with parseJourneyBytes, fails, or never answers. */
function fakeWorker(behaviour: 'answer' | 'crash' | 'silent' | 'unstartable') {
  const log: string[] = [];
  const create = (): ParserWorker => {
    if (behaviour === 'unstartable') throw new Error('Worker is not defined');
    const worker: ParserWorker = {
      onmessage: null,
      onerror: null,
      onmessageerror: null,
      postMessage(bytes, transfer) {
        log.push(`post ${transfer.length === 1 && transfer[0] === bytes ? 'transferred' : 'copied'}`);
        queueMicrotask(() => {
          if (behaviour === 'answer')
            worker.onmessage?.({ data: parseJourneyBytes(bytes) } as MessageEvent<ParsedJourney>);
          if (behaviour === 'crash') worker.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent);
        });
      },
      terminate: () => log.push('terminate'),
    };
    return worker;
  };
  return { create, log };
}

describe('parseJourneyOffThread', () => {
  it('transfers the bytes to the worker, returns its answer and stops the worker', async () => {
    const worker = fakeWorker('answer');
    const parsed = await parseJourneyOffThread(validBytes(), { createWorker: worker.create });
    expect(parsed.ok).toBe(true);
    expect(worker.log).toEqual(['post transferred', 'terminate']);
  });

  it('turns a crashed worker into a problem', async () => {
    const worker = fakeWorker('crash');
    expect(await parseJourneyOffThread(validBytes(), { createWorker: worker.create })).toEqual({
      ok: false,
      problems: [{ path: '', message: 'the file could not be read: the background parser failed (out of memory)' }],
    });
    expect(worker.log).toContain('terminate');
  });

  it('gives up on a worker that does not answer in time, and stops it', async () => {
    const worker = fakeWorker('silent');
    expect(await parseJourneyOffThread(validBytes(), { createWorker: worker.create, timeoutMs: 30 })).toEqual({
      ok: false,
      problems: [{ path: '', message: 'the file took longer than 30 ms to read and was given up' }],
    });
    expect(worker.log).toEqual(['post transferred', 'terminate']);
  });

  it('says so when no worker can start', async () => {
    const worker = fakeWorker('unstartable');
    expect(await parseJourneyOffThread(validBytes(), { createWorker: worker.create })).toEqual({
      ok: false,
      problems: [
        {
          path: '',
          message: 'the file could not be read: the background parser did not start (Worker is not defined)',
        },
      ],
    });
  });
});
