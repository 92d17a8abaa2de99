import { practiceOffices, programmesOfActor } from '@officebench/domain';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { PageHeading } from '../../../components/PageHeading';
import { useSessionUser } from '../../../lib/session/useAuth';
import { actorOf } from '../../../lib/session/roles';
import { usePracticeIndicators } from '../hooks/usePractices';
import { indicatorName } from '../utils/format';
import { NEW_PRACTICE_PATH } from '../utils/paths';
import { paramsFromSearch, searchFromParams } from '../utils/search-params';
import { PracticeSearchForm } from './PracticeSearchForm';
import { PracticeSearchResults } from './PracticeSearchResults';
import './practices.css';

/** `/praktyki`: the good practices of the whole platform, searched and filtered; the search lives in the URL. */
export function PracticeSearchPage() {
  const { t, language } = useI18n();
  const user = useSessionUser();
  const actor = actorOf(user.id, user.roles);
  const [params, setParams] = useSearchParams();
  const search = searchFromParams(params);
  const { indicators } = usePracticeIndicators();
  const indicatorOptions = indicators.map((indicator) => ({ value: indicator.code, label: indicatorName(indicator, language) }));

  return (
    <>
      <title>{`${t('practices.title')} – ${t('app.name')}`}</title>
      <PageHeading focusOnPathOnly>{t('practices.title')}</PageHeading>
      <p>{t('practices.intro')}</p>
      {practiceOffices(actor).length > 0 && (
        <p>
          <Link to={NEW_PRACTICE_PATH} className="button-link">
            {t('practices.new')}
          </Link>
        </p>
      )}
      <PracticeSearchForm
        initial={search}
        indicators={indicatorOptions}
        mayFilterFeatured={programmesOfActor(actor).length > 0}
        onSearch={(next) => setParams(paramsFromSearch(next))}
      />
      <PracticeSearchResults search={search} />
    </>
  );
}
