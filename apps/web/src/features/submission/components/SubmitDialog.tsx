import { useLayoutEffect, useRef } from 'react';
import { useI18n } from '../../../app/i18n';

interface SubmitDialogProps {
  /** Indicators of the period holding a saved value, and how many the period has. */
  filled: number;
  total: number;
  busy: boolean;
  onConfirm: () => void;
  /** Closed without submitting ("Wróć do formularza", Escape): the draft stays as it is. */
  onCancel: () => void;
}

/**
 * The question before a submission goes to the lead: a native modal dialog (the page behind it is
 * inert), named by its heading and described by what happens and how much is filled in. The focus goes
 * to "Wróć do formularza", the safe choice; Escape cancels; on closing, the focus goes back to the
 * button that opened it (when it is still there).
 */
export function SubmitDialog({ filled, total, busy, onConfirm, onCancel }: SubmitDialogProps) {
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  // A layout effect: its clean-up runs while the dialog is still in the document, so it closes properly.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    cancelRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="submit-dialog"
      aria-labelledby="submit-dialog-title"
      aria-describedby="submit-dialog-body"
      onCancel={(event) => {
        event.preventDefault(); // the page closes it by unmounting, so that its state stays the one truth
        if (!busy) onCancel();
      }}
    >
      <h2 id="submit-dialog-title">{t('submit.confirmTitle')}</h2>
      <div id="submit-dialog-body">
        <p>{t('submit.confirmBody')}</p>
        <p>{t('submit.confirmFilled', { filled, total })}</p>
        {filled < total && <p>{t('submit.confirmEmpty', { count: total - filled })}</p>}
      </div>
      <div className="form__actions">
        <button type="button" disabled={busy} onClick={onConfirm}>
          {busy ? t('submit.submitting') : t('submit.confirm')}
        </button>
        <button ref={cancelRef} type="button" className="secondary" disabled={busy} onClick={onCancel}>
          {t('submit.cancel')}
        </button>
      </div>
    </dialog>
  );
}
