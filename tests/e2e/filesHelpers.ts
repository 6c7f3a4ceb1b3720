/** Shared steps of the files*.spec.ts end-to-end tests (browser host, real IndexedDB). */
import { expect, type Page } from '@playwright/test';
import { createJourney, createStage, serializeJourney } from '../../shared/model';

export const unsavedMark = (page: Page) => page.getByRole('status', { name: 'Unsaved changes' });
export const startScreen = (page: Page) => page.getByRole('region', { name: 'Start', exact: true });
export const recoveryDialog = (page: Page) => page.getByRole('dialog', { name: 'Recover unsaved work?' });

/** Drafts every few seconds by default; tests that are not about the interval use one second. */
export async function useDraftInterval(page: Page, seconds: number): Promise<void> {
  await page.addInitScript((s) => {
    const key = 'journey-studio.settings';
    const current = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
    localStorage.setItem(key, JSON.stringify({ ...current, draftIntervalSeconds: s }));
  }, seconds);
}

/** The drafts in IndexedDB, as the next start would find them. */
export function storedDrafts(page: Page): Promise<{ id: string; title: string; text: string }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('journey-studio');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('drafts')) return resolve([]);
          const all = db.transaction('drafts').objectStore('drafts').getAll();
          all.onsuccess = () => resolve(all.result as { id: string; title: string; text: string }[]);
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** Waits until a draft holding `fragment` has been written. */
export async function waitForDraft(page: Page, fragment: string, timeout = 10_000): Promise<void> {
  await expect
    .poll(async () => (await storedDrafts(page)).some((d) => d.text.includes(fragment)), { timeout })
    .toBe(true);
}

export async function setTitle(page: Page, title: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Journey title' }).fill(title);
}

/** A valid .journey file made by the app's own model, so the fixture cannot drift from the schema. */
export function journeyFileText(title: string, stageNames: string[] = []): string {
  return serializeJourney({ ...createJourney({ title }), stages: stageNames.map((name) => createStage({ name })) });
}
