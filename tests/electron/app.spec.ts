/**
 * Smoke test of the real desktop app through Playwright's Electron driver. Runs where an
 * Electron binary exists; elsewhere each test is skipped with the reason.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary } from './electronBinary';

const binary = electronBinary();
const skipReason = 'missing' in binary ? `${binary.missing}; the desktop smoke test needs it` : '';

test.describe('desktop app', () => {
  test.skip('missing' in binary, skipReason);

  test('opens one secure window with the editor and saves a journey through the native dialog', async () => {
    const app = await electron.launch({
      executablePath: 'path' in binary ? binary.path : '',
      args: ['.'],
      env: { ...process.env, ELECTRON_RENDERER_URL: '' },
    });
    const page = await app.firstWindow();
    await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof window.journeyApi?.openFile)).toBe('function');
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const wc = BrowserWindow.getAllWindows()[0]!.webContents;
      return (wc as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences();
    });
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });

    await page.getByRole('button', { name: 'Add stage' }).click();
    await page.getByRole('button', { name: 'Add touchpoint' }).click();
    const target = join(mkdtempSync(join(tmpdir(), 'js-electron-')), 'smoke.journey');
    await app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = async () => ({ canceled: false, filePath: path });
    }, target);
    await page.keyboard.press('Control+s');
    await expect.poll(() => readFileSync(target, 'utf8')).toContain('"touchpoints"');
    await app.close();
  });
});
