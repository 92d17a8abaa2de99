import { useEffect, useRef } from 'react';
import { useT } from '../app/i18n';

export interface ErrorItem {
  /** The field the error is about: the item links to it. */
  fieldId?: string;
  text: string;
}

/**
 * The errors of a form above it. It is announced (role="alert") and takes the focus each time a new
 * set of errors appears, so that keyboard users land on it and can follow its links to the fields.
 */
export function ErrorSummary({ errors }: { errors: readonly ErrorItem[] }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  const [only] = errors;
  // One error that is not about a field (e.g. a refused log-in) is a sentence, not a list to work through.
  if (errors.length === 1 && only && !only.fieldId) {
    return (
      <div ref={ref} role="alert" tabIndex={-1} className="error-summary">
        <p className="error-summary__title">{only.text}</p>
      </div>
    );
  }
  return (
    <div ref={ref} role="alert" tabIndex={-1} className="error-summary">
      <p className="error-summary__title">{t('form.errorSummaryTitle')}</p>
      <ul>
        {errors.map(({ fieldId, text }) => (
          <li key={`${fieldId ?? ''}:${text}`}>{fieldId ? <a href={`#${fieldId}`}>{text}</a> : text}</li>
        ))}
      </ul>
    </div>
  );
}
