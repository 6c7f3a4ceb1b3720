/** Types for scripts/electron-binary.mjs (plain JavaScript: npm runs it before anything is built). */
export declare const ELECTRON_DIR: string;
export declare const DEFAULT_MIRROR: string;
export declare const HOW_TO_INSTALL: string;
export interface BinaryProbe {
  electronDir?: string;
  env?: Record<string, string | undefined>;
  platform?: string;
}
export type BinaryStatus =
  { installed: true; path: string; version: string } | { installed: false; reason: string; version?: string };
export declare function electronBinaryStatus(probe?: BinaryProbe): BinaryStatus;
export declare function downloadSkipped(env?: Record<string, string | undefined>): boolean;
export declare function downloadSource(env?: Record<string, string | undefined>): string;
export declare function runElectronInstaller(options?: {
  electronDir?: string;
  env?: Record<string, string | undefined>;
}): Promise<{ ok: true } | { ok: false; error: string }>;
export declare function firstErrorLine(stderr: string): string | undefined;
