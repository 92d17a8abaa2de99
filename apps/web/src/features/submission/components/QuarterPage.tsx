import { isEditableStatus, mayReviewProgramme } from '@officebench/domain';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorInfo } from '../../../app/graphql-errors';
import { useI18n, type MessageKey } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { Notice } from '../../../components/Notice';
import { PageHeading } from '../../../components/PageHeading';
import { useSessionUser } from '../../../lib/session/useAuth';
import { actorOf } from '../../../lib/session/roles';
import type { SubmissionForm } from '../graphql/submission-form.query';
import { useSubmissionForm } from '../hooks/useSubmissionForm';
import { officePath, reviewPath } from '../utils/paths';
import { StrandedDraft } from './StrandedDraft';
import { SubmissionEditor } from './SubmissionEditor';
import { SubmissionHeader } from './SubmissionHeader';
import { SubmissionValues } from './SubmissionValues';

/** `/programmes/:programmeId/offices/:officeId/periods/:periodId`: an office's submission for one period. */
export function QuarterPage() {
  const { programmeId = '', officeId = '', periodId = '' } = useParams();
  // A page per office and period: its draft and state start afresh when either changes.
  return <QuarterPageContent key={`${officeId}/${periodId}`} programmeId={programmeId} officeId={officeId} periodId={periodId} />;
}

/** Why the form is read-only, most specific first. */
function readOnlyReason(form: SubmissionForm): MessageKey {
  const status = form.submission?.status;
  if (status === 'SUBMITTED' || status === 'APPROVED') return `submission.readOnly.${status}`;
  if (form.period.state === 'LOCKED' || form.period.state === 'NOT_OPEN') return `submission.readOnly.${form.period.state}`;
  return 'submission.readOnly.viewer';
}

function QuarterPageContent({ programmeId, officeId, periodId }: { programmeId: string; officeId: string; periodId: string }) {
  const { t } = useI18n();
  const user = useSessionUser();
  const { data, loading, error, refetch } = useSubmissionForm(officeId, periodId);
  const [submitted, setSubmitted] = useState(false);

  if (loading && !data) return <LoadingState />;
  if (!data) {
    const code = error ? errorInfo(error).code : null;
    if (code === 'NOT_FOUND' || code === 'FORBIDDEN') {
      return (
        <>
          <title>{`${t('notFound.title')} – ${t('app.name')}`}</title>
          <PageHeading>{t('notFound.title')}</PageHeading>
          <p>{t('submission.notFound')}</p>
        </>
      );
    }
    return <ErrorState onRetry={refetch} error={error} />;
  }

  const form = data.submissionForm;
  const variables = { officeId, periodId };
  // A failure shows as the query's error.
  const refetchForm = () =>
    refetch()
      .then(({ data: fresh }) => fresh?.submissionForm ?? null)
      .catch(() => null);
  const status = form.submission?.status ?? null;
  // The handed-in status is known from the mutation at once; `editable` follows with the refetch.
  const editable = form.editable && isEditableStatus(status);
  const reviewer = mayReviewProgramme(actorOf(user.id, user.roles), programmeId);
  const title = t('submission.title', { period: form.period.label });

  return (
    <>
      <title>{`${title} – ${form.office.name} – ${t('app.name')}`}</title>
      <p className="eyebrow">
        <Link to={officePath(programmeId, officeId)}>{form.office.name}</Link>
      </p>
      <PageHeading>{title}</PageHeading>
      <SubmissionHeader form={form} />
      {submitted && (
        <Notice takeFocus>
          <p>{t('submit.done')}</p>
        </Notice>
      )}
      {editable ? (
        <SubmissionEditor
          form={form}
          variables={variables}
          refetchForm={refetchForm}
          onSubmitted={() => {
            setSubmitted(true);
            void refetchForm();
          }}
        />
      ) : (
        <>
          {!submitted && (
            <p className="read-only-note">
              <strong>{t(readOnlyReason(form))}</strong>
            </p>
          )}
          <StrandedDraft officeId={officeId} periodId={periodId} />
          {reviewer && (status === 'SUBMITTED' || status === 'APPROVED') && (
            <p>
              <Link to={reviewPath(programmeId, officeId, periodId)}>{t('submission.reviewLink')}</Link>
            </p>
          )}
          <SubmissionValues lines={form.lines} submission={form.submission} />
        </>
      )}
    </>
  );
}
