/** Participants in Node for the workshop tests and the bench: Hocuspocus providers over `ws`. */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { DOCUMENT_NAME, SYNC_PATH } from '../../../electron/node/workshop/workshopServer';
import { journeyFromDoc } from '../../../shared/workshop';
import type { JourneyV2 } from '../../../shared/model/v2';
import { VALID_V2_SAMPLE } from '../../helpers/fixtures';

export interface TestParticipant {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Stateless messages the host sent this participant. */
  stateless: string[];
  authenticationFailed: Promise<string>;
  synced: Promise<void>;
  journey(): JourneyV2;
  destroy(): void;
}

/** The sync endpoint's WebSocket address for a host's editor address. */
export function syncUrl(url: string): string {
  return `${url.replace(/^http/, 'ws')}${SYNC_PATH}`;
}

export function joinAs(
  url: string,
  token: string | null,
  options: { doc?: Y.Doc; name?: string } = {},
): TestParticipant {
  const doc = options.doc ?? new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: syncUrl(url),
    WebSocketPolyfill: WebSocket,
    delay: 100,
    minDelay: 50,
    maxDelay: 500,
  });
  const stateless: string[] = [];
  let failed: (reason: string) => void = () => undefined;
  let synced: () => void = () => undefined;
  const authenticationFailed = new Promise<string>((resolve) => (failed = resolve));
  const syncedPromise = new Promise<void>((resolve) => (synced = resolve));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: DOCUMENT_NAME,
    document: doc,
    token,
    onAuthenticationFailed: ({ reason }) => failed(reason),
    onSynced: () => synced(),
    onStateless: ({ payload }) => stateless.push(payload),
  });
  provider.attach();
  if (options.name) provider.setAwarenessField('user', { name: options.name, color: '#e4572e' });
  return {
    doc,
    provider,
    socket,
    stateless,
    authenticationFailed,
    synced: syncedPromise,
    journey() {
      const read = journeyFromDoc(doc);
      if (!read.ok) throw new Error(read.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
      return read.journey;
    },
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Resolves once `check` holds, polling; rejects with `what` after `timeoutMs`. */
export async function eventually(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A copy of the version 2 sample in a fresh temporary folder. */
export function sampleCopy(name = 'map.journey'): string {
  const dir = mkdtempSync(join(tmpdir(), 'journey-workshop-'));
  const path = join(dir, name);
  copyFileSync(VALID_V2_SAMPLE, path);
  return path;
}
