import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { criterionTitle } from '../../../lib/group-lines';
import type { PracticeSuggestion, SuggestedPracticeItem } from '../graphql/practice-suggestions.query';
import { indicatorName } from '../../../lib/indicator-format';
import { practicePath, practiceSearchPath } from '../utils/practice-paths';

/**
 * The lagging indicators, each with practices of other offices (or a search for them), or a short
 * positive sentence when nothing lags. Shows names and words only: no value, rank or quartile of any
 * other office, and "improved" as a text badge only where that office opted in to say it.
 */
export function PeerPractices({ suggestions }: { suggestions: readonly PracticeSuggestion[] }) {
  const { t, language } = useI18n();
  if (suggestions.length === 0) return <p className="peer-practices__none">{t('peerPractices.nothingLags')}</p>;
  return (
    <ul className="peer-practices">
      {suggestions.map(({ indicator, practices }) => {
        const name = indicatorName(indicator, language);
        return (
          <li key={indicator.code} className="peer-practices__indicator">
            <h3>{name}</h3>
            {practices.length === 0 ? (
              <p>
                {t('peerPractices.noPractices')}{' '}
                <Link to={practiceSearchPath(indicator.code)}>{t('peerPractices.search', { indicator: name })}</Link>
              </p>
            ) : (
              <ul className="peer-practices__list">
                {practices.map((suggested) => (
                  <PeerPractice key={suggested.practice.id} suggested={suggested} />
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function PeerPractice({ suggested: { practice, officeImproved } }: { suggested: SuggestedPracticeItem }) {
  const { t, language } = useI18n();
  const criteria = practice.cafCriteria.map((criterion) => criterionTitle(criterion, language) ?? String(criterion));
  return (
    <li className="peer-practice">
      <h4>
        <Link to={practicePath(practice.id)}>{practice.title}</Link>
      </h4>
      <p className="peer-practice__meta">
        {t('peerPractices.office', { office: practice.office.name })}
        {officeImproved && (
          <>
            {' '}
            <span className="badge badge--improved">{t('peerPractices.improved')}</span>
          </>
        )}
      </p>
      {practice.summary.trim() !== '' && <p className="peer-practice__summary">{practice.summary}</p>}
      {criteria.length > 0 && <p className="peer-practice__caf">{t('peerPractices.cafCriteria', { criteria: criteria.join('; ') })}</p>}
    </li>
  );
}
