import { useI18n } from '../../../app/i18n';
import { cafCriterionLabel } from '../utils/format';

/** A practice's CAF criteria, as badges with their names. */
export function CafBadges({ criteria }: { criteria: readonly number[] }) {
  const { t, language } = useI18n();
  if (!criteria.length) return null;
  return (
    <ul className="badge-list" aria-label={t('practices.cafCriteria')}>
      {criteria.map((criterion) => (
        <li key={criterion} className="badge badge--caf">
          {t('practices.cafBadge', { criterion: cafCriterionLabel(criterion, language) })}
        </li>
      ))}
    </ul>
  );
}

/** A practice's tags. */
export function TagList({ tags }: { tags: readonly string[] }) {
  const { t } = useI18n();
  if (!tags.length) return null;
  return (
    <ul className="tag-list" aria-label={t('practices.tags')}>
      {tags.map((tag) => (
        <li key={tag} className="tag">
          {tag}
        </li>
      ))}
    </ul>
  );
}
