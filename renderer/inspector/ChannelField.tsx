/**
 * The touchpoint's channel: the built-in list and the journey's own channels. "Add custom
 * channel" opens a small inline form; the new channel is added to the journey and chosen in
 * one undo step (a name that already exists picks that channel instead of adding a twin).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILT_IN_CHANNELS, type CustomChannel } from '../../shared/model';
import { catalogueLabels } from '../ui/catalogueLabels';
import { SelectField } from '../ui/fields';

interface ChannelFieldProps {
  value: string;
  customChannels: readonly CustomChannel[];
  onChange(channelId: string): void;
  /** Returns false when the name is not usable (blank). */
  onAddCustom(name: string): boolean;
}

export function ChannelField({ value, customChannels, onChange, onAddCustom }: ChannelFieldProps) {
  const { t } = useTranslation();
  const names = catalogueLabels(t);
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState(false);
  const inputId = useId();

  const close = () => {
    setAdding(false);
    setName('');
    setError(false);
  };
  const submit = () => {
    if (onAddCustom(name)) close();
    else setError(true);
  };

  return (
    <div className="channel-field">
      <SelectField label={t('touchpointForm.channel')} value={value} onChange={onChange}>
        <optgroup label={t('touchpointForm.builtInChannels')}>
          {BUILT_IN_CHANNELS.map((c) => (
            <option key={c.id} value={c.id}>
              {c.icon} {names.channel(c.id)}
            </option>
          ))}
        </optgroup>
        {customChannels.length > 0 && (
          <optgroup label={t('touchpointForm.customChannels')}>
            {customChannels.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </optgroup>
        )}
      </SelectField>
      {adding ? (
        <div className="custom-channel">
          <label htmlFor={inputId}>{t('touchpointForm.customChannelName')}</label>
          <div className="custom-channel__row">
            <input
              id={inputId}
              type="text"
              autoFocus
              value={name}
              aria-invalid={error || undefined}
              aria-describedby={error ? `${inputId}-error` : undefined}
              onChange={(e) => {
                setName(e.target.value);
                setError(false);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.nativeEvent.isComposing) submit();
                if (e.key === 'Escape') close();
              }}
            />
            <button type="button" onClick={submit}>
              {t('touchpointForm.addChannel')}
            </button>
            <button type="button" onClick={close}>
              {t('touchpointForm.cancel')}
            </button>
          </div>
          {error && (
            <p id={`${inputId}-error`} className="field__error" role="alert">
              {t('touchpointForm.channelNameRequired')}
            </p>
          )}
        </div>
      ) : (
        <button type="button" className="link-button" onClick={() => setAdding(true)}>
          + {t('touchpointForm.addCustomChannel')}
        </button>
      )}
    </div>
  );
}
