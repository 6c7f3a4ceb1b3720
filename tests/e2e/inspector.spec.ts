/**
 * The side panels end to end, driven only by role and accessible name: a touchpoint filled in
 * through the Touchpoint tab (channel, tier, emotion, moment of truth, pain points, an
 * opportunity, a metric, a custom channel), the persona and a stage's customer goal, then the
 * saved file is read back to check that exactly those values reached the document.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { installFakeFileSystem, pickForSave, readFakeFile } from './fakeFileSystem';

const panel = (page: Page) => page.getByRole('tabpanel');
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
const group = (scope: Page | Locator, name: string) => scope.getByRole('group', { name, exact: true });
const textbox = (scope: Locator, name: string) => scope.getByRole('textbox', { name, exact: true });
const combobox = (scope: Locator, name: string) => scope.getByRole('combobox', { name, exact: true });

async function saveAndRead(page: Page, name: string) {
  await pickForSave(page, name);
  await page.getByRole('button', { name: 'Save As…' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved ${name}` })).toBeVisible();
  return JSON.parse((await readFakeFile(page, name))!);
}

async function startWithOneTouchpoint(page: Page) {
  await installFakeFileSystem(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.getByRole('button', { name: 'Add touchpoint' }).click();
  await expect(tab(page, 'Touchpoint')).toHaveAttribute('aria-selected', 'true');
}

async function fillTouchpoint(page: Page) {
  const form = panel(page);
  await textbox(form, 'Title').fill('Compare prices');
  await textbox(form, 'Description').fill('The guest compares room prices across sites.');
  await combobox(form, 'Channel').selectOption('mobile-app');
  await combobox(form, 'Pyramid tier').selectOption('usability');
  await form.getByRole('radiogroup', { name: 'Emotion' }).getByRole('radio', { name: 'Negative', exact: true }).check();
  await form.getByRole('checkbox', { name: 'Moment of truth' }).check();
  await textbox(form, 'Owner').fill('Web team');
  await textbox(form, 'Notes').fill('Seen in three workshops.');

  await form.getByRole('button', { name: 'Add pain point' }).click();
  const first = group(form, 'Pain point 1');
  await expect(textbox(first, 'Text')).toBeFocused();
  await textbox(first, 'Text').fill('Hidden fees at the end');
  await combobox(first, 'Severity').selectOption('4');
  await combobox(first, 'Source').selectOption('indirect');
  await textbox(first, 'Evidence').fill('Review sites, March');
  await form.getByRole('button', { name: 'Add pain point' }).click();
  const second = group(form, 'Pain point 2');
  await textbox(second, 'Text').fill('Slow search');
  await combobox(second, 'Severity').selectOption('2');
  await second.getByRole('button', { name: 'Move pain point up' }).click();
  await expect(textbox(group(form, 'Pain point 1'), 'Text')).toHaveValue('Slow search');
  await expect(textbox(group(form, 'Pain point 2'), 'Text')).toHaveValue('Hidden fees at the end');
  await expect(group(form, 'Pain point 1').getByRole('button', { name: 'Move pain point up' })).toBeDisabled();

  await form.getByRole('button', { name: 'Add opportunity' }).click();
  const opportunity = group(form, 'Opportunity 1');
  await textbox(opportunity, 'Text').fill('Show the full price up front');
  await combobox(opportunity, 'Impact').selectOption('5');
  await combobox(opportunity, 'Effort').selectOption('2');
  await textbox(opportunity, 'Owner').fill('Pricing squad');
  await combobox(opportunity, 'Status').selectOption('planned');

  await form.getByRole('button', { name: 'Add metric' }).click();
  const metric = group(form, 'Metric 1');
  await combobox(metric, 'KPI').selectOption('cart-abandonment');
  await textbox(metric, 'Baseline').fill('68');
  await textbox(metric, 'Current').fill('61.5');
  await textbox(metric, 'Target').fill('50');
  await expect(metric.getByRole('checkbox', { name: 'Higher is better' })).not.toBeChecked();
}

test('fill in a touchpoint, the persona and a stage; the saved file holds exactly that', async ({ page }) => {
  await startWithOneTouchpoint(page);
  await fillTouchpoint(page);
  const form = panel(page);

  await form.getByRole('button', { name: 'Add custom channel' }).click();
  await textbox(form, 'Custom channel name').fill('Drive-through');
  await textbox(form, 'Custom channel name').press('Enter');
  await expect(combobox(form, 'Channel').locator('option:checked')).toHaveText('Drive-through');

  await tab(page, 'Journey').click();
  const journey = panel(page);
  // The journey's description comes first; the persona's form has one too.
  await textbox(journey, 'Description').first().fill('A weekend hotel booking.');
  // Rating the card made the primary persona, "Customer" (the emotion is that persona's).
  await expect(textbox(journey, 'Name')).toHaveValue('Customer');
  await textbox(journey, 'Name').fill('Maya, busy parent');
  await journey.getByRole('button', { name: 'Add goal' }).click();
  await expect(textbox(journey, 'Goal 1')).toBeFocused();
  await textbox(journey, 'Goal 1').fill('Book in two minutes');
  await journey.getByRole('button', { name: 'Add need' }).click();
  await textbox(journey, 'Need 1').fill('A clear total price');
  await journey.getByRole('button', { name: 'Add goal' }).click();
  await textbox(journey, 'Goal 2').fill('Temporary goal');
  await journey.getByRole('button', { name: 'Remove goal 2' }).click();
  await expect(textbox(journey, 'Goal 2')).toHaveCount(0);

  await tab(page, 'Stages').click();
  const stage2 = group(panel(page), 'Stage 2');
  await textbox(stage2, 'Name').fill('Book');
  await textbox(stage2, 'Customer goal').fill('Pay without surprises');

  const saved = await saveAndRead(page, 'panels.journey');
  expect(saved.description).toBe('A weekend hotel booking.');
  expect(saved.personas).toHaveLength(1);
  expect(saved.personas[0]).toEqual({
    id: 'persona-1',
    name: 'Maya, busy parent',
    goals: ['Book in two minutes'],
    needs: ['A clear total price'],
    expectations: [],
  });
  expect(saved.stages[1]).toMatchObject({ name: 'Book', customerGoal: 'Pay without surprises' });
  expect(saved.channels).toHaveLength(1);
  expect(saved.channels[0].name).toBe('Drive-through');
  const [tp] = saved.touchpoints;
  expect(tp).toMatchObject({
    title: 'Compare prices',
    description: 'The guest compares room prices across sites.',
    channel: saved.channels[0].id,
    tier: 'usability',
    emotions: { 'persona-1': -1 },
    momentOfTruth: true,
    owner: 'Web team',
    notes: 'Seen in three workshops.',
  });
  expect(
    tp.painPoints.map((p: { text: string; severity: number; source: string }) => [p.text, p.severity, p.source]),
  ).toEqual([
    ['Slow search', 2, 'direct'],
    ['Hidden fees at the end', 4, 'indirect'],
  ]);
  expect(tp.painPoints[1].evidence).toBe('Review sites, March');
  expect(tp.opportunities).toEqual([
    expect.objectContaining({
      text: 'Show the full price up front',
      impact: 5,
      effort: 2,
      owner: 'Pricing squad',
      status: 'planned',
    }),
  ]);
  expect(tp.metrics).toEqual([
    expect.objectContaining({
      kpi: 'cart-abandonment',
      unit: '%',
      baseline: 68,
      current: 61.5,
      target: 50,
      higherIsBetter: false,
    }),
  ]);

  // Selecting a card brings the Touchpoint tab back.
  await page.getByRole('button', { name: 'Touchpoint Compare prices' }).click();
  await expect(tab(page, 'Touchpoint')).toHaveAttribute('aria-selected', 'true');
  await expect(textbox(panel(page), 'Title')).toHaveValue('Compare prices');
});

test('a severity of 7 cannot be entered, and a number field refuses text', async ({ page }) => {
  await startWithOneTouchpoint(page);
  const form = panel(page);
  await form.getByRole('button', { name: 'Add pain point' }).click();
  const severity = combobox(group(form, 'Pain point 1'), 'Severity');
  await severity.selectOption('4');
  await expect(severity.locator('option')).toHaveText([
    '1 · Minor',
    '2 · Moderate',
    '3 · Significant',
    '4 · Severe',
    '5 · Critical',
  ]);
  await expect(severity.selectOption('7', { timeout: 1000 })).rejects.toThrow();
  // Even a forced out-of-list value is refused: the select reports "" and the document keeps 4.
  await severity.evaluate((el: HTMLSelectElement) => {
    el.value = '7';
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });

  await form.getByRole('button', { name: 'Add metric' }).click();
  const current = textbox(group(form, 'Metric 1'), 'Current');
  await current.fill('70');
  await current.fill('seventy');
  await expect(form.getByRole('alert')).toHaveText('Not a number');
  await expect(current).toHaveAttribute('aria-invalid', 'true');

  const saved = await saveAndRead(page, 'invalid.journey');
  expect(saved.touchpoints[0].painPoints[0].severity).toBe(4);
  expect(saved.touchpoints[0].metrics[0].current).toBe(70);
  await current.fill('');
  const cleared = await saveAndRead(page, 'cleared.journey');
  expect(cleared.touchpoints[0].metrics[0]).not.toHaveProperty('current');
});

test('undo reverts a field edit, and redo brings it back', async ({ page }) => {
  await startWithOneTouchpoint(page);
  const title = textbox(panel(page), 'Title');
  await title.fill('Compare prices');
  await combobox(panel(page), 'Pyramid tier').selectOption('delight');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(combobox(panel(page), 'Pyramid tier')).toHaveValue('utility');
  await expect(title).toHaveValue('Compare prices');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(title).toHaveValue('Touchpoint 1');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(title).toHaveValue('Compare prices');
});

test('several selected touchpoints share a tier change; nothing selected explains what to do', async ({ page }) => {
  await startWithOneTouchpoint(page);
  await page.getByRole('button', { name: 'Add touchpoint' }).click();
  await page.getByRole('button', { name: 'Touchpoint Touchpoint 1' }).click();
  await page.getByRole('button', { name: 'Touchpoint Touchpoint 2' }).click({ modifiers: ['Shift'] });
  await expect(panel(page).getByRole('status')).toHaveText('2 touchpoints selected');
  await combobox(panel(page), 'Pyramid tier').selectOption('delight');
  await expect(page.getByRole('button', { name: /^Touchpoint Touchpoint/ }).filter({ hasText: 'Delight' })).toHaveCount(
    2,
  );

  await page.getByRole('region', { name: 'Journey map' }).click({ position: { x: 5, y: 5 } });
  // With nothing selected the panel folds to its tabs; the Touchpoint tab opens it.
  await expect(page.getByRole('tabpanel')).toHaveCount(0);
  await tab(page, 'Touchpoint').click();
  await expect(panel(page)).toContainText('No touchpoint selected.');
});

test('tabs follow the keyboard: arrows move between them', async ({ page }) => {
  await page.goto('/');
  await tab(page, 'Touchpoint').focus();
  await page.keyboard.press('ArrowRight');
  await expect(tab(page, 'Journey')).toBeFocused();
  await expect(tab(page, 'Journey')).toHaveAttribute('aria-selected', 'true');
  await expect(panel(page).getByRole('button', { name: 'Add persona' })).toBeVisible();
  await page.keyboard.press('End');
  await expect(tab(page, 'Stages')).toHaveAttribute('aria-selected', 'true');
  await expect(panel(page)).toContainText('No stages yet.');
});

test('axe finds no serious or critical problems in any tab', async ({ page }) => {
  await startWithOneTouchpoint(page);
  await fillTouchpoint(page);
  await panel(page).getByRole('button', { name: 'Add custom channel' }).click();
  const scan = async () => {
    const { violations } = await new AxeBuilder({ page }).include('aside.side-panels').analyze();
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  };
  expect(await scan()).toEqual([]);
  await tab(page, 'Journey').click();
  // The rating above made the primary persona, so its form is there already.
  await panel(page).getByRole('button', { name: 'Add goal' }).click();
  expect(await scan()).toEqual([]);
  await tab(page, 'Stages').click();
  expect(await scan()).toEqual([]);
});
