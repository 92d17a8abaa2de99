import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { Notice } from '../../../components/Notice';
import { QueryView } from '../../../components/QueryView';
import { usePractice } from '../hooks/usePractices';
import { practiceNoticeOf } from '../utils/notices';
import { FeatureControl } from './FeatureControl';
import { PracticeActions } from './PracticeActions';
import { PracticeDetails } from './PracticeDetails';
import { PracticeNotFound } from './PracticeMessage';
import './practices.css';

/** `/praktyki/:id`: one practice, with its author's actions and a lead's featuring. */
export function PracticePage() {
  const t = useT();
  const { id = '' } = useParams();
  const { state } = useLocation();
  const result = usePractice(id);
  // The editor's notice gives way to what is done on this page.
  const [acted, setActed] = useState(false);
  return (
    <QueryView result={result} keepDataOnError>
      {({ goodPractice: practice }) => {
        if (!practice) return <PracticeNotFound />;
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
      }}
    </QueryView>
  );
}
