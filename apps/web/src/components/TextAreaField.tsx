import type { TextareaHTMLAttributes } from 'react';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange' | 'value'> {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown under the label and tied to the field with aria-describedby. */
  hint?: string;
  error?: string;
  /** Further ids describing the field (e.g. a warning shown elsewhere on the line). */
  describedBy?: readonly string[];
}

export function TextAreaField({ id, label, value, onChange, hint, error, describedBy = [], ...areaProps }: TextAreaFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const ids = [hintId, errorId, ...describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      <textarea
        {...areaProps}
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
