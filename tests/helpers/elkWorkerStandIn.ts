/**
 * Node has no Web Worker: auto-layout tests run ELK in-process through elkjs's own FakeWorker
 * (what elk-worker.js exports outside a worker scope), behind the part of the Worker interface
 * renderer/commands/elkLayout.ts uses. `failingElkWorker` is one that cannot start.
 */
import { createRequire } from 'node:module';

type Listener = (event: { message: string }) => void;
interface ElkFakeWorker {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: unknown): void;
}

const require = createRequire(import.meta.url);
const { Worker: FakeWorker } = require('elkjs/lib/elk-worker.js') as { Worker: new () => ElkFakeWorker };

export class ElkWorkerStandIn {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  private readonly inner = new FakeWorker();

  constructor() {
    this.inner.onmessage = (event) => this.onmessage?.(event);
  }

  postMessage(message: unknown): void {
    this.inner.postMessage(message);
  }

  addEventListener(): void {}

  terminate(): void {}
}

/** A worker whose script fails to load: the error arrives after it was created, as in a browser. */
export class FailingElkWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  terminated = false;
  private readonly listeners: Listener[] = [];

  constructor() {
    setTimeout(() => {
      for (const listener of this.listeners) listener({ message: 'the script could not be loaded' });
    }, 0);
  }

  postMessage(): void {}

  addEventListener(type: string, listener: Listener): void {
    if (type === 'error') this.listeners.push(listener);
  }

  terminate(): void {
    this.terminated = true;
  }
}
