import { useI18n } from '../../../app/i18n';
import { formatCalendarDate, formatDateTime } from '../../../app/format-date';
import type { SubmissionForm } from '../graphql/submission-form.query';

/** The submission's facts (period, deadline, status) and, when it was returned, the lead's reason, prominently. */
export function SubmissionHeader({ form }: { form: SubmissionForm }) {
  const { t, language } = useI18n();
  const { period, submission } = form;
  const status = submission?.status ?? null;
  return (
    <>
      <dl className="facts">
        <dt>{t('submission.period')}</dt>
        <dd>
          {period.label} ({t(`periodState.${period.state}`)})
        </dd>
        <dt>{t('submission.deadline')}</dt>
        <dd>{formatCalendarDate(period.deadline, language)}</dd>
        <dt>{t('submission.status')}</dt>
        <dd>
          <span className={`status status--${status?.toLowerCase() ?? 'none'}`}>
            {status ? t(`submissionStatus.${status}`) : t('submissionStatus.NONE')}
          </span>
          {submission?.submittedAt && status === 'SUBMITTED' && (
            <span className="muted"> ({formatDateTime(submission.submittedAt, language)})</span>
          )}
          {submission?.approvedAt && status === 'APPROVED' && (
            <span className="muted"> ({formatDateTime(submission.approvedAt, language)})</span>
          )}
        </dd>
      </dl>
      {status === 'RETURNED' && (
        <section className="returned" aria-labelledby="returned-title">
          <h2 id="returned-title">{t('submission.returnedTitle')}</h2>
          {submission?.returnReason && (
            <p className="returned__reason">{t('submission.returnReason', { reason: submission.returnReason })}</p>
          )}
          {form.editable && <p>{t('submission.returnedHint')}</p>}
        </section>
      )}
    </>
  );
}
