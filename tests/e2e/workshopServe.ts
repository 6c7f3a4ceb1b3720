/**
 * `journey-studio serve` for the workshop specs: a copy of the dental-practice blueprint served
 * with the built web editor (out/web, or WORKSHOP_WEB_ROOT: a private build of the same editor),
 * resolved once the host has printed its join and facilitator links.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

const root = fileURLToPath(new URL('../../', import.meta.url));
const harness = join(root, 'tests/unit/workshop/serveProcess.ts');
const viteNode = join(root, 'node_modules/vite-node/dist/cli.mjs');
const sample = join(root, 'tests/fixtures/valid-v2/dental-blueprint.journey');
const webRoot = process.env.WORKSHOP_WEB_ROOT ?? join(root, 'out/web');

export interface Host {
  child: ChildProcess;
  joinUrl: string;
  facilitateUrl: string;
}

/** A fresh copy of the sample map, in a folder of its own. */
export function sampleCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'journey-workshop-e2e-'));
  const file = join(dir, 'dental.journey');
  copyFileSync(sample, file);
  return file;
}

export async function serve(file = sampleCopy(), args: string[] = []): Promise<Host> {
  const child = spawn(process.execPath, [viteNode, harness, '--', 'serve', file, ...args], {
    cwd: root,
    env: { ...process.env, JOURNEY_STUDIO_WEB_ROOT: webRoot },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const joinUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${err}`)), 60_000);
    child.stdout!.on('data', () => {
      const found = /^join: (\S+)$/m.exec(out);
      if (found && /^facilitate: \S+$/m.test(out)) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
  expect(err, 'serve found the web build').not.toMatch(/not built/);
  return { child, joinUrl, facilitateUrl: /^facilitate: (\S+)$/m.exec(out)![1]! };
}

/** The browser contexts participants were opened in, so each test's participants leave before the next test's join. */
export const contexts: BrowserContext[] = [];

/** Gives the name the join link asks for and waits for the shared map. */
export async function giveName(page: Page, name: string, title = "A child's first filling"): Promise<void> {
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('textbox', { name: 'Journey title' })).toHaveValue(title);
}

/** A participant in a browser context of their own, joined by `url` under `name`. */
export async function participant(browser: Browser, url: string, name: string, title?: string): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(url);
  await giveName(page, name, title);
  return page;
}
