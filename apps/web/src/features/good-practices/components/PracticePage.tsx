import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { Notice } from '../../../components/Notice';
import { usePractice } from '../hooks/usePractices';
import { practiceNoticeOf } from '../utils/notices';
import { FeatureControl } from './FeatureControl';
import { PracticeActions } from './PracticeActions';
import { PracticeDetails } from './PracticeDetails';
import { PracticeMessage } from './PracticeMessage';
import './practices.css';

/** `/praktyki/:id`: one practice, with its author's actions and a lead's featuring. */
export function PracticePage() {
  const t = useT();
  const { id = '' } = useParams();
  const { state } = useLocation();
  const { data, loading, error, refetch } = usePractice(id);
  // The editor's notice gives way to what is done on this page.
  const [acted, setActed] = useState(false);
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState onRetry={refetch} error={error} />;
  const practice = data?.goodPractice;
  if (!practice) return <PracticeMessage title={t('practices.notFound.title')} body={t('practices.notFound.body')} />;
  const notice = practiceNoticeOf(state);
  return (
    <>
      <title>{`${practice.title} – ${t('practices.title')} – ${t('app.name')}`}</title>
      <PracticeDetails
        practice={practice}
        actions={
          <>
            {notice && notice !== 'deleted' && !acted && <Notice>{t(`practices.notice.${notice}`)}</Notice>}
            {practice.canEdit && <PracticeActions practice={practice} onAct={() => setActed(true)} />}
          </>
        }
      />
      <FeatureControl practice={practice} />
    </>
  );
}
