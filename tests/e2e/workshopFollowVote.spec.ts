/**
 * Follow mirrors the followed person's view, and a voter keeps their dots across a reload
 * (docs/workshop.md "Presence" and "Dot voting"): `journey-studio serve` on a copy of a map,
 * participants in separate browser contexts. The web build served is out/web, or
 * WORKSHOP_WEB_ROOT (a private build of the same editor).
 */
import { expect, test, type Page } from '@playwright/test';
import { contexts, giveName, participant, serve, type Host } from './workshopServe';

/** React Flow's viewport as its transform draws it: x, y, zoom. */
async function viewport(page: Page): Promise<[number, number, number]> {
  const transform = await page
    .locator('.react-flow__viewport')
    .evaluate((node) => (node as HTMLElement).style.transform);
  const found = /translate\(([-\d.e]+)px, ?([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(transform);
  if (!found) throw new Error(`no viewport transform in "${transform}"`);
  return [Number(found[1]), Number(found[2]), Number(found[3])];
}

/** Whether two viewports show the same on screens of one size (the view goes out in whole flow units). */
function close(a: [number, number, number], b: [number, number, number]): boolean {
  return Math.abs(a[0] - b[0]) <= 2 && Math.abs(a[1] - b[1]) <= 2 && Math.abs(a[2] / b[2] - 1) < 0.01;
}

let host: Host;

test.beforeAll(async () => {
  host = await serve();
});

test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

test.afterAll(() => {
  host?.child.kill('SIGTERM');
});

test('following someone shows their view as they pan and zoom, until the follower moves or presses Escape', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const alice = await participant(browser, host.joinUrl, 'Alice');
  const bob = await participant(browser, host.joinUrl, 'Bob');
  const bobsList = bob.getByRole('complementary', { name: 'In this workshop' });
  await bobsList.getByRole('button', { name: 'Follow Alice' }).click();
  await expect(bobsList.getByRole('button', { name: 'Stop following Alice' })).toHaveAttribute('aria-pressed', 'true');
  await expect(bob.locator('[data-following="Alice"]')).toContainText('Following Alice');

  // Alice scrolls the map and zooms in: Bob's canvas goes where hers does.
  const alicePane = alice.locator('.react-flow__pane');
  await alicePane.hover({ position: { x: 600, y: 500 } });
  await alice.mouse.wheel(200, 120);
  await alice.keyboard.down('Control');
  await alice.mouse.wheel(0, -400);
  await alice.keyboard.up('Control');
  const aliceView = await viewport(alice);
  expect(aliceView[2]).not.toBeCloseTo(1, 1);
  await expect.poll(async () => close(await viewport(bob), await viewport(alice)), { timeout: 10_000 }).toBe(true);
  await bob.screenshot({ path: test.info().outputPath('bob-follows-alice.png') });
  await alice.screenshot({ path: test.info().outputPath('alice.png') });

  // She keeps moving: he keeps following.
  await alice.mouse.wheel(-300, 0);
  await expect.poll(async () => close(await viewport(bob), await viewport(alice)), { timeout: 10_000 }).toBe(true);

  // Bob scrolls himself: following stops, and Alice's next move leaves his view where he put it.
  await bob.locator('.react-flow__pane').hover({ position: { x: 600, y: 500 } });
  await bob.mouse.wheel(0, 400);
  await expect(bobsList.getByRole('button', { name: 'Follow Alice' })).toHaveAttribute('aria-pressed', 'false');
  await expect(bob.locator('[data-following]')).toHaveCount(0);
  const bobsOwn = await viewport(bob);
  await alice.mouse.wheel(0, -900);
  await alice.waitForTimeout(500);
  expect(close(await viewport(bob), bobsOwn)).toBe(true);
  expect(close(await viewport(bob), await viewport(alice))).toBe(false);

  // Following again brings him back to her view; Escape stops it.
  await bobsList.getByRole('button', { name: 'Follow Alice' }).click();
  await expect.poll(async () => close(await viewport(bob), await viewport(alice)), { timeout: 10_000 }).toBe(true);
  await bob.keyboard.press('Escape');
  await expect(bobsList.getByRole('button', { name: 'Follow Alice' })).toHaveAttribute('aria-pressed', 'false');

  // Following someone who then leaves: following ends and Bob is told.
  await bobsList.getByRole('button', { name: 'Follow Alice' }).click();
  await alice.context().close();
  await expect(bob.getByText('Alice left; you no longer follow them.')).toBeVisible({ timeout: 15_000 });
  await expect(bob.locator('[data-following]')).toHaveCount(0);
});

test('a participant who reloads during a vote keeps their dots, can take them back, and gets no new ones', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const lead = await participant(browser, host.facilitateUrl, 'Facilitator');
  const alice = await participant(browser, host.joinUrl, 'Alice');
  await lead.getByRole('combobox', { name: 'Vote on' }).selectOption('painPoints');
  await lead.getByRole('spinbutton', { name: 'Dots each' }).fill('2');
  await lead.getByRole('button', { name: 'Open a vote' }).click();
  const voteFor = alice.getByRole('button', { name: 'Vote for Twelve minutes on hold' });
  await voteFor.click();
  await expect(alice.getByText('1 dot left')).toBeVisible();
  await expect(lead.locator('[data-vote-count="pain-hold"]')).toHaveText('1');

  await alice.reload();
  await giveName(alice, 'Alice');
  // Her dot is still hers: one left, not two more, and she can take it back.
  await expect(alice.getByText('1 dot left')).toBeVisible();
  await expect(alice.locator('[data-vote-count="pain-hold"]')).toHaveText('1');
  await voteFor.click();
  await expect(alice.getByText('0 dots left')).toBeVisible();
  await expect(voteFor).toBeDisabled();
  await expect(lead.locator('[data-vote-count="pain-hold"]')).toHaveText('2');
  await alice.getByRole('button', { name: 'Take back a dot from Twelve minutes on hold' }).click();
  await alice.getByRole('button', { name: 'Take back a dot from Twelve minutes on hold' }).click();
  await expect(alice.getByText('2 dots left')).toBeVisible();
  await expect(lead.locator('[data-vote-count="pain-hold"]')).toHaveText('0');
  await lead.getByRole('button', { name: 'Close the vote' }).click();
});
