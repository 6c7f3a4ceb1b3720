/**
 * The renderer's Content-Security-Policy (renderer/csp.ts), directive by directive, and the
 * build step that writes it into index.html (vite.shared.ts). The e2e suite checks that the
 * built page carries it and that the browser enforces it (tests/e2e/hostile.spec.ts).
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../renderer/csp';
import { rendererConfig } from '../../../vite.shared';

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(map.has(name), `${name} appears twice`).toBe(false);
    map.set(name, sources);
  }
  return map;
}

const csp = directives(CONTENT_SECURITY_POLICY);
const sourcesOf = (name: string) => csp.get(name) ?? [];
/** Keywords and schemes that keep content on the app's own files. */
const LOCAL_SOURCES = new Set(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:']);

describe('the CSP', () => {
  it('lets scripts come only from the app itself: no eval, no inline, no remote', () => {
    expect(sourcesOf('script-src')).toEqual(["'self'"]);
    expect(sourcesOf('default-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic/);
  });

  it('names no remote origin, scheme wildcard or host anywhere', () => {
    for (const [name, sources] of csp) {
      for (const source of sources) expect(LOCAL_SOURCES.has(source), `${name} ${source}`).toBe(true);
    }
  });

  it('allows inline style only (React Flow positions nodes with it), never inline script', () => {
    const withInline = [...csp].filter(([, sources]) => sources.includes("'unsafe-inline'")).map(([n]) => n);
    expect(withInline).toEqual(['style-src']);
  });

  it('forbids plugins, base rewriting, form posts and frames', () => {
    expect(sourcesOf('object-src')).toEqual(["'none'"]);
    expect(sourcesOf('base-uri')).toEqual(["'none'"]);
    expect(sourcesOf('form-action')).toEqual(["'none'"]);
    expect(sourcesOf('frame-src')).toEqual(["'none'"]);
  });

  it("lets the file parser worker start from the app's own files, and not from blob: URLs", () => {
    expect(sourcesOf('worker-src')).toEqual(["'self'"]);
  });

  it('keeps connections on the app itself', () => {
    expect(sourcesOf('connect-src')).toEqual(["'self'"]);
  });
});

describe('the build', () => {
  const plugin = (rendererConfig('out/test').plugins ?? [])
    .flat()
    .find((p): p is Plugin => !!p && typeof p === 'object' && 'name' in p && p.name === 'journey-studio-csp');

  it('writes the CSP into index.html before anything is loaded', () => {
    expect(plugin?.apply).toBe('build');
    const transform = plugin!.transformIndexHtml as (html: string) => string;
    const html = transform(readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8'));
    const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/["<>&]/);
    expect(html.split(meta)).toHaveLength(2);
    const at = html.indexOf(meta);
    for (const tag of ['<script', '<link', '<style']) {
      const first = html.indexOf(tag);
      if (first >= 0) expect(first, tag).toBeGreaterThan(at);
    }
  });
});
