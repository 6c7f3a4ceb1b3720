/** `journey-studio new --template … --lang …` and `journey-studio templates --lang …`, run in-process. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/runCliInProcess';
import { loadJourneyText } from '../../../shared/model';
import { TEMPLATES, TEMPLATE_LANGS } from '../../../shared/templates';

const tempFile = (name: string) => join(mkdtempSync(join(tmpdir(), 'js-templates-')), name);

describe('journey-studio new --template --lang', () => {
  const cases = TEMPLATES.flatMap((template) => TEMPLATE_LANGS.map((lang) => ({ template, lang })));

  it.each(cases)('creates $template.id in $lang', async ({ template, lang }) => {
    const out = tempFile(`${template.id}.journey`);
    const result = await cli('new', '--template', template.id, '--lang', lang, '--out', out);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`from template "${template.id}" (${lang})`);
    const loaded = loadJourneyText(readFileSync(out, 'utf8'));
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
    if (loaded.ok) expect(loaded.journey.title).toBe(template.build({ lang }).title);
  });

  it('uses English without --lang and keeps --title over the template title', async () => {
    const plain = tempFile('plain.journey');
    await cli('new', '--template', 'restaurant', '--out', plain);
    expect(JSON.parse(readFileSync(plain, 'utf8')).title).toBe('Dinner at Cedar & Salt');
    const titled = tempFile('titled.journey');
    expect(
      (await cli('new', '--template', 'dental-practice', '--lang', 'zh-CN', '--title', '试点诊所', '--out', titled))
        .code,
    ).toBe(0);
    const journey = JSON.parse(readFileSync(titled, 'utf8'));
    expect(journey.title).toBe('试点诊所');
    expect(journey.stages[0].name).toBe('选择诊所');
  });

  it('refuses an unknown language with one line naming the choices, and writes nothing', async () => {
    const out = tempFile('never.journey');
    const result = await cli('new', '--template', 'restaurant', '--lang', 'fr', '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('journey-studio new: unknown language "fr"; choose one of: en, zh-CN, zh-TW\n');
    expect(() => readFileSync(out)).toThrow();
  });
});

describe('journey-studio templates --lang', () => {
  it.each(TEMPLATE_LANGS)('lists every template with its name and description in %s', async (lang) => {
    const result = await cli('templates', '--lang', lang);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(TEMPLATES.length);
    TEMPLATES.forEach((t, i) => {
      expect(lines[i]).toMatch(new RegExp(`^${t.id}\\s+`));
      expect(lines[i]).toContain(`${t.name[lang]}: ${t.description[lang]}`);
    });
  });

  it('lists in English by default and refuses an unknown language', async () => {
    expect((await cli('templates')).stdout).toMatch(/^b2b-saas\s+B2B SaaS sale and onboarding: /m);
    expect(await cli('templates', '--lang', 'zh')).toMatchObject({
      code: 2,
      stderr: 'journey-studio templates: unknown language "zh"; choose one of: en, zh-CN, zh-TW\n',
    });
  });
});
