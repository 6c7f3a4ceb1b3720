/**
 * electron-builder.yml says what `npm run dist` builds: installers for the three systems, the
 * `.journey` file type, the icon, and only the built app. electron-builder itself validates the
 * file whenever it packs (tests/electron/chain runs it); this checks our intent.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const yml = readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8');
const packageJson = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
  dependencies: Record<string, string>;
};

/** The lines of a top-level block ("mac:" up to the next unindented key). */
function block(key: string): string {
  const match = new RegExp(`^${key}:\\n((?:(?: {2}.*)?\\n)*)`, 'm').exec(yml);
  if (!match) throw new Error(`electron-builder.yml has no ${key} block`);
  return match[1]!;
}

describe('electron-builder.yml', () => {
  it('builds an installer for each system: AppImage on Linux, NSIS on Windows, a DMG on macOS', () => {
    expect(block('linux')).toMatch(/^ {2}target: AppImage$/m);
    expect(block('win')).toMatch(/^ {2}target: nsis$/m);
    expect(block('mac')).toMatch(/^ {2}target: dmg$/m);
  });

  it('registers the .journey file type with the MIME type the Linux desktop entry declares', () => {
    const association = block('fileAssociations');
    expect(association).toMatch(/- ext: journey$/m);
    expect(association).toMatch(/^ {4}role: Editor$/m);
    const mime = /^ {4}mimeType: (.+)$/m.exec(association)?.[1];
    expect(mime).toBe('application/vnd.journey-studio+json');
    expect(block('linux')).toContain(`    - ${mime}`);
  });

  it('uses build/icon.png, a 1024 × 1024 PNG (macOS needs at least 512)', () => {
    expect(yml).toMatch(/^icon: build\/icon\.png$/m);
    const png = readFileSync(new URL('../../../build/icon.png', import.meta.url));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });

  it('packs only the built app (with the web editor workshop participants load), never sources or source maps', () => {
    expect(
      block('files')
        .trim()
        .split('\n')
        .map((line) => line.trim()),
    ).toEqual([
      '- out/main/**',
      '- out/preload/**',
      '- out/renderer/**',
      '- out/web/**',
      '- package.json',
      "- '!**/*.map'",
    ]);
  });

  it('is run by npm run dist after building the app and the web editor, never publishing, with electron-builder as a dev dependency', () => {
    expect(packageJson.scripts.dist).toBe(
      'npm run build:electron && npm run build:web && electron-builder --config electron-builder.yml --publish never',
    );
    expect(packageJson.scripts['dist:dir']).toBe('npm run dist -- --dir');
    expect(packageJson.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(packageJson.dependencies).not.toHaveProperty('electron-builder');
    expect(packageJson.dependencies).not.toHaveProperty('electron');
  });
});
