/** The usage is generated from the command registry: nothing a command accepts is missing from it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../electron/cli/registry';
import { usageLine } from '../../../electron/cli/usage';
import { EXPORT_OPTION_NAMES } from '../../../shared/export';
import { cli } from '../../helpers/runCliInProcess';

describe('the usage', () => {
  it('lists every command with every flag it accepts', async () => {
    const help = (await cli('--help')).stdout;
    for (const command of COMMANDS) {
      const line = help
        .split('\n')
        .find((l) => l.startsWith(`  journey-studio ${command.name} `) || l === `  journey-studio ${command.name}`);
      expect(line, command.name).toBe(`  ${usageLine(command)}`);
      for (const flag of Object.keys(command.options)) expect(line, `${command.name} --${flag}`).toContain(`--${flag}`);
    }
    // The flags the old hand-written text had lost.
    expect(help).toContain('[--title <text>]');
    expect(help).toContain('[--force]');
    expect(help).toContain('[--background page|white|transparent]');
    expect(help).toContain('[--orientation landscape|portrait] [--tile]');
  });

  it('gives each command a help page naming each flag, its short form and what it does', async () => {
    for (const command of COMMANDS) {
      const help = await cli(command.name, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout.startsWith(`usage: ${usageLine(command)}\n`)).toBe(true);
      for (const [flag, option] of Object.entries(command.options)) {
        const row = help.stdout.split('\n').find((l) => l.includes(`--${flag}`) && l.startsWith('  '));
        expect(row, `${command.name} --${flag}`).toContain(option.description);
        if (option.short) expect(row).toContain(`-${option.short}, --${flag}`);
      }
    }
  });

  it('offers export exactly the options of the export option matrix, the map bands, and the language of its words', () => {
    const exportCommand = COMMANDS.find((c) => c.name === 'export')!;
    expect(Object.keys(exportCommand.options)).toEqual(['format', 'out', ...EXPORT_OPTION_NAMES, 'bands', 'lang']);
  });
});

describe('one error style', () => {
  it.each([
    [['validate'], 'journey-studio validate: name at least one file', true],
    [['new'], 'journey-studio new: --out <file> is required', true],
    [['new', 'stray', '--out', 'x.journey'], 'journey-studio new: unexpected argument "stray"', true],
    [
      ['templates', '--lang', 'fr'],
      'journey-studio templates: unknown language "fr"; choose one of: en, zh-CN, zh-TW',
      false,
    ],
    [['export', 'x.journey', '--format', 'png'], 'journey-studio export: --out <path> is required', true],
    [['report'], 'journey-studio report: name the journey file to read', true],
    [['report', 'a.journey', 'b.journey'], 'journey-studio report: expected one journey file, got 2', true],
  ])('%j fails with one line naming the command%s', async (args, line, withUsage) => {
    const result = await cli(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const [first, second, ...rest] = result.stderr.split('\n');
    expect(first).toBe(line);
    if (withUsage) {
      const command = COMMANDS.find((c) => c.name === args[0])!;
      expect(second).toBe(`usage: ${usageLine(command)}`);
      expect(rest).toEqual(['']);
    } else {
      expect(second).toBe('');
    }
  });
});

describe('docs/cli.md', () => {
  it('shows the usage exactly as the CLI prints it', async () => {
    const doc = readFileSync(new URL('../../../docs/cli.md', import.meta.url), 'utf8');
    const shown = /<!-- usage:start -->\s*```text\n([\s\S]*?)```\s*<!-- usage:end -->/.exec(doc)?.[1];
    expect(shown).toBe((await cli('--help')).stdout);
  });
});
