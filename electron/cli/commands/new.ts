/** `journey-studio new`: a journey file from a template, never over an existing file unless --force. */
import { TEMPLATES, findTemplate } from '../../../shared/templates';
import { saveJourneyFile } from '../../node/journeyFiles';
import { CliFailure, stringOption, type CliCommand } from '../contract';
import { LANG_OPTION, templateLang } from './templateLang';
import { pathExists } from '../pathExists';

export const newCommand: CliCommand = {
  name: 'new',
  operands: '',
  synopsis: 'create a journey from a template (en, zh-CN or zh-TW)',
  summary:
    'Creates a journey file from a template (default: blank) in the given language (default: en).\nRefuses to overwrite an existing file unless --force. "journey-studio templates" lists the ids.',
  options: {
    template: { type: 'string', short: 't', value: '<id>', description: 'the template to start from (default: blank)' },
    lang: LANG_OPTION,
    title: { type: 'string', value: '<text>', description: "the journey's title instead of the template's" },
    out: { type: 'string', short: 'o', value: '<file>', required: true, description: 'the file to create' },
    force: { type: 'boolean', description: 'replace the file if it exists (the old one is kept as .bak)' },
  },
  async run(ctx) {
    const { positionals, io, resolvePath, values } = ctx;
    if (positionals.length > 0) throw new CliFailure(`unexpected argument "${positionals[0]}"`, { showUsage: true });
    const out = stringOption(ctx, 'out');
    if (out === undefined || out === '') throw new CliFailure('--out <file> is required', { showUsage: true });
    const lang = templateLang(ctx);
    const templateId = stringOption(ctx, 'template') ?? 'blank';
    const template = findTemplate(templateId);
    if (!template) {
      throw new CliFailure(`unknown template "${templateId}"; choose one of: ${TEMPLATES.map((t) => t.id).join(', ')}`);
    }
    const target = resolvePath(out);
    if (values.force !== true && (await pathExists(target))) {
      throw new CliFailure(`${out} already exists; pass --force to replace it`);
    }
    const journey = template.build({ lang });
    const title = stringOption(ctx, 'title');
    if (title !== undefined) journey.title = title;
    await saveJourneyFile(target, journey, { backup: values.force === true });
    io.stdout(`created ${out} from template "${template.id}" (${lang})\n`);
    return 0;
  },
};
