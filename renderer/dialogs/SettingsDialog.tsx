import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DRAFT_INTERVAL_LIMITS } from '../../shared/ipc/settings';
import { AppearanceFields, type Appearance } from '../settings/AppearanceFields';
import type { Dialog } from '../store/dialogStore';
import { Modal } from '../ui/Modal';

const { min, max } = DRAFT_INTERVAL_LIMITS;

/** Settings the user changes here take effect at once. Sections are added as features apply them. */
export function SettingsDialog({ dialog }: { dialog: Extract<Dialog, { kind: 'settings' }> }) {
  const { t } = useTranslation();
  const [interval, setIntervalText] = useState(String(dialog.settings.draftIntervalSeconds));
  const [appearance, setAppearance] = useState<Appearance>({
    language: dialog.settings.language,
    theme: dialog.settings.theme,
  });
  const seconds = Number(interval);
  const valid = /^\d+$/.test(interval.trim()) && seconds >= min && seconds <= max;
  return (
    <Modal labelledBy="settings-title" className="settings" onCancel={() => dialog.resolve(null)}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) dialog.resolve({ ...appearance, draftIntervalSeconds: seconds });
        }}
      >
        <h2 id="settings-title">{t('settings.title')}</h2>
        <AppearanceFields value={appearance} onChange={setAppearance} />
        <fieldset className="settings__section">
          <legend>{t('settings.recoveryTitle')}</legend>
          <label htmlFor="settings-draft-interval">{t('settings.draftInterval')}</label>
          <input
            id="settings-draft-interval"
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            step={1}
            value={interval}
            aria-invalid={!valid}
            aria-describedby="settings-draft-interval-hint"
            onChange={(e) => setIntervalText(e.target.value)}
            autoFocus
          />
          <p id="settings-draft-interval-hint" className={valid ? 'dialog__note' : 'dialog__note settings__error'}>
            {valid ? t('settings.draftIntervalHint') : t('settings.invalidInterval', { min, max })}
          </p>
        </fieldset>
        <div className="dialog__actions">
          <button type="submit" className="button--primary" disabled={!valid}>
            {t('settings.save')}
          </button>
          <button type="button" onClick={() => dialog.resolve(null)}>
            {t('settings.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
