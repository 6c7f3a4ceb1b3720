/** Puts the language and theme the user chose into effect, at start and whenever Settings are saved. */
import type { Settings } from '../../shared/host';
import { applyLanguageSetting } from './i18n';
import { applyThemeSetting } from './theme';

export async function applyAppearance(settings: Pick<Settings, 'language' | 'theme'>): Promise<void> {
  applyThemeSetting(settings.theme);
  await applyLanguageSetting(settings.language);
}
