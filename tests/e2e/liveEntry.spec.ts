/**
 * Issue 17, fast live entry and focus: a card is one key press plus its title, added where the
 * user points; flows connect where they are dropped; every "Add" focuses what it added; Delete
 * and Tab keep the keyboard on the cards in journey order; nothing lands on another card.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

const cards = (page: Page) => page.getByTestId('touchpoint-card');
const card = (page: Page, title: string) => page.getByRole('button', { name: `Touchpoint ${title}`, exact: true });
const lane = (page: Page, index: number) => page.locator('.stage-lane').nth(index);
const cardTitle = (page: Page) => page.getByRole('textbox', { name: 'Touchpoint title' });

/** Two stages, named by typing straight after adding each (the name opens for typing). */
async function twoStages(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeEnabled();
  for (const name of ['Discover', 'Book']) {
    await page.getByRole('button', { name: 'Add stage' }).click();
    await expect(page.getByRole('textbox', { name: 'Stage name' })).toBeFocused();
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('.stage-lane__name')).toHaveText(['Discover', 'Book']);
}

function overlap(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function boxes(locator: Locator) {
  return Promise.all((await locator.all()).map(async (l) => (await l.boundingBox())!));
}

test('N adds a card to the stage under the pointer with its title ready; Tab starts the next one there', async ({
  page,
}) => {
  await twoStages(page);
  const first = (await lane(page, 0).boundingBox())!;
  await page.mouse.move(first.x + first.width / 2, first.y + first.height - 40);
  await page.keyboard.press('n');
  await expect(cardTitle(page)).toBeFocused();
  await page.keyboard.type('Sees an ad');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Reads reviews');
  await page.keyboard.press('Enter');
  await expect(card(page, 'Sees an ad')).toBeVisible();
  await expect(card(page, 'Reads reviews')).toBeFocused();
  const inFirstLane = async (title: string) => {
    const box = (await card(page, title).boundingBox())!;
    return box.x > first.x && box.x + box.width < first.x + first.width;
  };
  expect(await inFirstLane('Sees an ad')).toBe(true);
  expect(await inFirstLane('Reads reviews')).toBe(true);
  // The toolbar's Add touchpoint goes to the lane last clicked.
  const second = (await lane(page, 1).boundingBox())!;
  await page.mouse.click(second.x + second.width / 2, second.y + second.height - 30);
  await page.getByRole('button', { name: 'Add touchpoint' }).click();
  await page.keyboard.type('Books a table');
  await page.keyboard.press('Enter');
  // Measured again: the side panel opened for the new card and the map may have panned.
  const booked = (await card(page, 'Books a table').boundingBox())!;
  const secondNow = (await lane(page, 1).boundingBox())!;
  expect(booked.x).toBeGreaterThan(secondNow.x);
  expect(booked.x + booked.width).toBeLessThan(secondNow.x + secondNow.width);
});

test('a double-click in a lane’s empty space adds a card there, ready for its title', async ({ page }) => {
  await twoStages(page);
  const second = (await lane(page, 1).boundingBox())!;
  const at = { x: second.x + second.width / 2, y: second.y + 260 };
  await page.mouse.dblclick(at.x, at.y);
  await expect(cardTitle(page)).toBeFocused();
  await page.keyboard.type('Calls the shop');
  await page.keyboard.press('Enter');
  const box = (await card(page, 'Calls the shop').boundingBox())!;
  expect(at.x).toBeGreaterThan(box.x);
  expect(at.x).toBeLessThan(box.x + box.width);
  expect(Math.abs(box.y + box.height / 2 - at.y)).toBeLessThan(box.height);
});

test('a flow dropped anywhere on a card connects to it, with the card lit while dragging', async ({ page }) => {
  await twoStages(page);
  for (const [index, title] of [
    [0, 'Sees an ad'],
    [1, 'Books a table'],
  ] as const) {
    const box = (await lane(page, index).boundingBox())!;
    await page.mouse.dblclick(box.x + box.width / 2, box.y + 160);
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
  }
  const handle = (await card(page, 'Sees an ad').locator('.react-flow__handle-right').boundingBox())!;
  const target = (await card(page, 'Books a table').boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  // Far from the target's handle: on the right half of its body.
  await page.mouse.move(target.x + target.width * 0.75, target.y + target.height * 0.6, { steps: 10 });
  await expect(page.locator('.canvas--connecting')).toHaveCount(1);
  const outline = await card(page, 'Books a table')
    .locator('.tp-card')
    .evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('dashed');
  await page.mouse.up();
  await expect(page.getByRole('img', { name: 'Flow from “Sees an ad” to “Books a table”' })).toHaveCount(1);
});

test('C connects the two selected cards; a flow’s label is edited without zooming', async ({ page }) => {
  await twoStages(page);
  await page.keyboard.press('n');
  await page.keyboard.type('First');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Second');
  await page.keyboard.press('Enter');
  await card(page, 'First').click();
  await card(page, 'Second').click({ modifiers: ['Shift'] });
  await page.keyboard.press('c');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  const label = page.getByRole('button', { name: /^Flow label/ });
  const before = await page.locator('.react-flow__viewport').getAttribute('style');
  await label.dblclick();
  await page.getByRole('textbox', { name: 'Flow label' }).fill('next day');
  await page.keyboard.press('Enter');
  expect(await page.locator('.react-flow__viewport').getAttribute('style')).toBe(before);
  // The label covers no card.
  const labelBox = (await page.getByRole('button', { name: 'Flow label: next day' }).boundingBox())!;
  for (const box of await boxes(cards(page))) expect(overlap(labelBox, box)).toBe(false);
});

test('renaming a stage selects its old name, so typing replaces it', async ({ page }) => {
  await twoStages(page);
  await page.getByRole('button', { name: 'Stage name: Book' }).dblclick();
  await page.keyboard.type('Reserve');
  await page.keyboard.press('Enter');
  await expect(page.locator('.stage-lane__name')).toHaveText(['Discover', 'Reserve']);
  // Enter or F2 on the focused name renames from the keyboard too.
  await expect(page.getByRole('button', { name: 'Stage name: Reserve' })).toBeFocused();
  await page.keyboard.press('F2');
  await page.keyboard.type('Book');
  await page.keyboard.press('Enter');
  await expect(page.locator('.stage-lane__name')).toHaveText(['Discover', 'Book']);
});

test('+ Add persona puts the focus in the persona’s name, so typing never hits map shortcuts', async ({ page }) => {
  await twoStages(page);
  await page.getByRole('tab', { name: 'Journey' }).click();
  await page.getByRole('button', { name: 'Add persona' }).click();
  const name = page.getByRole('tabpanel').getByRole('textbox', { name: 'Name', exact: true });
  await expect(name).toBeFocused();
  await page.keyboard.type('Eve');
  await expect(name).toHaveValue('Eve');
  await expect(page.getByRole('checkbox', { name: 'Emotion curve' })).toBeChecked();
});

test('after Delete the focus is on the next card in journey order', async ({ page }) => {
  await twoStages(page);
  await page.keyboard.press('n');
  for (const title of ['One', 'Two', 'Three']) {
    await page.keyboard.type(title);
    await page.keyboard.press(title === 'Three' ? 'Enter' : 'Tab');
  }
  await card(page, 'Two').click();
  await page.keyboard.press('Delete');
  await expect(cards(page)).toHaveCount(2);
  await expect(card(page, 'Three')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(card(page, 'One')).toBeFocused();
});

test('Tab goes through each lane header, then its cards top to bottom, in journey order', async ({ page }) => {
  await twoStages(page);
  const [first, second] = [(await lane(page, 0).boundingBox())!, (await lane(page, 1).boundingBox())!];
  // Created out of journey order: the lower card of the first stage first.
  for (const [box, y, title] of [
    [first, 330, 'A2'],
    [second, 160, 'B1'],
    [first, 160, 'A1'],
  ] as const) {
    await page.mouse.dblclick(box.x + box.width / 2, box.y + y);
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
  }
  await page.getByRole('button', { name: 'Stage name: Discover' }).focus();
  const order: string[] = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''));
  }
  expect(order).toEqual(['Touchpoint A1', 'Touchpoint A2', 'Stage name: Book', 'Touchpoint B1']);
  // Inside a header the arrows move between the name and its menu, one Tab stop for both.
  await page.getByRole('button', { name: 'Stage name: Discover' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(lane(page, 0).getByRole('button', { name: 'Stage actions' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('button', { name: 'Stage name: Discover' })).toBeFocused();
});

test('duplicates, pastes and drops land where they cover no card', async ({ page }) => {
  await twoStages(page);
  await page.keyboard.press('n');
  await page.keyboard.type('Original');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Below');
  await page.keyboard.press('Enter');
  await card(page, 'Original').click();
  await page.keyboard.press('Control+d');
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(cards(page)).toHaveCount(4);
  const all = await boxes(cards(page));
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) expect(overlap(all[i]!, all[j]!)).toBe(false);
  // A card dropped onto another shifts to the nearest free place.
  const from = (await card(page, 'Below').boundingBox())!;
  const onto = (await card(page, 'Original').first().boundingBox())!;
  await page.mouse.move(from.x + 40, from.y + 30);
  await page.mouse.down();
  await page.mouse.move(onto.x + 50, onto.y + 40, { steps: 10 });
  await page.mouse.up();
  await expect
    .poll(async () => {
      const dropped = (await card(page, 'Below').boundingBox())!;
      const others = await boxes(cards(page).filter({ hasNotText: 'Below' }));
      return others.some((box) => overlap(dropped, box));
    })
    .toBe(false);
  expect(from).not.toEqual(await card(page, 'Below').boundingBox());
});

test('a new stage far to the right is panned into view with its name open', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add stage' }).click();
  for (let i = 0; i < 7; i++) {
    await page.keyboard.press('Enter');
    await page.keyboard.press('s');
  }
  await expect(page.getByRole('textbox', { name: 'Stage name' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Stage name' })).toHaveValue('Stage 8');
  await expect(page.getByRole('textbox', { name: 'Stage name' })).toBeInViewport();
});

test('a card’s flows are listed in its panel: named and removed from the keyboard', async ({ page }) => {
  await twoStages(page);
  await page.keyboard.press('n');
  await page.keyboard.type('First');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Second');
  await page.keyboard.press('Enter');
  await card(page, 'First').click();
  await card(page, 'Second').click({ modifiers: ['Shift'] });
  await page.keyboard.press('c');
  await card(page, 'First').click();
  const label = page.getByRole('tabpanel').getByRole('textbox', { name: 'Label: To “Second”' });
  await label.fill('the same evening');
  await expect(page.getByRole('button', { name: 'Flow label: the same evening' })).toBeVisible();
  await page.getByRole('tabpanel').getByRole('button', { name: 'Remove the flow: To “Second”' }).click();
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await expect(cards(page)).toHaveCount(2);
});
