/**
 * The app's Electron security settings as plain data and plain functions, so that tests can
 * read and exercise the real configuration without an Electron binary. electron/main applies
 * them (security.ts, window.ts, index.ts); nothing here imports `electron`.
 */

/** webPreferences of every window: Electron's security checklist, items 2–4, 6–9 and 12. */
export const SECURE_WEB_PREFERENCES = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  // A middle click on a link would otherwise open it in a new window without asking.
  disableBlinkFeatures: 'Auxclick',
  spellcheck: true,
} as const;

/** The part of a navigation or attach event the handlers use. */
export interface PreventableEvent {
  preventDefault(): void;
}

/** What the hardening needs of Electron's WebContents (which satisfies it structurally). */
export interface HardenableContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** What the hardening needs of Electron's Session. */
export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
}

/**
 * The app is a single page that opens no links: navigation, redirects, webviews and new
 * windows are all refused, and nothing hands a URL to the system browser (a test keeps it
 * so). A future link must be http(s) only and opened only after the user confirms.
 */
export function hardenWebContents(contents: HardenableContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** No camera, microphone, notifications, geolocation, clipboard-read…: every request and check is refused. */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server URL to load instead of the packaged index.html, or undefined. Only an
 * unpackaged app uses one, and only on this machine: a packaged app always loads its own
 * files, and no build ever loads a remote origin.
 */
export function devRendererUrl(options: {
  isPackaged: boolean;
  env: Record<string, string | undefined>;
}): string | undefined {
  const raw = options.env.ELECTRON_RENDERER_URL;
  if (options.isPackaged || !raw) return undefined;
  try {
    const url = new URL(raw);
    const local = (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOSTS.has(url.hostname);
    return local ? url.href : undefined;
  } catch {
    return undefined;
  }
}
