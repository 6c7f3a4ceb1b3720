/**
 * The option matrix: which options each export format takes, their values, ranges and
 * defaults. The command line checks its flags against it and the Export dialog shows the
 * options it lists, so the two can never disagree about what an option means.
 */
import { EXPORT_FORMATS, type ExportFormat } from './formats';
import { ORIENTATIONS, PAGE_SIZE_IDS, type Orientation, type PageSize } from './pageSizes';

/** Background of a raster or SVG map: the theme's page colour (white in light), white, or none. */
export const BACKGROUNDS = ['page', 'white', 'transparent'] as const;
export type ExportBackground = (typeof BACKGROUNDS)[number];

export const MAP_THEMES = ['light', 'dark'] as const;
export type ExportTheme = (typeof MAP_THEMES)[number];

/** Every option with a value; an export uses those its format takes. */
export interface ExportOptionValues {
  /** PNG: pixels per map pixel. */
  scale: number;
  background: ExportBackground;
  theme: ExportTheme;
  page: PageSize;
  orientation: Orientation;
  /** PDF: spread the map over pages at natural size instead of fitting it on one. */
  tile: boolean;
}

export type ExportOptionName = keyof ExportOptionValues;

interface RuleBase {
  formats: readonly ExportFormat[];
}
export interface NumberRule extends RuleBase {
  kind: 'number';
  min: number;
  max: number;
  default: number;
  /** The usual values: the dialog's choices, the CLI's examples. */
  presets: readonly number[];
}
export interface ChoiceRule<T extends string> extends RuleBase {
  kind: 'choice';
  choices: readonly T[];
  default: T;
}
export interface FlagRule extends RuleBase {
  kind: 'flag';
  default: false;
}

export type OptionRule = NumberRule | ChoiceRule<string> | FlagRule;

type Rules = {
  [K in ExportOptionName]: ExportOptionValues[K] extends number
    ? NumberRule
    : ExportOptionValues[K] extends boolean
      ? FlagRule
      : ChoiceRule<ExportOptionValues[K] & string>;
};

/** PNG scale limits: below 0.25× text is unreadable; above 4× files grow for no visible gain. */
export const MIN_SCALE = 0.25;
export const MAX_SCALE = 4;

export const EXPORT_OPTION_RULES: Rules = {
  scale: { kind: 'number', formats: ['png'], min: MIN_SCALE, max: MAX_SCALE, default: 1, presets: [1, 2, 4] },
  background: { kind: 'choice', formats: ['png', 'svg'], choices: BACKGROUNDS, default: 'page' },
  theme: { kind: 'choice', formats: ['png', 'svg', 'pdf', 'html'], choices: MAP_THEMES, default: 'light' },
  page: { kind: 'choice', formats: ['pdf'], choices: PAGE_SIZE_IDS, default: 'a4' },
  orientation: { kind: 'choice', formats: ['pdf'], choices: ORIENTATIONS, default: 'landscape' },
  tile: { kind: 'flag', formats: ['pdf'], default: false },
};

export const EXPORT_OPTION_NAMES = Object.keys(EXPORT_OPTION_RULES) as ExportOptionName[];

export const DEFAULT_EXPORT_OPTION_VALUES: ExportOptionValues = {
  scale: EXPORT_OPTION_RULES.scale.default,
  background: EXPORT_OPTION_RULES.background.default,
  theme: EXPORT_OPTION_RULES.theme.default,
  page: EXPORT_OPTION_RULES.page.default,
  orientation: EXPORT_OPTION_RULES.orientation.default,
  tile: EXPORT_OPTION_RULES.tile.default,
};

export function optionApplies(option: ExportOptionName, format: ExportFormat): boolean {
  return EXPORT_OPTION_RULES[option].formats.includes(format);
}

/** The options a format takes, in the matrix's order. */
export function optionsOf(format: ExportFormat): ExportOptionName[] {
  return EXPORT_OPTION_NAMES.filter((option) => optionApplies(option, format));
}

/** Why a set of options was refused; each host words it (the CLI names flags, the dialog cannot go wrong). */
export type ExportOptionProblem =
  | { kind: 'not-applicable'; option: ExportOptionName; format: ExportFormat; formats: readonly ExportFormat[] }
  | { kind: 'out-of-range'; option: ExportOptionName; value: unknown; rule: NumberRule }
  | { kind: 'unknown-choice'; option: ExportOptionName; value: unknown; choices: readonly string[] }
  | { kind: 'not-a-flag'; option: ExportOptionName; value: unknown };

export type ResolvedExportOptions =
  { ok: true; options: ExportOptionValues } | { ok: false; problem: ExportOptionProblem };

function parseValue(option: ExportOptionName, value: unknown): ExportOptionProblem | { value: unknown } {
  const rule: OptionRule = EXPORT_OPTION_RULES[option];
  if (rule.kind === 'number') {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isFinite(number) || number < rule.min || number > rule.max) {
      return { kind: 'out-of-range', option, value, rule };
    }
    return { value: number };
  }
  if (rule.kind === 'flag') return typeof value === 'boolean' ? { value } : { kind: 'not-a-flag', option, value };
  if (typeof value !== 'string' || !rule.choices.includes(value)) {
    return { kind: 'unknown-choice', option, value, choices: rule.choices };
  }
  return { value };
}

/**
 * The options an export of `format` runs with: the given ones checked, the rest their
 * defaults. Giving an option the format does not take is a problem, not silently ignored;
 * every option is checked for applicability before any value is, so the first problem
 * named is the most basic one.
 */
export function resolveExportOptions(
  format: ExportFormat,
  given: Partial<Record<ExportOptionName, unknown>>,
): ResolvedExportOptions {
  if (!EXPORT_FORMATS.includes(format)) throw new Error(`unknown export format ${String(format)}`);
  const present = EXPORT_OPTION_NAMES.filter((option) => given[option] !== undefined);
  for (const option of present) {
    if (!optionApplies(option, format)) {
      return {
        ok: false,
        problem: { kind: 'not-applicable', option, format, formats: EXPORT_OPTION_RULES[option].formats },
      };
    }
  }
  const options: Record<string, unknown> = { ...DEFAULT_EXPORT_OPTION_VALUES };
  for (const option of present) {
    const parsed = parseValue(option, given[option]);
    if ('kind' in parsed) return { ok: false, problem: parsed };
    options[option] = parsed.value;
  }
  return { ok: true, options: options as unknown as ExportOptionValues };
}

/** The dialog's state keeps every option; an export takes only its format's, the rest as defaults. */
export function optionsForFormat(format: ExportFormat, values: ExportOptionValues): ExportOptionValues {
  const picked = Object.fromEntries(optionsOf(format).map((option) => [option, values[option]]));
  const resolved = resolveExportOptions(format, picked);
  if (!resolved.ok) throw new Error(`invalid export option ${resolved.problem.option}`);
  return resolved.options;
}
