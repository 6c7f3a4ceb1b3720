/** CLI commands as named objects: name, options, usage, run. */
import type { ParseArgsConfig } from 'node:util';
import { access } from 'node:fs/promises';
import { formatProblem } from '../../shared/model';
import { TEMPLATES, TEMPLATE_LANGS, findTemplate, isTemplateLang, type TemplateLang } from '../../shared/templates';
import { readJourneyFile, saveJourneyFile } from '../node/journeyFiles';
import { exportCommand } from './exportCommand';
import { reportCommand } from './reportCommand';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  version: string;
}

export interface CliContext {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
  io: CliIo;
  resolvePath(path: string): string;
}

export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(ctx: CliContext): Promise<number>;
}

const validate: CliCommand = {
  name: 'validate',
  usage: 'journey-studio validate <file>...',
  summary:
    'Checks each file and lists every problem as "file: path: message" on stderr.\nExit 0 when all are valid, 1 when any is invalid, 2 when any cannot be read.',
  options: {},
  async run({ positionals, io, resolvePath }) {
    if (positionals.length === 0) {
      io.stderr(`journey-studio validate: name at least one file\nusage: ${this.usage}\n`);
      return 2;
    }
    let exit = 0;
    for (const file of positionals) {
      const result = await readJourneyFile(resolvePath(file));
      if (result.ok) {
        io.stdout(
          `${file}: valid${result.migratedFrom !== undefined ? ` (format version ${result.migratedFrom}, readable; saving upgrades it)` : ''}\n`,
        );
        continue;
      }
      exit = Math.max(exit, result.reason === 'unreadable' ? 2 : 1);
      const label =
        result.reason === 'unreadable'
          ? 'cannot be read'
          : `${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`;
      io.stderr(`${file}: ${label}\n`);
      for (const problem of result.problems) io.stderr(`  ${formatProblem(problem)}\n`);
    }
    return exit;
  },
};

const newJourney: CliCommand = {
  name: 'new',
  usage: 'journey-studio new [--template <id>] [--lang en|zh-CN|zh-TW] [--title <text>] --out <file> [--force]',
  summary:
    'Creates a journey file from a template (default: blank) in the given language (default: en).\nRefuses to overwrite an existing file unless --force. "journey-studio templates" lists the ids.',
  options: {
    template: { type: 'string', short: 't' },
    lang: { type: 'string' },
    out: { type: 'string', short: 'o' },
    title: { type: 'string' },
    force: { type: 'boolean' },
  },
  async run({ values, io, resolvePath, positionals }) {
    if (positionals.length > 0) {
      io.stderr(`journey-studio new: unexpected argument "${positionals[0]}"\nusage: ${this.usage}\n`);
      return 2;
    }
    const out = values.out;
    if (typeof out !== 'string' || out === '') {
      io.stderr(`journey-studio new: --out <file> is required\nusage: ${this.usage}\n`);
      return 2;
    }
    const lang = templateLang(this.name, values.lang, io);
    if (!lang) return 2;
    const templateId = typeof values.template === 'string' ? values.template : 'blank';
    const template = findTemplate(templateId);
    if (!template) {
      io.stderr(
        `journey-studio new: unknown template "${templateId}"; choose one of: ${TEMPLATES.map((t) => t.id).join(', ')}\n`,
      );
      return 2;
    }
    const target = resolvePath(out);
    if (values.force !== true && (await exists(target))) {
      io.stderr(`journey-studio new: ${out} already exists; pass --force to replace it\n`);
      return 2;
    }
    const journey = template.build({ lang });
    if (typeof values.title === 'string') journey.title = values.title;
    await saveJourneyFile(target, journey, { backup: values.force === true });
    io.stdout(`created ${out} from template "${template.id}" (${lang})\n`);
    return 0;
  },
};

const templates: CliCommand = {
  name: 'templates',
  usage: 'journey-studio templates [--lang en|zh-CN|zh-TW]',
  summary: 'Lists the template ids with their name and a one-line description in the given language (default: en).',
  options: { lang: { type: 'string' } },
  async run({ values, io }) {
    const lang = templateLang(this.name, values.lang, io);
    if (!lang) return 2;
    const width = Math.max(...TEMPLATES.map((t) => t.id.length));
    for (const t of TEMPLATES) io.stdout(`${t.id.padEnd(width)}  ${t.name[lang]}: ${t.description[lang]}\n`);
    return 0;
  },
};

/** The --lang value, English when absent; null (after one line on stderr) when it is not a template language. */
function templateLang(command: string, value: unknown, io: CliIo): TemplateLang | null {
  if (value === undefined) return 'en';
  if (typeof value === 'string' && isTemplateLang(value)) return value;
  io.stderr(
    `journey-studio ${command}: unknown language "${String(value)}"; choose one of: ${TEMPLATE_LANGS.join(', ')}\n`,
  );
  return null;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export const commands: readonly CliCommand[] = [validate, newJourney, templates, exportCommand, reportCommand];
