/**
 * Compare mode in the browser build (issue 14): open a map, compare it with an older file given
 * through the fake file system, and see what changed: added cards marked, removed ones as
 * ghosts where they were, changed ones badged, every change in the side list in the CLI's
 * sentences, a click on a change selecting its card, the KPI and emotion changes; then leave.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { serializeJourneyV2 } from '../../shared/model/v2';
import { edited, hotelStay } from '../unit/versions/hotelVersions';
import { openFromPalette } from './appearanceHelpers';
import { installFakeFileSystem, pickForOpen, putFakeFile } from './fakeFileSystem';

const changes = (page: Page) => page.getByRole('complementary', { name: 'Changes' });
const card = (page: Page, title: string) => page.getByRole('button', { name: `Touchpoint ${title}`, exact: true });

/** The newer map: the kiosk's pain point eased, its CSAT and Ana's rating up, the room card gone, a postcard added, the backstage step given an owner. */
const newer = edited((j) => {
  const kiosk = j.touchpoints[0]!;
  kiosk.painPoints[0]!.severity = 3;
  kiosk.metrics[0]!.current = 85;
  kiosk.emotions = { 'persona-ana': 2 };
  j.touchpoints.pop();
  j.connections = [];
  j.steps[0]!.owner = 'Housekeeping';
  j.touchpoints.push({
    ...structuredClone(kiosk),
    id: 'tp-postcard',
    stageId: 'stage-after',
    title: 'Thank-you postcard',
    painPoints: [],
    opportunities: [],
    metrics: [],
    emotions: {},
  });
});

async function openAndCompare(page: Page): Promise<void> {
  await installFakeFileSystem(page);
  await page.goto('/');
  await putFakeFile(page, 'hotel.journey', serializeJourneyV2(newer));
  await putFakeFile(page, 'workshop.journey', serializeJourneyV2(hotelStay()));
  await pickForOpen(page, 'hotel.journey');
  await page.getByRole('button', { name: 'Open…' }).first().click();
  await expect(page).toHaveTitle('hotel.journey — Journey Studio');
  await pickForOpen(page, 'workshop.journey');
  await openFromPalette(page, 'Compare with…');
  await expect(changes(page)).toBeVisible();
}

test('marks added and changed cards, draws a removed one as a ghost where it was, and clears them on leaving', async ({
  page,
}) => {
  await openAndCompare(page);
  const postcard = card(page, 'Thank-you postcard');
  const kiosk = card(page, 'Kiosk check-in');
  await expect(postcard.locator('.compare-mark--added')).toBeVisible();
  await expect(postcard.getByRole('img', { name: 'Added in this version' })).toBeVisible();
  await expect(kiosk.getByRole('img', { name: 'Changed in this version' })).toBeVisible();
  await expect(kiosk.locator('.compare-mark--changed')).toBeVisible();
  const step = page.getByRole('button', { name: 'Step Housekeeping cleans the room', exact: true });
  await expect(step.getByRole('img', { name: 'Changed in this version' })).toBeVisible();
  const ghost = page.getByRole('img', { name: 'Removed: Room' });
  await expect(ghost).toBeVisible();
  // Where it was: in the Stay lane, between the other two.
  const [stay, ghostBox] = [
    (await page.locator('.react-flow__node-stage').nth(1).boundingBox())!,
    (await ghost.boundingBox())!,
  ];
  expect(ghostBox.x).toBeGreaterThan(stay.x);
  expect(ghostBox.x + ghostBox.width).toBeLessThan(stay.x + stay.width);
  await page.screenshot({ path: 'test-results/compare-canvas.png' });
  // Editing stays on and the list follows: a new journey title is one more change.
  await page.getByRole('textbox', { name: 'Journey title' }).fill('Lake hotel');
  await expect(changes(page).getByText('1 added, 2 removed, 5 changed')).toBeVisible();
  await changes(page).getByRole('button', { name: 'Leave compare' }).click();
  await expect(ghost).toBeHidden();
  await expect(page.locator('.compare-mark--added, .compare-mark--changed')).toHaveCount(0);
});

test('lists every change in the CLI’s sentences (accessible, axe), a click selects its card, the KPI and emotion changes also atop the CX report; Leave compare returns to editing', async ({
  page,
}) => {
  await openAndCompare(page);
  const panel = changes(page);
  await expect(panel.getByRole('heading', { name: 'Changes from workshop.journey' })).toBeVisible();
  await expect(panel.getByText('1 added, 2 removed, 4 changed')).toBeVisible();
  const list = panel.getByRole('list', { name: 'Every change' });
  await expect(list.getByRole('listitem')).toHaveText([
    "~ Emotion of Ana at 'Kiosk check-in' 1 -> 2",
    "~ Pain point 'Room not ready' severity 5 -> 3",
    "~ Metric 'Customer satisfaction (CSAT)' at 'Kiosk check-in' current 70% -> 85%",
    "− Removed touchpoint 'Room' in Stay",
    "~ Step 'Housekeeping cleans the room' owner set to 'Housekeeping'",
    "+ Added touchpoint 'Thank-you postcard' in After the stay",
    "− Removed connection from 'Kiosk check-in' to 'Room'",
  ]);
  await list.getByRole('button', { name: /Added touchpoint 'Thank-you postcard'/ }).click();
  await expect(card(page, 'Thank-you postcard')).toHaveClass(/selected/);
  await list.getByRole('button', { name: /Pain point 'Room not ready'/ }).click();
  await expect(card(page, 'Kiosk check-in')).toHaveClass(/selected/);

  await page.screenshot({ path: 'test-results/compare.png' });
  const report = panel.getByRole('region', { name: 'KPI and emotion changes' });
  await expect(report.getByRole('table', { name: 'Average emotion per persona' }).getByRole('row')).toHaveText([
    'PersonaBeforeNow',
    'Ana12',
  ]);
  await expect(report.getByRole('table', { name: 'KPIs' }).getByRole('row').nth(1)).toHaveText(
    'Customer satisfaction (CSAT) · Kiosk check-inbaseline 60, current 70, target 90baseline 60, current 85, target 90',
  );

  const { violations } = await new AxeBuilder({ page })
    .include('aside.compare-panel')
    .include('.react-flow__node-ghost')
    .include('.react-flow__node-touchpoint')
    .analyze();
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`),
  ).toEqual([]);

  // The CX report, opened while comparing, starts with the same changes.
  await page.getByRole('button', { name: 'CX report' }).click();
  const cxReport = page.getByRole('complementary', { name: 'CX report' });
  await expect(cxReport.getByRole('region', { name: 'KPI and emotion changes' })).toBeVisible();
  await cxReport.getByRole('button', { name: 'Back to the editor' }).click();

  await panel.getByRole('button', { name: 'Leave compare' }).click();
  await expect(changes(page)).toBeHidden();
  await page.screenshot({ path: 'test-results/compare-left.png' });
});
