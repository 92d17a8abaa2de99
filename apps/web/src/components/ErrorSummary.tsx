import { useEffect, useRef, type MouseEvent } from 'react';
import { useT } from '../app/i18n';

export interface ErrorItem {
  /** The field the error is about: the item links to it. */
  fieldId?: string;
  text: string;
}

/**
 * Moves the focus to the field itself (a plain fragment link only scrolls, and in this router it would
 * count as a navigation that hands the focus to the page heading), with its label in view.
 */
function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  field.scrollIntoView({ block: 'center' });
  field.focus({ preventScroll: true });
}

/**
 * The errors of a form above it. It is announced (role="alert") and takes the focus each time a new
 * set of errors appears, so that keyboard users land on it and can follow its links to the fields.
 * A new set is a new `errors` array, or, when given, a new `attempt` (a form whose errors go one by
 * one as the fields are corrected passes the number of its save attempts: the focus then stays in the
 * field being typed in).
 */
export function ErrorSummary({ errors, attempt }: { errors: readonly ErrorItem[]; attempt?: number }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const newSet = attempt ?? errors;
  const hasErrors = errors.length > 0;
  useEffect(() => {
    if (hasErrors) ref.current?.focus();
    // Only a new set moves the focus; `hasErrors` is read as it is then.
  }, [newSet]);
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
          <li key={`${fieldId ?? ''}:${text}`}>
            {fieldId ? (
              <a href={`#${fieldId}`} onClick={(event) => focusField(event, fieldId)}>
                {text}
              </a>
            ) : (
              text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
