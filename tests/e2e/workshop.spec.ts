/**
 * Issue 3's end-to-end journey, through the UI only (role and accessible name): 3 stages and
 * 8 touchpoints with channels, tiers, emotions, pain points and a branch that rejoins; save,
 * reopen in a fresh page, and compare the document. Plus an axe scan of the loaded editor.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { installFakeFileSystem, pickForOpen, pickForSave, readFakeFile } from './fakeFileSystem';
import { CARDS, FLOWS, STAGES, summary } from './workshopJourney';

const panel = (page: Page) => page.getByRole('tabpanel');
const cardNode = (page: Page, title: string) => page.getByRole('button', { name: `Touchpoint ${title}`, exact: true });

async function buildJourney(page: Page) {
  await page.getByRole('toolbar').getByRole('textbox', { name: 'Journey title' }).fill('Dinner at Cedar House');
  for (const name of STAGES) {
    // A new stage opens with its name ready for typing.
    await page.getByRole('button', { name: 'Add stage' }).click();
    await page.getByRole('textbox', { name: 'Stage name' }).fill(name);
    await page.keyboard.press('Enter');
  }
  for (const card of CARDS) {
    await page.getByRole('button', { name: 'Add touchpoint' }).click();
    const form = panel(page);
    await form.getByRole('textbox', { name: 'Title', exact: true }).fill(card.title);
    await form.getByRole('combobox', { name: 'Stage', exact: true }).selectOption({ label: STAGES[card.stage]! });
    await form.getByRole('combobox', { name: 'Channel', exact: true }).selectOption(card.channel);
    await form.getByRole('combobox', { name: 'Pyramid tier', exact: true }).selectOption(card.tier);
    await form
      .getByRole('radiogroup', { name: 'Emotion' })
      .getByRole('radio', { name: card.emotion, exact: true })
      .check();
    if (card.pain) {
      await form.getByRole('button', { name: 'Add pain point' }).click();
      const pain = form.getByRole('group', { name: 'Pain point 1', exact: true });
      await pain.getByRole('textbox', { name: 'Text', exact: true }).fill(card.pain.text);
      await pain.getByRole('combobox', { name: 'Severity', exact: true }).selectOption(card.pain.severity);
    }
  }
  await page.getByRole('button', { name: 'Fit view' }).first().click();
  for (const [from, to] of FLOWS) {
    await cardNode(page, CARDS[from]!.title)
      .locator('.react-flow__handle-right')
      .dragTo(cardNode(page, CARDS[to]!.title).locator('.react-flow__handle-left'));
  }
  await expect(page.locator('.react-flow__edge')).toHaveCount(FLOWS.length);
  await page.getByRole('button', { name: 'Auto-layout' }).click();
}

test('map a restaurant journey live: 3 stages, 8 touchpoints, a branch; save, reopen, compare', async ({ page }) => {
  test.setTimeout(90_000);
  await installFakeFileSystem(page);
  await page.goto('/');
  await buildJourney(page);
  await expect(page.getByRole('img', { name: 'Emotion curve' }).locator('.emotion-curve__point')).toHaveCount(8);

  await pickForSave(page, 'cedar.journey');
  await page.getByRole('toolbar').getByRole('button', { name: 'Save As…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved cedar.journey' })).toBeVisible();
  const saved = JSON.parse((await readFakeFile(page, 'cedar.journey'))!);
  const expected = summary(saved);
  expect(expected.touchpoints).toHaveLength(8);
  expect(expected.flows).toContain('Books a table → Arrives');
  expect(expected.touchpoints.find((t) => t.title === 'Waits for the bill')).toMatchObject({
    stage: 'Visit',
    emotion: -2,
    pains: ['Nobody brings the bill/5'],
  });

  await page.reload();
  await pickForOpen(page, 'cedar.journey');
  await page.getByRole('toolbar').getByRole('button', { name: 'Open…' }).click();
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(8);
  await expect(page.locator('.stage-lane__name')).toHaveText(STAGES);
  await expect(page.locator('.react-flow__edge')).toHaveCount(FLOWS.length);
  await expect(
    cardNode(page, 'Calls the shop').getByRole('img', { name: /1 pain point, worst severity 4/ }),
  ).toBeVisible();

  // Saving the reopened map writes the same document.
  await page.getByRole('toolbar').getByRole('button', { name: 'Save', exact: true }).click();
  expect(summary(JSON.parse((await readFakeFile(page, 'cedar.journey'))!))).toEqual(expected);
  await page.screenshot({ path: test.info().outputPath('workshop-map.png') });
});

test('axe finds no serious or critical violations in the editor with a loaded journey', async ({ page }) => {
  await installFakeFileSystem(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.getByRole('button', { name: 'Add stage' }).click();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Add touchpoint' }).click();
  const form = panel(page);
  await form.getByRole('button', { name: 'Add pain point' }).click();
  await form.getByRole('radiogroup', { name: 'Emotion' }).getByRole('radio', { name: 'Positive', exact: true }).check();
  await form.getByRole('checkbox', { name: 'Moment of truth' }).check();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});

test('cards are reachable and selectable by keyboard', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.getByRole('button', { name: 'Add touchpoint' }).click();
  await page.getByRole('button', { name: 'Add touchpoint' }).click();
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  const first = cardNode(page, 'Touchpoint 1');
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(first).toHaveClass(/selected/);
  await expect(panel(page).getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Touchpoint 1');
});
