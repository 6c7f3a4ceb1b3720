/** Types for scripts/chromium.mjs (plain JavaScript so that `node` runs it before anything is built). */
export declare const DEBIAN_CHROMIUM: string;
export declare const NO_BROWSER_MESSAGE: string;
export type ChromiumSource = 'CHROMIUM_PATH' | 'debian' | 'playwright';
export interface ChromiumProbes {
  env?: Record<string, string | undefined>;
  exists?: (path: string) => boolean;
  playwright?: () => string | undefined;
}
export declare function resolveChromium(
  options?: ChromiumProbes,
): { path: string; source: ChromiumSource } | { missing: string };
