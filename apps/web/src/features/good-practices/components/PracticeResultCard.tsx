import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n';
import type { PracticeCard } from '../graphql/practice-fields.fragment';
import { practicePath } from '../utils/paths';
import { Highlight } from './Highlight';
import { CafBadges, TagList } from './PracticeBadges';

interface PracticeResultCardProps {
  practice: PracticeCard;
  /** The search snippet (escaped text with <mark>), when the search had words. */
  highlight: string | null;
  /** The heading level of the title within the results. */
  headingLevel?: 2 | 3 | 4;
  /** The search shown (`?q=…`), carried to the practice's page for its way back; '' for none. */
  fromSearch?: string;
}

/** One search result: what the practice is, whose it is, and where the searched words occur. */
export function PracticeResultCard({ practice, highlight, headingLevel = 3, fromSearch = '' }: PracticeResultCardProps) {
  const { t } = useI18n();
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2] ?? 'h3';
  const facts = [
    practice.office.name,
    t(`officeKind.${practice.office.kind}`),
    practice.year === null ? null : t('practices.introducedIn', { year: practice.year }),
  ].filter((fact): fact is string => fact !== null);
  return (
    <article className="practice-card" aria-labelledby={`practice-${practice.id}-title`}>
      <Heading id={`practice-${practice.id}-title`} className="practice-card__title">
        <Link to={practicePath(practice.id) + fromSearch}>{practice.title}</Link>
      </Heading>
      <p className="practice-card__facts">
        {facts.join(' · ')}
        {practice.featured && (
          <>
            {' '}
            <span className="badge badge--featured">{t('practices.featured')}</span>
          </>
        )}
      </p>
      <CafBadges criteria={practice.cafCriteria} />
      <p className="practice-card__summary">{practice.summary}</p>
      {highlight && (
        <p className="practice-card__snippet">
          <span className="visually-hidden">{t('practices.snippet')} </span>
          <Highlight snippet={highlight} />
        </p>
      )}
      <TagList tags={practice.tags} />
    </article>
  );
}
