import { CAF_CRITERIA } from '@officebench/domain';
import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { cafCriterionLabel } from '../utils/format';
import { hasFilters, type PracticeSearch, searchPath } from '../utils/search-params';

/**
 * No practice matched: not an error, but advice on what to try next, with a way to drop the filters
 * and links that browse the practices by CAF criterion.
 */
export function EmptyResults({ search }: { search: PracticeSearch }) {
  const { t, language } = useI18n();
  const filtered = hasFilters(search);
  const queried = search.query.trim() !== '';
  return (
    <div className="practice-empty">
      <h2>{t('practices.empty.title')}</h2>
      {queried || filtered ? (
        <>
          <p>{t('practices.empty.intro')}</p>
          <ul>
            {queried && <li>{t('practices.empty.spelling')}</li>}
            {queried && <li>{t('practices.empty.fewerWords')}</li>}
            {filtered && (
              <li>
                {t('practices.empty.removeFilters')}{' '}
                <Link to={searchPath({ query: search.query })}>{t('practices.empty.removeFiltersLink')}</Link>
              </li>
            )}
          </ul>
        </>
      ) : (
        <p>{t('practices.empty.nothingPublished')}</p>
      )}
      <h3>{t('practices.empty.browseTitle')}</h3>
      <ul className="practice-empty__criteria">
        {CAF_CRITERIA.map(({ number }) => (
          <li key={number}>
            <Link to={searchPath({ cafCriterion: number })}>{cafCriterionLabel(number, language)}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
