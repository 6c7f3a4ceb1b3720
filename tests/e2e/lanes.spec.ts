/**
 * Issue 12, lanes and steps: lanes added (their kind chosen), reordered and deleted with their
 * cards moved or deleted; steps added in two lanes and a step connected to a touchpoint across
 * lanes; the service blueprint's lines drawn where the kinds meet. Every control by its name.
 */
import { expect, test, type Page } from '@playwright/test';

const laneHeaders = (page: Page) => page.locator('.lane-header');
const steps = (page: Page) => page.getByTestId('step-card');

async function twoStages(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeEnabled();
  for (const name of ['Discover', 'Book']) {
    await page.getByRole('button', { name: 'Add stage' }).click();
    await expect(page.getByRole('textbox', { name: 'Stage name' })).toBeFocused();
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
  }
}

async function addLane(page: Page, kind: string) {
  await page.getByRole('button', { name: 'Add lane' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a lane' });
  await dialog.getByRole('button', { name: kind, exact: true }).click();
  await expect(dialog).toHaveCount(0);
}

test('lanes are added with their kind, reordered by their buttons, and the blueprint lines follow', async ({
  page,
}) => {
  await twoStages(page);
  // One lane: the single swimlane map, without lane headers.
  await expect(laneHeaders(page)).toHaveCount(0);
  await addLane(page, 'Backstage');
  await addLane(page, 'Frontstage');
  await expect(laneHeaders(page)).toHaveCount(3);
  await expect(laneHeaders(page).locator('.lane-header__name')).toHaveText(['Touchpoints', 'Backstage', 'Frontstage']);
  // Backstage above frontstage: the customer side meets backstage, so both lines sit there.
  await expect(page.getByTestId('blueprint-line')).toHaveText(['Line of interaction', 'Line of visibility']);

  await page.getByRole('button', { name: 'Move lane Frontstage up' }).click();
  await expect(laneHeaders(page).locator('.lane-header__name')).toHaveText(['Touchpoints', 'Frontstage', 'Backstage']);
  await expect(page.getByTestId('blueprint-line')).toHaveText(['Line of interaction', 'Line of visibility']);
  await expect(page.getByRole('button', { name: 'Move lane Touchpoints up' })).toBeDisabled();
  // One undo step per move.
  await page.keyboard.press('Control+z');
  await expect(laneHeaders(page).locator('.lane-header__name')).toHaveText(['Touchpoints', 'Backstage', 'Frontstage']);

  // A lane's kind is chosen in its header; the last touchpoint lane cannot stop holding touchpoints.
  await page.getByRole('combobox', { name: 'Kind of lane Touchpoints' }).selectOption('support');
  await expect(page.getByRole('status').filter({ hasText: 'needs one lane of touchpoints' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Kind of lane Touchpoints' })).toHaveValue('touchpoints');
});

test('steps in two lanes, a step connected to a touchpoint across lanes, a lane deleted with its cards', async ({
  page,
}) => {
  await twoStages(page);
  await addLane(page, 'Frontstage');
  await addLane(page, 'Backstage');
  await page.getByRole('button', { name: 'Add step: Frontstage' }).click();
  await page.getByRole('button', { name: 'Add step: Backstage' }).click();
  await expect(steps(page)).toHaveCount(2);
  await page.getByRole('tabpanel').getByRole('textbox', { name: 'Title', exact: true }).fill('Check the stock');
  await expect(page.getByRole('button', { name: 'Step Check the stock' })).toBeVisible();

  await page.getByRole('button', { name: 'Add touchpoint' }).click();
  await page.keyboard.type('Book a table');
  await page.keyboard.press('Enter');
  const touchpoint = page.getByRole('button', { name: 'Touchpoint Book a table', exact: true });
  await expect(touchpoint).toBeVisible();
  // Select the backstage step and the touchpoint, then C connects them.
  await page.getByRole('button', { name: 'Step Check the stock' }).click();
  await touchpoint.click({ modifiers: ['Shift'] });
  await page.keyboard.press('c');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  // Deleting the frontstage lane asks what to do with its step: move it to the backstage lane.
  await page.getByRole('button', { name: 'Delete lane Frontstage' }).click();
  const ask = page.getByRole('dialog', { name: 'Delete the lane “Frontstage”?' });
  await ask.getByRole('button', { name: 'Move them to “Backstage”' }).click();
  await expect(laneHeaders(page)).toHaveCount(2);
  await expect(steps(page)).toHaveCount(2);

  // The last touchpoint lane stays, and says why.
  await page.getByRole('button', { name: 'Delete lane Touchpoints' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is the last, so it stays' })).toBeVisible();
  await expect(laneHeaders(page)).toHaveCount(2);

  // Deleting the backstage lane with its cards deletes them and their flow; a one-lane map has no lane headers.
  await page.getByRole('button', { name: 'Delete lane Backstage' }).click();
  await page
    .getByRole('dialog', { name: 'Delete the lane “Backstage”?' })
    .getByRole('button', { name: 'Delete the 2 cards too' })
    .click();
  await expect(steps(page)).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await expect(laneHeaders(page)).toHaveCount(0);
  // Undo brings the deleted lane back with its steps and flow, in one step.
  await page.keyboard.press('Control+z');
  await expect(steps(page)).toHaveCount(2);
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
});

test('a double-click in an empty cell of a step lane adds a step there', async ({ page }) => {
  await twoStages(page);
  await addLane(page, 'Customer actions');
  const row = page.locator('.lane-header').nth(1);
  const rowBox = (await row.boundingBox())!;
  const book = (await page.locator('.stage-lane').nth(1).boundingBox())!;
  await page.mouse.dblclick(book.x + book.width / 2, rowBox.y + rowBox.height / 2);
  await expect(steps(page)).toHaveCount(1);
  // The step is selected, so the side panel opens and the map may pan: measure again.
  const [step, cell, lane] = await Promise.all([
    steps(page).first().boundingBox(),
    page.locator('.stage-lane').nth(1).boundingBox(),
    row.boundingBox(),
  ]);
  expect(step!.y).toBeGreaterThanOrEqual(lane!.y - 1);
  expect(step!.y + step!.height).toBeLessThanOrEqual(lane!.y + lane!.height + 1);
  expect(step!.x).toBeGreaterThanOrEqual(cell!.x);
  await expect(page.getByRole('tabpanel').getByRole('combobox', { name: 'Stage' })).toHaveValue(/.+/);
  await expect(
    page.getByRole('tabpanel').getByRole('combobox', { name: 'Stage' }).locator('option:checked'),
  ).toHaveText('Book');
  await expect(page.getByRole('tabpanel').getByRole('combobox', { name: 'Lane' }).locator('option:checked')).toHaveText(
    'Customer actions',
  );
});
