import { useQuery } from '@apollo/client/react';
import { mayReviewProgramme } from '@officebench/domain';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { errorInfo } from '../../../app/graphql-errors';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { Notice } from '../../../components/Notice';
import { PageHeading } from '../../../components/PageHeading';
import { Section } from '../../../components/Section';
import { REVIEW_LIST_QUERY } from '../../../lib/graphql/review-list.query';
import { nextToReview, reviewFilterOf, reviewSearch } from '../../../lib/review-queue';
import { useSessionUser } from '../../../lib/session/useAuth';
import { actorOf } from '../../../lib/session/roles';
import { useSubmissionForm } from '../hooks/useSubmissionForm';
import { reviewListPath, reviewPath } from '../utils/paths';
import { ReviewActions } from './ReviewActions';
import { SubmissionHeader } from './SubmissionHeader';
import { SubmissionValues } from './SubmissionValues';

/** `/programmes/:programmeId/offices/:officeId/periods/:periodId/review`: the lead checks and decides. */
export function ReviewPage() {
  const { programmeId = '', officeId = '', periodId = '' } = useParams();
  const t = useT();
  const user = useSessionUser();
  if (!mayReviewProgramme(actorOf(user.id, user.roles), programmeId)) {
    return (
      <>
        <title>{`${t('accounts.forbiddenTitle')} – ${t('app.name')}`}</title>
        <PageHeading>{t('accounts.forbiddenTitle')}</PageHeading>
        <p>{t('review.forbidden')}</p>
      </>
    );
  }
  return <ReviewPageContent key={`${officeId}/${periodId}`} programmeId={programmeId} officeId={officeId} periodId={periodId} />;
}

function ReviewPageContent({ programmeId, officeId, periodId }: { programmeId: string; officeId: string; periodId: string }) {
  const t = useT();
  const { data, loading, error, refetch } = useSubmissionForm(officeId, periodId);
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);
  const moveOn = useMoveOn(programmeId);

  if (loading && !data) return <LoadingState />;
  if (!data) {
    const code = error ? errorInfo(error).code : null;
    if (code === 'NOT_FOUND' || code === 'FORBIDDEN') {
      return (
        <>
          <PageHeading>{t('notFound.title')}</PageHeading>
          <p>{t('submission.notFound')}</p>
        </>
      );
    }
    return <ErrorState onRetry={refetch} error={error} />;
  }

  const form = data.submissionForm;
  const reload = () => void refetch().catch(() => undefined);
  const title = t('review.title', { period: form.period.label });
  return (
    <>
      <title>{`${title} – ${form.office.name} – ${t('app.name')}`}</title>
      <p className="eyebrow">{form.office.name}</p>
      <PageHeading>{title}</PageHeading>
      <p>
        <Link to={`${reviewListPath(programmeId)}${location.search}`}>{t('review.back')}</Link>
      </p>
      <SubmissionHeader form={form} />
      {notice && (
        <Notice key={notice} takeFocus>
          <p>{notice}</p>
        </Notice>
      )}
      {form.submission ? (
        <>
          <SubmissionValues lines={form.lines} submission={form.submission} />
          <Section title={t('review.decisionTitle')}>
            <ReviewActions
              submission={form.submission}
              reload={reload}
              onDone={(message, leftQueue) => {
                if (leftQueue && form.submission) {
                  void moveOn(form.submission.id, message);
                  return;
                }
                setNotice(message);
                reload();
              }}
            />
          </Section>
        </>
      ) : (
        <p>{t('review.noSubmission')}</p>
      )}
    </>
  );
}

/**
 * After approving or returning: on to the next submission waiting for review in the list the lead came
 * from (its period filter and order), or back to that list with a message when none is left.
 */
function useMoveOn(programmeId: string) {
  const t = useT();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const filter = reviewFilterOf(searchParams);
  const queue = useQuery(REVIEW_LIST_QUERY, { variables: { programmeId, periodId: filter.periodId, status: 'SUBMITTED' } });
  const search = reviewSearch(filter);
  return async (currentId: string, message: string) => {
    const before = queue.data?.reviewList ?? [];
    const after = await queue.refetch().then(
      ({ data }) => data?.reviewList ?? [],
      () => [],
    );
    const next = nextToReview(before, after, currentId);
    if (next) {
      const { office, period } = next.submission;
      void navigate(`${reviewPath(programmeId, office.id, period.id)}${search}`, {
        state: { notice: t('review.movedOn', { done: message, office: office.name, period: period.label }) },
      });
    } else {
      void navigate(`${reviewListPath(programmeId)}${search}`, { state: { notice: t('review.noneLeft', { done: message }) } });
    }
  };
}
