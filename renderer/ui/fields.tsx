/** Labelled form controls used by every side panel: a visible label, one accessible name. */
import { useId, useState, type ReactNode } from 'react';
import { formatNumberInput, numberFromInput } from './numberInput';

/** Optional text fields leave the document when emptied. */
export const optionalText = (text: string) => (text === '' ? undefined : text);

interface TextFieldProps {
  label: string;
  value: string | undefined;
  onChange(text: string): void;
  multiline?: boolean;
  hint?: string;
  autoFocus?: boolean;
}

export function TextField({ label, value, onChange, multiline, hint, autoFocus }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const common = {
    id,
    value: value ?? '',
    autoFocus,
    'aria-describedby': hintId,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

interface SelectFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  children: ReactNode;
  describedBy?: string;
}

export function SelectField({ label, value, onChange, children, describedBy }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  );
}

interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  hint?: string;
}

export function CheckboxField({ label, checked, onChange, hint }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className="field field--checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
      {hint && <p className="field__hint">{hint}</p>}
    </div>
  );
}

interface NumberFieldProps {
  label: string;
  value: number | undefined;
  onChange(value: number | undefined): void;
  /** Shown (and announced) while the text is not a number. */
  invalidMessage: string;
}

/**
 * A number that may be missing. The text the user types is kept locally so that "-" or "1."
 * can be typed on the way to a number; only finite numbers (or empty, meaning missing) are
 * sent on. When the document changes underneath (undo), the field shows the new value.
 */
export function NumberField({ label, value, onChange, invalidMessage }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(() => formatNumberInput(value));
  const [shown, setShown] = useState(value);
  if (!Object.is(shown, value)) {
    setShown(value);
    if (!Object.is(numberFromInput(text), value)) setText(formatNumberInput(value));
  }
  const invalid = numberFromInput(text) === null;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const next = numberFromInput(e.target.value);
          if (next !== null) onChange(next);
        }}
      />
      {invalid && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {invalidMessage}
        </p>
      )}
    </div>
  );
}

interface SectionProps {
  title: string;
  children: ReactNode;
}

/** A titled part of a panel, as a labelled group: a landmark per section would crowd the page's landmarks. */
export function PanelSection({ title, children }: SectionProps) {
  const id = useId();
  return (
    <div className="panel-section" role="group" aria-labelledby={id}>
      <h3 id={id} className="panel-section__title">
        {title}
      </h3>
      {children}
    </div>
  );
}
