import { useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { Notice } from '../../../components/Notice';
import { QueryView } from '../../../components/QueryView';
import { usePractice } from '../hooks/usePractices';
import { practiceNoticeOf } from '../utils/notices';
import { paramsFromSearch, searchFromParams, searchPath } from '../utils/search-params';
import { FeatureControl } from './FeatureControl';
import { PracticeActions } from './PracticeActions';
import { PracticeDetails } from './PracticeDetails';
import { PracticeNotFound } from './PracticeMessage';
import './practices.css';

/**
 * `/praktyki/:id`: one practice, with its author's actions and a lead's featuring. Opened from the
 * results, its address carries their search (`?q=…`), and its first link goes back to them.
 */
export function PracticePage() {
  const t = useT();
  const { id = '' } = useParams();
  const { state } = useLocation();
  const [params] = useSearchParams();
  const search = searchFromParams(params);
  const fromResults = paramsFromSearch(search).toString() !== '';
  const backLink = (
    <p className="practice__back">
      <Link to={searchPath(search)}>{fromResults ? t('practices.backToResults') : t('practices.allPractices')}</Link>
    </p>
  );
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
              backLink={backLink}
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
