import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { criterionTitle } from '../../../lib/group-lines';
import type { PracticeSuggestion, SuggestedPracticeItem } from '../graphql/practice-suggestions.query';
import { indicatorName } from '../../../lib/indicator-format';
import { practicePath, practiceSearchPath } from '../utils/practice-paths';
import { Heading, type HeadingLevel } from './Heading';

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

/**
 * One indicator's practices in its detail: those of other offices linked to it when the office lags its
 * peers on it, a search for them when there are none, or a sentence when it does not lag.
 */
export function IndicatorPractices({
  indicator,
  suggestion,
  level,
}: {
  indicator: { code: string; name: string; nameEn: string };
  /** The indicator's suggestion, or null when the office does not lag on it. */
  suggestion: PracticeSuggestion | null;
  /** The level of each practice's title. */
  level: HeadingLevel;
}) {
  const { t, language } = useI18n();
  const name = indicatorName(indicator, language);
  const search = <Link to={practiceSearchPath(indicator.code)}>{t('peerPractices.search', { indicator: name })}</Link>;
  if (suggestion === null) {
    return (
      <p>
        {t('comparison.practicesNotLagging')} {search}
      </p>
    );
  }
  if (suggestion.practices.length === 0) {
    return (
      <p>
        {t('peerPractices.noPractices')} {search}
      </p>
    );
  }
  return (
    <ul className="peer-practices__list">
      {suggestion.practices.map((suggested) => (
        <PeerPractice key={suggested.practice.id} suggested={suggested} level={level} />
      ))}
    </ul>
  );
}

function PeerPractice({ suggested: { practice, officeImproved }, level = 4 }: { suggested: SuggestedPracticeItem; level?: HeadingLevel }) {
  const { t, language } = useI18n();
  const criteria = practice.cafCriteria.map((criterion) => criterionTitle(criterion, language) ?? String(criterion));
  return (
    <li className="peer-practice">
      <Heading level={level}>
        <Link to={practicePath(practice.id)}>{practice.title}</Link>
      </Heading>
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
