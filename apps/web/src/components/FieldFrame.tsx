import type { ReactNode } from 'react';

export interface FieldFrameProps {
  id: string;
  label: string;
  /** Shown under the label and tied to the control with aria-describedby. */
  hint?: string;
  error?: string;
  /** Further ids describing the control (e.g. a warning shown elsewhere on the line). */
  describedBy?: readonly string[];
}

/** The attributes that tie a control to its frame's hint and error. */
export function fieldControlProps({ id, hint, error, describedBy = [] }: FieldFrameProps) {
  const ids = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined, ...describedBy].filter(Boolean).join(' ') || undefined;
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': ids };
}

/** A field's hint and error, with the ids its control (or fieldset) is described by. */
export function FieldMessages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </>
  );
}

/** Label, hint and error around one form control (see TextField, TextAreaField). */
export function FieldFrame({ id, label, hint, error, children }: FieldFrameProps & { children: ReactNode }) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}
