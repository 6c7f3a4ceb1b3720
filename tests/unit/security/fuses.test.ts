/**
 * The Electron fuses set at packaging: the real afterPack hook (build/fuses.cjs) run against
 * a stand-in for @electron/fuses that records what it would flip, and electron-builder.yml.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, type FuseConfig } from '@electron/fuses';
import { describe, expect, it } from 'vitest';

interface FusesLib {
  FuseV1Options: typeof FuseV1Options;
  FuseVersion: typeof FuseVersion;
  flipFuses(path: string, config: FuseConfig): Promise<number>;
  getCurrentFuseWire(path: string): Promise<Record<number, number>>;
}
type AfterPack = ((context: object, lib?: FusesLib) => Promise<void>) & { FUSES: Record<string, boolean> };

const require = createRequire(import.meta.url);
const afterPack = require('../../../build/fuses.cjs') as AfterPack;
const builderYml = readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8');

const REQUIRED = {
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
};

/** A fuse library that flips nothing but remembers, and reads back what was "flipped" (or a tampered wire). */
function recordingLib(tamper: (wire: Record<number, number>) => void = () => undefined) {
  const calls: { path: string; config: FuseConfig }[] = [];
  const wire: Record<number, number> = {};
  const lib: FusesLib = {
    FuseV1Options,
    FuseVersion,
    async flipFuses(path, config) {
      calls.push({ path, config });
      for (const [key, on] of Object.entries(config)) if (/^\d+$/.test(key)) wire[Number(key)] = on ? 49 : 48;
      tamper(wire);
      return 1;
    },
    getCurrentFuseWire: async () => wire,
  };
  return { lib, calls };
}

const context = (electronPlatformName: string, arch = 1) => ({
  appOutDir: join('dist', `${electronPlatformName}-unpacked`),
  electronPlatformName,
  arch,
  packager: { appInfo: { productFilename: 'Journey Studio' }, executableName: 'journey-studio' },
});

describe('build/fuses.cjs', () => {
  it('sets exactly RunAsNode, NODE_OPTIONS and --inspect off, asar integrity and asar-only on', () => {
    expect(afterPack.FUSES).toEqual(REQUIRED);
  });

  it('flips those fuses, and only those, in the packaged Linux binary', async () => {
    const { lib, calls } = recordingLib();
    await afterPack(context('linux'), lib);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.path).toBe(join('dist', 'linux-unpacked', 'journey-studio'));
    const { version, resetAdHocDarwinSignature, ...fuses } = calls[0]!.config as Record<string, unknown>;
    expect(version).toBe(FuseVersion.V1);
    expect(resetAdHocDarwinSignature).toBe(false);
    expect(fuses).toEqual({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });
  });

  it('finds the Windows and macOS executables, and renews the ad-hoc signature on Apple silicon', async () => {
    const win = recordingLib();
    await afterPack(context('win32'), win.lib);
    expect(win.calls[0]!.path).toBe(join('dist', 'win32-unpacked', 'Journey Studio.exe'));
    const mac = recordingLib();
    await afterPack(context('darwin', 3), mac.lib);
    expect(mac.calls[0]!.path).toBe(join('dist', 'darwin-unpacked', 'Journey Studio.app'));
    expect(mac.calls[0]!.config.resetAdHocDarwinSignature).toBe(true);
  });

  it('fails the build when a fuse reads back wrong', async () => {
    const { lib } = recordingLib((wire) => (wire[FuseV1Options.RunAsNode] = 49));
    await expect(afterPack(context('linux'), lib)).rejects.toThrow(/did not take .*: RunAsNode$/);
  });
});

describe('electron-builder.yml', () => {
  it('runs the hook after packing', () => {
    expect(builderYml).toMatch(/^afterPack: build\/fuses\.cjs$/m);
  });

  it('packs the app into an asar archive, which the asar fuses require', () => {
    expect(builderYml).toMatch(/^asar: true$/m);
  });

  it('does not undo the hook in its own electronFuses block (flipped after afterPack)', () => {
    const block = /^electronFuses:\n((?: {2}\w+: \w+\n)+)/m.exec(builderYml)?.[1] ?? '';
    const declared = Object.fromEntries(
      [...block.matchAll(/^ {2}(\w+): (\w+)$/gm)].map((m) => [m[1], m[2] === 'true']),
    );
    for (const [name, on] of Object.entries(REQUIRED)) {
      const key = name[0]!.toLowerCase() + name.slice(1);
      if (key in declared) expect(declared[key], key).toBe(on);
    }
  });
});
