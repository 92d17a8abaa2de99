import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { cafCriterionLabel } from '../utils/format';
import { searchPath } from '../utils/search-params';

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

/** A practice's tags; with `linked`, each a link to the practices with that tag. */
export function TagList({ tags, linked = false }: { tags: readonly string[]; linked?: boolean }) {
  const { t } = useI18n();
  if (!tags.length) return null;
  return (
    <ul className="tag-list" aria-label={t('practices.tags')}>
      {tags.map((tag) => (
        <li key={tag} className={linked ? 'tag tag--link' : 'tag'}>
          {linked ? (
            <Link to={searchPath({ tag })}>
              <span className="visually-hidden">{t('practices.tagLinkPrefix')} </span>
              {tag}
            </Link>
          ) : (
            tag
          )}
        </li>
      ))}
    </ul>
  );
}
