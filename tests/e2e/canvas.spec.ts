import { expect, test, type Page } from '@playwright/test';

const cards = (page: Page) => page.getByTestId('touchpoint-card');
const card = (page: Page, title: string) => page.getByRole('button', { name: `Touchpoint ${title}` });
const lanes = (page: Page) => page.locator('.stage-lane__name');

async function setUp(page: Page, stages: number, touchpointsInLast: number) {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeEnabled();
  for (let i = 0; i < stages; i++) await page.getByRole('button', { name: 'Add stage' }).click();
  for (let i = 0; i < touchpointsInLast; i++) await page.getByRole('button', { name: 'Add touchpoint' }).click();
  // What was added last has its name open for typing; Enter keeps the default name.
  await page.keyboard.press('Enter');
}

/** Runs one of a lane's tools from its "⋯" menu. */
async function laneAction(page: Page, lane: number, action: string) {
  await page.locator('.stage-lane').nth(lane).getByRole('button', { name: 'Stage actions' }).click();
  await page.getByRole('group', { name: 'Stage actions' }).getByRole('button', { name: action }).click();
}

test('drag a card into another lane changes its stage, as one undo step', async ({ page }) => {
  await setUp(page, 2, 1);
  await page.keyboard.press('Shift+1');
  const target = page.locator('.react-flow__node-stage').first();
  const box = (await target.boundingBox())!;
  const from = (await card(page, 'Touchpoint 1').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + 30);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + 160, { steps: 12 });
  await page.mouse.up();
  const inLane = async (index: number) => {
    const lane = (await page.locator('.react-flow__node-stage').nth(index).boundingBox())!;
    const c = (await card(page, 'Touchpoint 1').boundingBox())!;
    const centre = c.x + c.width / 2;
    return centre > lane.x && centre < lane.x + lane.width;
  };
  await expect.poll(() => inLane(0)).toBe(true);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => inLane(1)).toBe(true);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => inLane(0)).toBe(true);
  await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled();
});

test('connect two cards by dragging from a handle, then name the flow', async ({ page }) => {
  await setUp(page, 1, 2);
  const source = card(page, 'Touchpoint 1').locator('.react-flow__handle-right');
  const targetHandle = card(page, 'Touchpoint 2').locator('.react-flow__handle-left');
  await source.dragTo(targetHandle);
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await page.locator('.react-flow__edge').click({ force: true });
  await page.getByRole('button', { name: /^Flow label/ }).dblclick();
  await page.getByRole('textbox', { name: 'Flow label' }).fill('after 2 days');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Flow label: after 2 days' })).toBeVisible();
});

test('rename, recolour, reorder and delete a stage from its lane', async ({ page }) => {
  await setUp(page, 3, 0);
  await page.getByRole('button', { name: 'Stage name: Stage 1' }).dblclick();
  await page.getByRole('textbox', { name: 'Stage name' }).fill('Discover');
  await page.keyboard.press('Enter');
  await expect(lanes(page)).toHaveText(['Discover', 'Stage 2', 'Stage 3']);
  await laneAction(page, 0, 'Move stage right');
  await expect(lanes(page)).toHaveText(['Stage 2', 'Discover', 'Stage 3']);
  await laneAction(page, 1, 'Stage colour');
  await page.getByRole('group', { name: 'Stage colour' }).getByRole('button', { name: 'Colour 4' }).click();
  await expect(page.locator('.stage-lane').nth(1)).toHaveCSS('background-color', 'rgb(254, 252, 232)');
  await laneAction(page, 2, 'Delete stage');
  await expect(lanes(page)).toHaveText(['Stage 2', 'Discover']);
});

test('deleting a stage with touchpoints asks whether to move or delete them', async ({ page }) => {
  await setUp(page, 2, 2);
  await laneAction(page, 1, 'Delete stage');
  const dialog = page.getByRole('dialog', { name: 'Delete the stage “Stage 2”?' });
  await expect(dialog).toContainText('It holds 2 touchpoints.');
  await dialog.getByRole('button', { name: 'Move them to “Stage 1”' }).click();
  await expect(lanes(page)).toHaveText(['Stage 1']);
  await expect(cards(page)).toHaveCount(2);
});

test('copy and paste with the keyboard, duplicate, select all and delete', async ({ page }) => {
  await setUp(page, 1, 2);
  await card(page, 'Touchpoint 1').click();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(cards(page)).toHaveCount(3);
  await page.keyboard.press('Control+d');
  await expect(cards(page)).toHaveCount(4);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await expect(cards(page)).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(cards(page)).toHaveCount(4);
});

test('typing in a text field never triggers canvas shortcuts', async ({ page }) => {
  await setUp(page, 1, 1);
  await card(page, 'Touchpoint 1').click();
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  await title.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type('Edited');
  await page.keyboard.press('ArrowLeft');
  await expect(title).toHaveValue('Edited');
  await expect(cards(page)).toHaveCount(1);
});

test('arrow keys nudge the selected card on the map', async ({ page }) => {
  await setUp(page, 1, 1);
  await card(page, 'Touchpoint 1').click();
  const before = (await card(page, 'Touchpoint 1').boundingBox())!;
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await card(page, 'Touchpoint 1').boundingBox())!.y).toBeGreaterThan(before.y + 5);
});

test('filter dims the cards that do not match', async ({ page }) => {
  await setUp(page, 1, 2);
  await page.getByRole('combobox', { name: 'Filter by channel' }).selectOption('website');
  await expect(page.getByRole('status').filter({ hasText: '2 of 2 match' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Filter by tier' }).selectOption('utility');
  await page.getByRole('combobox', { name: 'Filter by channel' }).selectOption('email');
  await expect(page.getByRole('status').filter({ hasText: '0 of 2 match' })).toBeVisible();
  await expect(page.locator('.tp-card--dimmed')).toHaveCount(2);
  await page.getByRole('combobox', { name: 'Filter by channel' }).selectOption('');
  await page.getByRole('searchbox').fill('Touchpoint 1');
  await expect(page.locator('.tp-card--dimmed')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: '1 of 2 match' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.locator('.tp-card--dimmed')).toHaveCount(0);
});

test('the command palette runs commands by name; ? opens the shortcut sheet', async ({ page }) => {
  await setUp(page, 0, 0);
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox').fill('add st');
  await page.keyboard.press('Enter');
  await expect(lanes(page)).toHaveCount(1);
  await page.locator('.react-flow__pane').click();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByRole('row', { name: /Undo/ })).toContainText('Ctrl+Z');
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toHaveCount(0);
});

test('the emotion curve can be hidden and shown', async ({ page }) => {
  await setUp(page, 1, 1);
  await expect(page.getByRole('img', { name: 'Emotion curve' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Emotion curve' }).uncheck();
  await expect(page.getByRole('img', { name: 'Emotion curve' })).toHaveCount(0);
});
