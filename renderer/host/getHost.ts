/** Picks the host: the Electron bridge when the preload exposed it, else the browser host. */
import type { Host } from '../../shared/host';
import { createBrowserHost } from './browserHost';

declare global {
  interface Window {
    /** Set by electron/preload through contextBridge; absent in a plain browser. */
    journeyApi?: Host;
  }
}

export function getHost(): Host {
  return window.journeyApi ?? createBrowserHost();
}
