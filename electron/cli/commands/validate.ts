/** `journey-studio validate`: checks files and lists every problem; the exit code says the worst. */
import { createTranslator } from '../../../shared/i18n/translate';
import { formatProblem, type Problem } from '../../../shared/model';
import { problemIn } from '../../../shared/model/problemText';
import { readJourneyFile } from '../../node/journeyFiles';
import { CliFailure, type CliCommand } from '../contract';
import { uiLanguageOption } from './reportLang';

export const validateCommand: CliCommand = {
  name: 'validate',
  operands: '<file>...',
  synopsis: 'check files (exit 0 valid, 1 invalid, 2 unreadable)',
  summary:
    'Checks each file and lists every problem as "file: path: message" on stderr.\nExit 0 when all are valid, 1 when any is invalid, 2 when any cannot be read.\nProblems are in English unless --lang names another language (the app words them in its own).',
  options: {
    lang: {
      type: 'string',
      value: 'en|zh-CN|zh-TW',
      description: "the language of the problems' words (default: en); paths stay as they are",
    },
  },
  async run(ctx) {
    const { positionals, io, resolvePath } = ctx;
    if (positionals.length === 0) throw new CliFailure('name at least one file', { showUsage: true });
    const lang = uiLanguageOption(ctx);
    // English is the problems' own text (byte for byte what scripts read); other languages by code.
    const t = lang === 'en' ? null : createTranslator(lang);
    const worded = (problem: Problem) => (t ? problemIn(problem, t) : formatProblem(problem));
    let exit = 0;
    for (const file of positionals) {
      const result = await readJourneyFile(resolvePath(file));
      if (result.ok) {
        for (const note of result.notes) io.stderr(`note: ${file}: ${formatProblem(note)}\n`);
        io.stdout(
          `${file}: valid${result.migratedFrom !== undefined ? ` (format version ${result.migratedFrom}, readable; saving upgrades it)` : ''}\n`,
        );
        continue;
      }
      // A file's problems are the command's findings, not a failure of the command: listed in full.
      exit = Math.max(exit, result.reason === 'unreadable' ? 2 : 1);
      const label =
        result.reason === 'unreadable'
          ? 'cannot be read'
          : `${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`;
      io.stderr(`${file}: ${label}\n`);
      for (const problem of result.problems) io.stderr(`  ${worded(problem)}\n`);
    }
    return exit;
  },
};
