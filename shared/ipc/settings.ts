/**
 * The settings the renderer reads and changes, as one zod schema: IPC arguments are checked
 * against it in main, the browser host reads localStorage through it, and the settings file's
 * JSON Schema (electron/node/settingsSchema.ts) is derived from it.
 */
import { z } from 'zod';
import { EXPORT_FORMATS } from '../export/formats';
import { BACKGROUNDS, EXPORT_OPTION_RULES, MAP_THEMES, MAX_SCALE, MIN_SCALE } from '../export/options';
import { ORIENTATIONS, PAGE_SIZE_IDS } from '../export/pageSizes';

export const DRAFT_INTERVAL_LIMITS = { min: 1, max: 600 } as const;

/**
 * The Export dialog's last choices, which it opens with next time: the format and the option
 * matrix's values (shared/export/options.ts), so a remembered choice is always one the
 * dialog and the command line accept.
 */
export const exportDefaultsSchema = z.strictObject({
  format: z.enum(EXPORT_FORMATS),
  /** Raster scale factor (PNG); the exporter still clamps output to 16,384 px a side. */
  scale: z.number().min(MIN_SCALE).max(MAX_SCALE),
  background: z.enum(BACKGROUNDS),
  theme: z.enum(MAP_THEMES),
  page: z.enum(PAGE_SIZE_IDS),
  orientation: z.enum(ORIENTATIONS),
});

/** The keys of export defaults: a file written by an older version may hold others (its `pageSize`). */
export const EXPORT_DEFAULT_KEYS = Object.keys(exportDefaultsSchema.shape) as (keyof ExportDefaults)[];

export type ExportDefaults = z.infer<typeof exportDefaultsSchema>;

export const settingsSchema = z.strictObject({
  language: z.enum(['en', 'zh-CN', 'zh-TW', 'system']),
  theme: z.enum(['light', 'dark', 'system']),
  /** Seconds after the last change before a recovery draft is written. */
  draftIntervalSeconds: z.int().min(DRAFT_INTERVAL_LIMITS.min).max(DRAFT_INTERVAL_LIMITS.max),
  exportDefaults: exportDefaultsSchema,
  /** The map's "Pain points" and "Opportunities" bands under the lanes (View menu, palette). */
  painPointsBand: z.boolean(),
  opportunitiesBand: z.boolean(),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'system',
  theme: 'system',
  draftIntervalSeconds: 5,
  // A 2× PNG (sharp on high-density screens); every other option the matrix's default.
  exportDefaults: {
    format: 'png',
    scale: 2,
    background: EXPORT_OPTION_RULES.background.default,
    theme: EXPORT_OPTION_RULES.theme.default,
    page: EXPORT_OPTION_RULES.page.default,
    orientation: EXPORT_OPTION_RULES.orientation.default,
  },
  painPointsBand: false,
  opportunitiesBand: false,
};

/** A change to settings: any top-level key; export defaults may be changed one field at a time. */
export const settingsPatchSchema = settingsSchema
  .omit({ exportDefaults: true })
  .partial()
  .extend({ exportDefaults: exportDefaultsSchema.partial().optional() });

export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  const { exportDefaults, ...rest } = patch;
  const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  const exports = Object.fromEntries(Object.entries(exportDefaults ?? {}).filter(([, v]) => v !== undefined));
  return { ...current, ...defined, exportDefaults: { ...current.exportDefaults, ...exports } };
}

/**
 * Reads stored settings (browser localStorage), keeping every valid value: a missing key gets
 * its default quietly; a key with a bad value gets its default and `damaged` is set so the
 * user can be told.
 */
export function readStoredSettings(raw: unknown): { settings: Settings; damaged: boolean } {
  const settings: Settings = { ...DEFAULT_SETTINGS, exportDefaults: { ...DEFAULT_SETTINGS.exportDefaults } };
  if (raw === undefined || raw === null) return { settings, damaged: false };
  if (!isRecord(raw)) return { settings, damaged: true };
  let damaged = false;
  const take = (target: Record<string, unknown>, shape: Record<string, z.ZodType>, source: Record<string, unknown>) => {
    for (const [key, schema] of Object.entries(shape)) {
      if (!Object.hasOwn(source, key)) continue;
      const parsed = schema.safeParse(source[key]);
      if (parsed.success) target[key] = parsed.data;
      else damaged = true;
    }
  };
  const { exportDefaults: _exports, ...topLevel } = settingsSchema.shape;
  take(settings, topLevel, raw);
  if (Object.hasOwn(raw, 'exportDefaults')) {
    if (isRecord(raw.exportDefaults)) take(settings.exportDefaults, exportDefaultsSchema.shape, raw.exportDefaults);
    else damaged = true;
  }
  return { settings, damaged };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
