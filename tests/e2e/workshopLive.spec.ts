/**
 * A live workshop in the browser (issue 13): `journey-studio serve` on a copy of a map, serving
 * the built web editor; participants in separate browser contexts join by the link, give their
 * name, and edit together; a forged link shows that it is not valid and nothing of the map.
 * The web build served is out/web, or WORKSHOP_WEB_ROOT (a private build of the same editor).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { contexts, participant, sampleCopy, serve, type Host } from './workshopServe';

let host: Host;

test.beforeAll(async () => {
  host = await serve();
});

// Each test's participants leave before the next test's join.
test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

test.afterAll(() => {
  host?.child.kill('SIGTERM');
});

test('two participants edit one map both ways, and undo takes back only their own change', async ({ browser }) => {
  test.setTimeout(90_000);
  const alice = await participant(browser, host.joinUrl, 'Alice');
  const bob = await participant(browser, host.joinUrl, 'Bob');
  const aliceTitle = alice.getByRole('textbox', { name: 'Journey title' });
  const bobTitle = bob.getByRole('textbox', { name: 'Journey title' });

  await aliceTitle.fill('Filling, as the room sees it');
  await aliceTitle.press('Enter');
  await expect(bobTitle).toHaveValue('Filling, as the room sees it');

  await bob.getByRole('button', { name: 'Touchpoint Calls the practice' }).click();
  const cardTitle = bob.getByRole('textbox', { name: 'Title', exact: true });
  await cardTitle.fill('Rings the practice');
  await cardTitle.press('Tab');
  await expect(alice.getByRole('button', { name: 'Touchpoint Rings the practice' })).toBeVisible();

  // Alice's undo takes back her title; Bob's card stays as Bob left it, on both screens.
  await alice.getByRole('button', { name: 'Undo' }).click();
  await expect(bobTitle).toHaveValue("A child's first filling");
  await expect(aliceTitle).toHaveValue("A child's first filling");
  await expect(alice.getByRole('button', { name: 'Touchpoint Rings the practice' })).toBeVisible();
  await expect(bob.getByRole('button', { name: 'Touchpoint Rings the practice' })).toBeVisible();
});

test('each participant sees who else is there, what they work on, and their selection outlined', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const alice = await participant(browser, host.joinUrl, 'Alice');
  const bob = await participant(browser, host.joinUrl, 'Bob');
  const bobsList = bob.getByRole('complementary', { name: 'In this workshop' });
  await expect(bobsList.getByText('Alice', { exact: true })).toBeVisible();
  await expect(
    alice.getByRole('complementary', { name: 'In this workshop' }).getByText('Bob', { exact: true }),
  ).toBeVisible();

  await alice.getByRole('button', { name: 'Touchpoint In the chair' }).click();
  await expect(bobsList).toContainText('on “In the chair”');
  // The card Alice selected carries her colour on Bob's map, and no other card does.
  // The card is React Flow's node itself, or inside it: the outline is on the node.
  const outline = (title: string | RegExp) =>
    bob
      .getByRole('button', { name: typeof title === 'string' ? `Touchpoint ${title}` : title })
      .evaluate((card) => getComputedStyle(card.closest('.react-flow__node') ?? card).outlineStyle);
  await expect.poll(() => outline('In the chair')).toBe('solid');
  // (The other touchpoint, renamed or not by the first test when it ran on this host.)
  expect(await outline(/^Touchpoint (Calls|Rings) the practice$/)).not.toBe('solid');

  const follow = bobsList.getByRole('button', { name: 'Follow Alice' });
  await follow.click();
  await expect(bobsList.getByRole('button', { name: 'Stop following Alice' })).toHaveAttribute('aria-pressed', 'true');
});

test("each participant sees the others' cursors on the map, labelled with their name, where they point", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const alice = await participant(browser, host.joinUrl, 'Alice');
  const bob = await participant(browser, host.joinUrl, 'Bob');
  const alicesCursor = bob.locator('.workshop-cursor[data-participant="Alice"]');
  await expect(alicesCursor).toHaveCount(0);

  // Alice points at a card: on Bob's map her cursor, named, points into the same card
  // (flow coordinates: right on Bob's screen whatever his zoom and pan).
  const card = (page: Page) => page.getByRole('button', { name: 'Touchpoint In the chair' });
  await card(alice).hover();
  await expect(alicesCursor).toBeVisible();
  await expect(alicesCursor).toHaveText('Alice');
  expect(await alicesCursor.evaluate((cursor) => cursor.closest('[aria-hidden]') !== null)).toBe(true);
  const inCard = async () => {
    const [tip, box] = await Promise.all([alicesCursor.boundingBox(), card(bob).boundingBox()]);
    return (
      tip !== null &&
      box !== null &&
      tip.x >= box.x &&
      tip.x <= box.x + box.width &&
      tip.y >= box.y &&
      tip.y <= box.y + box.height
    );
  };
  await expect.poll(inCard).toBe(true);
  // Bob zooms in: her cursor stays on the card on his screen.
  await bob.getByRole('button', { name: /zoom in/i }).click();
  await expect.poll(inCard).toBe(true);
  // Alice scrolls the map under a still pointer: it now points elsewhere on the map, for Bob too.
  const before = await alicesCursor.boundingBox();
  await alice.mouse.wheel(0, 200);
  await expect.poll(async () => ((await alicesCursor.boundingBox())?.y ?? 0) - before!.y).toBeGreaterThan(100);
  // Alice's own view shows no cursor of her own.
  await expect(alice.locator('.workshop-cursor[data-participant="Alice"]')).toHaveCount(0);

  // Her pointer leaves the canvas: the cursor goes; she leaves the workshop: it stays gone.
  await alice.getByRole('textbox', { name: 'Journey title' }).hover();
  await expect(alicesCursor).toHaveCount(0);
  await card(alice).hover();
  await expect(alicesCursor).toBeVisible();
  await alice.context().close();
  await expect(alicesCursor).toHaveCount(0, { timeout: 45_000 });
});

test('the facilitator brings everyone to the cards they show and runs the shared timer; participants cannot', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const lead = await participant(browser, host.facilitateUrl, 'Facilitator');
  const bob = await participant(browser, host.joinUrl, 'Bob');
  await expect(bob.getByRole('button', { name: 'Bring everyone here' })).toHaveCount(0);
  const bring = lead.getByRole('button', { name: 'Bring everyone here' });
  await expect(bring).toBeDisabled();
  await lead.getByRole('button', { name: 'Touchpoint In the chair' }).click();
  await bring.click();
  await expect(bob.getByText('Facilitator brought everyone here.')).toBeVisible();
  await expect(bob.getByRole('button', { name: 'Touchpoint In the chair' })).toBeInViewport();

  // The shared timer: the facilitator starts it, everyone sees it count down, only they stop it.
  await expect(bob.getByRole('button', { name: 'Start timer' })).toHaveCount(0);
  await lead.getByRole('spinbutton', { name: 'Minutes' }).fill('2');
  await lead.getByRole('button', { name: 'Start timer' }).click();
  await expect(bob.getByRole('timer', { name: 'Workshop timer' })).toHaveText(/^(2:00|1:5\d) left$/);
  await lead.getByRole('button', { name: 'Stop timer' }).click();
  await expect(bob.getByRole('timer', { name: 'Workshop timer' })).toHaveCount(0);
});

test('dot voting: the facilitator opens a vote of 2 dots on pain points, two participants vote, the counts are saved', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const file = sampleCopy();
  const voteHost = await serve(file);
  try {
    const lead = await participant(browser, voteHost.facilitateUrl, 'Facilitator');
    const alice = await participant(browser, voteHost.joinUrl, 'Alice');
    const bob = await participant(browser, voteHost.joinUrl, 'Bob');
    await expect(alice.getByRole('button', { name: 'Open a vote' })).toHaveCount(0);
    await lead.getByRole('combobox', { name: 'Vote on' }).selectOption('painPoints');
    await lead.getByRole('spinbutton', { name: 'Dots each' }).fill('2');
    await lead.getByRole('button', { name: 'Open a vote' }).click();

    const voteFor = (page: Page) => page.getByRole('button', { name: 'Vote for Twelve minutes on hold' });
    await expect(alice.getByText('2 dots left')).toBeVisible();
    await voteFor(alice).click();
    await voteFor(alice).click();
    // Both of Alice's dots are placed: no third.
    await expect(alice.getByText('0 dots left')).toBeVisible();
    await expect(voteFor(alice)).toBeDisabled();
    await voteFor(bob).click();
    for (const page of [lead, alice, bob]) {
      await expect(page.locator('[data-vote-count="pain-hold"]')).toHaveText('3');
      await expect(page.locator('[data-votes-for="tp-call"]')).toHaveText('3');
    }
    // The inspector's pain-point list carries the running count too.
    await bob.getByRole('button', { name: 'Touchpoint Calls the practice' }).click();
    await expect(bob.locator('[data-inspector-votes="pain-hold"]')).toHaveText('3 dots');
    // Alice takes one back.
    await alice.getByRole('button', { name: 'Take back a dot from Twelve minutes on hold' }).click();
    await expect(bob.locator('[data-vote-count="pain-hold"]')).toHaveText('2');
    await expect(alice.getByRole('button', { name: 'Close the vote' })).toHaveCount(0);

    await lead.getByRole('button', { name: 'Close the vote' }).click();
    await expect(bob.getByRole('button', { name: 'Vote for Twelve minutes on hold' })).toHaveCount(0);
    // Saved within a few seconds of the change.
    await expect
      .poll(
        () => {
          const saved = JSON.parse(readFileSync(file, 'utf8')) as {
            touchpoints: { painPoints: { id: string; votes?: number }[] }[];
          };
          return saved.touchpoints.flatMap((tp) => tp.painPoints).find((p) => p.id === 'pain-hold')?.votes;
        },
        { timeout: 15_000 },
      )
      .toBe(2);
  } finally {
    voteHost.child.kill('SIGTERM');
  }
});

test('a participant keeps editing while the host is down; it restarts and three participants converge', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const file = sampleCopy();
  const port = String(4300 + Math.floor(Math.random() * 500));
  let crashed: Host | null = await serve(file, ['--port', port]);
  try {
    const link = crashed.joinUrl;
    const alice = await participant(browser, crashed.joinUrl, 'Alice');
    const bob = await participant(browser, crashed.joinUrl, 'Bob');
    crashed.child.kill('SIGKILL');
    crashed = null;
    await expect(alice.getByText('Offline: your changes are kept')).toBeVisible();
    const aliceTitle = alice.getByRole('textbox', { name: 'Journey title' });
    await aliceTitle.fill('Written while the host was down');
    await aliceTitle.press('Enter');
    const restarted = await serve(file, ['--port', port]);
    try {
      await expect(bob.getByRole('textbox', { name: 'Journey title' })).toHaveValue('Written while the host was down', {
        timeout: 30_000,
      });
      // A third participant, joining the restarted host by the same link, gets the map with the edit.
      expect(restarted.joinUrl).toBe(link);
      const carol = await participant(browser, link, 'Carol', 'Written while the host was down');
      await expect(carol.getByRole('complementary', { name: 'In this workshop' })).toContainText('Alice');
    } finally {
      restarted.child.kill('SIGTERM');
    }
  } finally {
    crashed?.child.kill('SIGKILL');
  }
});

test('a forged link shows that it is not valid and nothing of the map', async ({ browser }) => {
  const forged = host.joinUrl.replace(/#join=.*/, `#join=${'A'.repeat(43)}`);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(forged);
  await page.getByRole('textbox', { name: 'Your name' }).fill('Mallory');
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('heading', { name: 'This workshop link is not valid' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Journey title' })).toHaveCount(0);
  await expect(page.getByText('Calls the practice')).toHaveCount(0);
  // A link without a whole token is refused before anything connects.
  await page.goto(host.joinUrl.replace(/#join=.*/, '#join=short'));
  await expect(page.getByRole('heading', { name: 'This workshop link is not valid' })).toBeVisible();
});
