/**
 * How the customer feels here, -2..+2, or not rated: a row of faces that works as one radio
 * group. With several personas, one row per persona (EmotionRatings), each named after its
 * persona and marked with its curve's colour.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { personaColor } from '../../shared/layout/personaColors';
import { EMOTION_COLORS, EMOTION_FACES } from '../../shared/layout/tokens';
import { EMOTION_MIN, emotionOf, type Persona, type Touchpoint } from '../../shared/model';
import { useResolvedTheme } from '../settings/theme';
import '../styles/personas.css';

const LEVEL_KEYS = ['veryNegative', 'negative', 'neutral', 'positive', 'veryPositive'] as const;
const LEVELS = LEVEL_KEYS.map((key, i) => ({ key, value: EMOTION_MIN + i }));

export function EmotionField({
  value,
  onChange,
  label,
  groupLabel,
  color,
}: {
  value: number | undefined;
  onChange(v: number | undefined): void;
  /** Shown above the faces; default "Emotion". */
  label?: string;
  /** The radio group's accessible name when it differs from the label ("Emotion of Ana"). */
  groupLabel?: string;
  /** A swatch before the label: the persona's curve colour. */
  color?: string;
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
        <span id={labelId} className="emotion__label">
          {color && <span aria-hidden="true" className="emotion__swatch" style={{ background: color }} />}
          {label ?? t('touchpointForm.emotion')}
        </span>
        <span className="field__value">
          {current
            ? `${t(`touchpointForm.emotionLevel.${current.key}`)} (${current.value > 0 ? '+' : ''}${current.value})`
            : t('touchpointForm.emotionLevel.notRated')}
        </span>
      </div>
      <div
        className="emotion"
        role="radiogroup"
        {...(groupLabel ? { 'aria-label': groupLabel } : { 'aria-labelledby': labelId })}
      >
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

/**
 * A touchpoint's emotion for every persona: one row each, in the personas' order, the primary
 * first. A journey of one persona or none shows the single row it always had (rating it without
 * a persona creates the primary one: shared/model/emotion.ts).
 */
export function EmotionRatings({
  touchpoint,
  personas,
  onChange,
}: {
  touchpoint: Touchpoint;
  personas: readonly Persona[];
  /** `personaId` undefined: the primary persona's rating. */
  onChange(value: number | undefined, personaId?: string): void;
}) {
  const { t } = useTranslation();
  const theme = useResolvedTheme();
  if (personas.length < 2) {
    return <EmotionField value={emotionOf(touchpoint, personas[0]?.id)} onChange={(v) => onChange(v)} />;
  }
  return (
    <fieldset className="emotion-ratings">
      <legend className="field__label">{t('touchpointForm.emotion')}</legend>
      {personas.map((persona, index) => {
        const name = persona.name.trim() || t('personas.unnamed');
        return (
          <EmotionField
            key={persona.id}
            label={name}
            groupLabel={t('personas.emotionOf', { name })}
            color={personaColor(persona, index, theme)}
            value={emotionOf(touchpoint, persona.id)}
            onChange={(v) => onChange(v, persona.id)}
          />
        );
      })}
    </fieldset>
  );
}
