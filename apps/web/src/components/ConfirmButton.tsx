import { useEffect, useRef, useState } from 'react';
import { useT } from '../app/i18n';

interface ConfirmButtonProps {
  /** The button's visible text, e.g. "Revoke". */
  label: string;
  /** Its accessible name, which says what it acts on (the visible label alone may repeat in a table). */
  accessibleLabel: string;
  /** The question asked before acting. */
  question: string;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
}

/**
 * A destructive action asked twice, in place: the button turns into the question with "yes" and
 * "cancel". The focus goes to "cancel" (the safe choice), and back to the button on cancel.
 */
export function ConfirmButton({ label, accessibleLabel, question, confirmLabel, onConfirm }: ConfirmButtonProps) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'asking' | 'busy'>('idle');
  const cancelRef = useRef<HTMLButtonElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (state === 'asking') cancelRef.current?.focus();
    if (state === 'idle' && returnFocus.current) {
      returnFocus.current = false;
      buttonRef.current?.focus();
    }
  }, [state]);

  if (state === 'idle') {
    return (
      <button ref={buttonRef} type="button" className="secondary small" aria-label={accessibleLabel} onClick={() => setState('asking')}>
        {label}
      </button>
    );
  }
  return (
    <span role="group" aria-label={accessibleLabel} className="confirm">
      <span className="confirm__question">{question}</span>
      <button
        type="button"
        className="danger small"
        disabled={state === 'busy'}
        onClick={() => {
          setState('busy');
          // The caller reports failures; the row usually disappears or changes on success.
          onConfirm().finally(() => {
            returnFocus.current = true;
            setState('idle');
          });
        }}
      >
        {confirmLabel}
      </button>
      <button
        ref={cancelRef}
        type="button"
        className="secondary small"
        disabled={state === 'busy'}
        onClick={() => {
          returnFocus.current = true;
          setState('idle');
        }}
      >
        {t('confirm.cancel')}
      </button>
    </span>
  );
}
