/** `journey-studio templates`: the template ids with their name and a one-line description. */
import { TEMPLATES } from '../../../shared/templates';
import type { CliCommand } from '../contract';
import { LANG_OPTION, templateLang } from './templateLang';

export const templatesCommand: CliCommand = {
  name: 'templates',
  operands: '',
  synopsis: 'list template ids with a one-line description',
  summary: 'Lists the template ids with their name and a one-line description in the given language (default: en).',
  options: { lang: LANG_OPTION },
  async run(ctx) {
    const lang = templateLang(ctx);
    const width = Math.max(...TEMPLATES.map((t) => t.id.length));
    for (const t of TEMPLATES) ctx.io.stdout(`${t.id.padEnd(width)}  ${t.name[lang]}: ${t.description[lang]}\n`);
    return 0;
  },
};
