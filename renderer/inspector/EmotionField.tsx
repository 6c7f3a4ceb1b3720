/** How the customer feels here, -2..+2, or not rated: a row of faces that works as one radio group. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EMOTION_COLORS, EMOTION_FACES } from '../../shared/layout/tokens';
import { EMOTION_MIN } from '../../shared/model';

const LEVEL_KEYS = ['veryNegative', 'negative', 'neutral', 'positive', 'veryPositive'] as const;
const LEVELS = LEVEL_KEYS.map((key, i) => ({ key, value: EMOTION_MIN + i }));

export function EmotionField({
  value,
  onChange,
}: {
  value: number | undefined;
  onChange(v: number | undefined): void;
}) {
  const { t } = useTranslation();
  const labelId = useId();
  const name = useId();
  const current = LEVELS.find((level) => level.value === value);
  const option = (key: string, checked: boolean, select: () => void, face: string, colour?: string) => (
    <label
      key={key}
      className={`emotion__option${checked ? ' emotion__option--checked' : ''}`}
      title={t(`touchpointForm.emotionLevel.${key}`)}
    >
      <input
        type="radio"
        name={name}
        className="emotion__input"
        checked={checked}
        aria-label={t(`touchpointForm.emotionLevel.${key}`)}
        onChange={select}
      />
      <span
        aria-hidden="true"
        className="emotion__face"
        style={checked && colour ? { borderColor: colour } : undefined}
      >
        {face}
      </span>
    </label>
  );
  return (
    <div className="field">
      <div className="field__label">
        <span id={labelId}>{t('touchpointForm.emotion')}</span>
        <span className="field__value">
          {current
            ? `${t(`touchpointForm.emotionLevel.${current.key}`)} (${current.value > 0 ? '+' : ''}${current.value})`
            : t('touchpointForm.emotionLevel.notRated')}
        </span>
      </div>
      <div className="emotion" role="radiogroup" aria-labelledby={labelId}>
        {LEVELS.map((level) =>
          option(
            level.key,
            value === level.value,
            () => onChange(level.value),
            EMOTION_FACES[level.value - EMOTION_MIN]!,
            EMOTION_COLORS[level.value - EMOTION_MIN],
          ),
        )}
        {option('notRated', value === undefined, () => onChange(undefined), '–')}
      </div>
    </div>
  );
}
