import { useTranslation } from 'react-i18next';
import type { Settings } from '../../shared/host';
import { UI_LANGUAGES } from '../../shared/i18n/languages';
import './settings.css';

export type Appearance = Pick<Settings, 'language' | 'theme'>;

const LANGUAGE_CHOICES = [...UI_LANGUAGES, 'system'] as const satisfies readonly Settings['language'][];
const THEME_CHOICES = ['light', 'dark', 'system'] as const satisfies readonly Settings['theme'][];

/** Settings > Language and Theme, as radio groups; the Settings dialog applies them when saved. */
export function AppearanceFields({ value, onChange }: { value: Appearance; onChange(next: Appearance): void }) {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="settings__section">
        <legend>{t('language.label')}</legend>
        <div className="settings__choices">
          {LANGUAGE_CHOICES.map((language) => (
            <label key={language} className="settings__choice">
              <input
                type="radio"
                name="settings-language"
                value={language}
                checked={value.language === language}
                onChange={() => onChange({ ...value, language })}
              />
              {/* Each language is named in itself (lang), so a screen reader says 简体中文 in Chinese. */}
              <span lang={language === 'system' ? undefined : language}>{t(`language.${language}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="settings__section">
        <legend>{t('theme.label')}</legend>
        <div className="settings__choices">
          {THEME_CHOICES.map((theme) => (
            <label key={theme} className="settings__choice">
              <input
                type="radio"
                name="settings-theme"
                value={theme}
                checked={value.theme === theme}
                onChange={() => onChange({ ...value, theme })}
              />
              {t(`theme.${theme}`)}
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
