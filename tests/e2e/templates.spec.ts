/**
 * New from template: the dialog (toolbar, palette), the start screen's tiles and its "open a
 * sample" link; previews drawn by the static renderer; Save / Don't Save / Cancel first when
 * the open map has unsaved changes; the journey in the UI language.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chooseLanguage, openFromPalette, templateFile } from './appearanceHelpers';

/** The templates as the dialog names them in English (shared/templates; its ?raw imports need Vite). */
const TEMPLATES = [
  { id: 'blank', name: 'Blank journey', description: 'An empty map: add stages and touchpoints yourself.' },
  { id: 'journey-map', name: 'Journey map lanes', description: 'customer actions, touchpoints, thoughts' },
  { id: 'service-blueprint', name: 'Service blueprint lanes', description: 'frontstage, backstage, support' },
  { id: 'restaurant', name: 'Restaurant visit', description: 'A Lebanese restaurant with a clear mission' },
  { id: 'online-retail', name: 'Online retail purchase', description: '' },
  { id: 'b2b-saas', name: 'B2B SaaS sale and onboarding', description: '' },
  { id: 'dental-practice', name: 'Dental practice visit', description: '' },
  { id: 'contact-centre', name: 'Contact-centre support case', description: '' },
] as const;

const templateDialog = (page: Page) => page.getByRole('dialog', { name: 'New from template' });
const titleBox = (page: Page) => page.getByRole('toolbar').getByRole('textbox', { name: 'Journey title' });

async function openTemplateDialog(page: Page): Promise<Locator> {
  await openFromPalette(page, 'New from template…');
  const dialog = templateDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Every preview decoded as an image (a broken data: URL would have no size). */
async function expectPreviewsDrawn(scope: Locator, count: number): Promise<void> {
  const previews = scope.locator('img.template-tile__preview');
  await expect(previews).toHaveCount(count);
  await expect
    .poll(() => previews.evaluateAll((imgs) => imgs.filter((i) => (i as HTMLImageElement).naturalWidth > 0).length))
    .toBe(count);
  for (const src of await previews.evaluateAll((imgs) => imgs.map((i) => i.getAttribute('src') ?? '')))
    expect(src.startsWith('data:image/svg+xml')).toBe(true);
}

test('the dialog lists Blank and every template, with a preview and a one-line description', async ({ page }) => {
  await page.goto('/');
  const dialog = await openTemplateDialog(page);
  for (const template of TEMPLATES) {
    const tile = dialog.getByRole('button', { name: template.name, exact: true });
    await expect(tile).toBeVisible();
    // The one-line description is the tile's description, and says more than the name.
    const description = await tile.evaluate(
      (el) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent ?? '',
    );
    expect(description).toContain(template.description);
    expect(description.length).toBeGreaterThan(30);
  }
  await expectPreviewsDrawn(dialog, TEMPLATES.length);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

for (const template of TEMPLATES) {
  test(`creates a journey from the "${template.id}" template through the dialog`, async ({ page }) => {
    await page.goto('/');
    // Blank and the two lane sets are empty maps built in code; the others are template files.
    const built = ['blank', 'journey-map', 'service-blueprint'].includes(template.id)
      ? { title: 'Untitled journey', stages: [], touchpoints: [] }
      : templateFile(template.id, 'en');
    const dialog = await openTemplateDialog(page);
    await dialog.getByRole('button', { name: template.name, exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(titleBox(page)).toHaveValue(built.title);
    await expect(page.locator('.stage-lane')).toHaveCount(built.stages.length);
    await expect(page.getByTestId('touchpoint-card')).toHaveCount(built.touchpoints.length);
    if (template.id === 'service-blueprint')
      await expect(page.locator('.lane-header__name')).toHaveText([
        'Customer actions',
        'Touchpoints',
        'Frontstage',
        'Backstage',
        'Support processes',
        'Physical evidence',
      ]);
    // A new, unsaved document: the window is not linked to the template or any file.
    await expect(page).toHaveTitle(`${built.title} — Journey Studio`);
  });
}

test('asks Save / Don’t Save / Cancel first when the map has unsaved changes', async ({ page }) => {
  await page.goto('/');
  await titleBox(page).fill('My own workshop');
  let dialog = await openTemplateDialog(page);
  await dialog.getByRole('button', { name: 'Dental practice visit' }).click();
  const ask = page.getByRole('dialog', { name: 'Save changes to “My own workshop”?' });
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(titleBox(page)).toHaveValue('My own workshop');

  dialog = await openTemplateDialog(page);
  await dialog.getByRole('button', { name: 'Dental practice visit' }).click();
  await ask.getByRole('button', { name: 'Don’t Save' }).click();
  await expect(titleBox(page)).toHaveValue(templateFile('dental-practice', 'en').title);
});

test('the start screen shows the templates as tiles and links first-time users to a sample', async ({ page }) => {
  await page.goto('/');
  const start = page.getByRole('region', { name: 'Start', exact: true });
  const tiles = start.getByRole('list', { name: 'Templates' });
  await expect(tiles.getByRole('button')).toHaveCount(TEMPLATES.length - 1); // Blank has its own button
  await expectPreviewsDrawn(tiles, TEMPLATES.length - 1);
  await page.screenshot({ path: 'out/screenshots/light-start.png', fullPage: true });
  await start.getByRole('button', { name: 'Open a sample journey map' }).click();
  await expect(start).toHaveCount(0);
  const sample = templateFile('restaurant', 'en');
  await expect(titleBox(page)).toHaveValue(sample.title);
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(sample.touchpoints.length);
});

test('a start screen tile creates its journey', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('region', { name: 'Start', exact: true })
    .getByRole('button', { name: 'B2B SaaS sale and onboarding' })
    .click();
  await expect(titleBox(page)).toHaveValue(templateFile('b2b-saas', 'en').title);
});

test('templates come in the UI language', async ({ page }) => {
  await page.goto('/');
  await chooseLanguage(page, '繁體中文');
  const tile = page
    .getByRole('region', { name: '開始', exact: true })
    .getByRole('button', { name: '客服中心案件處理' });
  await expect(tile).toContainText('故障報修');
  await tile.click();
  const journey = templateFile('contact-centre', 'zh-TW');
  await expect(page.getByRole('toolbar').getByRole('textbox', { name: '旅程標題' })).toHaveValue(journey.title);
  await expect(page.getByTestId('touchpoint-card').first()).toContainText(/[\u4e00-\u9fff]/);
});
