/** The settings file's JSON Schema, for electron-store's validation (a corrupt file resets to defaults). */
import { DEFAULT_SETTINGS } from '../../shared/host';

export const SETTINGS_SCHEMA = {
  language: { type: 'string', enum: ['en', 'zh-CN', 'zh-TW', 'system'], default: DEFAULT_SETTINGS.language },
  theme: { type: 'string', enum: ['light', 'dark', 'system'], default: DEFAULT_SETTINGS.theme },
} as const;
