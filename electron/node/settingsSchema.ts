/**
 * The settings file as electron-store (conf) validates it: the renderer-visible settings of
 * shared/ipc/settings.ts plus what only main keeps (recent files, window bounds). The JSON
 * Schema is derived from the zod schema, so the two cannot drift; every key carries its default
 * so an older file missing new keys is filled in, not reset.
 */
import type { Schema } from 'conf';
import { z } from 'zod';
import { DEFAULT_SETTINGS, settingsSchema } from '../../shared/ipc/settings';

export const recentEntrySchema = z.strictObject({
  path: z.string().min(1),
  title: z.string(),
  openedAt: z.string(),
});

export const windowStateSchema = z.strictObject({
  x: z.number().optional(),
  y: z.number().optional(),
  width: z.number().min(1),
  height: z.number().min(1),
  maximized: z.boolean(),
});

export const storedSettingsSchema = settingsSchema.extend({
  recentFiles: z.array(recentEntrySchema).max(50),
  /** Absent until the window has been closed once. */
  windowState: windowStateSchema.optional(),
});

export type StoredSettings = z.infer<typeof storedSettingsSchema>;
export type WindowState = z.infer<typeof windowStateSchema>;

export const STORED_DEFAULTS: StoredSettings = { ...DEFAULT_SETTINGS, recentFiles: [] };

type JsonSchema = { properties?: Record<string, JsonSchema>; default?: unknown; [key: string]: unknown };

/** Adds `default` to each property (recursively) from the defaults object; ajv fills gaps with them. */
function withDefaults(schema: JsonSchema, defaults: unknown): JsonSchema {
  const out: JsonSchema = { ...schema };
  if (defaults !== undefined) out.default = defaults;
  if (schema.properties) {
    const values = (defaults ?? {}) as Record<string, unknown>;
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([key, child]) => [key, withDefaults(child, values[key])]),
    );
  }
  return out;
}

const derived = withDefaults(
  z.toJSONSchema(storedSettingsSchema, { target: 'draft-7' }) as JsonSchema,
  STORED_DEFAULTS,
);
// Export defaults of an older version carry keys since replaced (`pageSize`): a file holding
// them is not damaged, so they are allowed here and dropped when read (SettingsService.get).
derived.properties!.exportDefaults = { ...derived.properties!.exportDefaults!, additionalProperties: true };

/** conf's `schema` option: one JSON Schema per top-level key. */
export const SETTINGS_SCHEMA = derived.properties as unknown as Schema<StoredSettings>;
