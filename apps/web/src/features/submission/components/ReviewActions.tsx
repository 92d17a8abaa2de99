import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { errorInfo } from '../../../app/graphql-errors';
import { useT } from '../../../app/i18n';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { ErrorSummary, type ErrorItem } from '../../../components/ErrorSummary';
import { TextAreaField } from '../../../components/TextAreaField';
import { APPROVE_SUBMISSION_MUTATION } from '../graphql/approve-submission.mutation';
import { REOPEN_SUBMISSION_MUTATION } from '../graphql/reopen-submission.mutation';
import { RETURN_SUBMISSION_MUTATION } from '../graphql/return-submission.mutation';
import type { FormSubmission } from '../graphql/submission-fields.fragment';

interface ReviewActionsProps {
  submission: FormSubmission;
  /** After a decision: the confirmation to show, and whether the submission left the queue (approved or returned). */
  onDone: (message: string, leftQueue: boolean) => void;
  /** Asks the submission again (after a conflict: it changed under the lead's eyes). */
  reload: () => void;
}

const REASON_ID = 'review-reason';

/**
 * The lead's decision on a submission: approve or return (with a reason) a SUBMITTED one, reopen (with a
 * reason) an APPROVED one. Approve and return name the version shown, so a submission changed meanwhile
 * is never approved unseen.
 */
export function ReviewActions({ submission, onDone, reload }: ReviewActionsProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [approve, approving] = useMutation(APPROVE_SUBMISSION_MUTATION);
  const [returnSubmission, returning] = useMutation(RETURN_SUBMISSION_MUTATION);
  const [reopen, reopening] = useMutation(REOPEN_SUBMISSION_MUTATION);
  const busy = approving.loading || returning.loading || reopening.loading;

  async function act(action: () => Promise<unknown>, done: string, leftQueue = true) {
    try {
      await action();
      setErrors([]);
      setReason('');
      onDone(done, leftQueue);
    } catch (error) {
      const { code } = errorInfo(error);
      setErrors([{ text: code === 'CONFLICT' ? t('review.conflict') : errorMessage(error) }]);
      if (code === 'CONFLICT' || code === 'BAD_USER_INPUT') reload();
    }
  }

  function withReason(run: (reason: string) => Promise<unknown>, done: string, leftQueue: boolean) {
    const text = reason.trim();
    if (!text) {
      setReasonError(t('review.reasonMissing'));
      setErrors([{ fieldId: REASON_ID, text: t('review.reasonMissing') }]);
      return;
    }
    setReasonError(undefined);
    void act(() => run(text), done, leftQueue);
  }

  /** A form asking for the reason of a decision that needs one (return, reopen). */
  function reasonForm(
    className: string,
    label: string,
    submitLabel: string,
    run: (reason: string) => Promise<unknown>,
    done: string,
    leftQueue: boolean,
  ) {
    return (
      <form
        noValidate
        className={className}
        onSubmit={(event) => {
          event.preventDefault();
          withReason(run, done, leftQueue);
        }}
      >
        <TextAreaField
          id={REASON_ID}
          label={label}
          hint={t('review.reasonHint')}
          value={reason}
          onChange={setReason}
          rows={3}
          error={reasonError}
        />
        <div className="form__actions">
          <button type="submit" className="secondary" disabled={busy}>
            {submitLabel}
          </button>
        </div>
      </form>
    );
  }

  const { id: submissionId, version: expectedVersion } = submission;

  if (submission.status === 'SUBMITTED') {
    return (
      <>
        <ErrorSummary errors={errors} />
        <div className="form__actions review-actions">
          <button
            type="button"
            disabled={busy}
            onClick={() => void act(() => approve({ variables: { submissionId, expectedVersion } }), t('review.approved'))}
          >
            {approving.loading ? t('review.approving') : t('review.approve')}
          </button>
        </div>
        {reasonForm(
          'form review-return',
          t('review.returnReason'),
          t('review.return'),
          (text) => returnSubmission({ variables: { submissionId, reason: text, expectedVersion } }),
          t('review.returned'),
          true,
        )}
      </>
    );
  }

  if (submission.status === 'APPROVED') {
    return (
      <>
        <ErrorSummary errors={errors} />
        {reasonForm(
          'form',
          t('review.reopenReason'),
          t('review.reopen'),
          (text) => reopen({ variables: { submissionId, reason: text } }),
          t('review.reopened'),
          false,
        )}
      </>
    );
  }

  return <p>{t('review.nothingToDecide', { status: t(`submissionStatus.${submission.status}`) })}</p>;
}
