import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { localStorageOrNull, readPersistentValue, removePersistentValue } from '../../../hooks/persistent-state';
import { draftStorageKey, EMPTY_DRAFT, isDraft } from '../utils/draft';

/**
 * Unsaved entries left in this browser for a submission that no longer takes changes (handed in or
 * locked meanwhile): said openly, with a way to drop them, rather than silently kept or lost.
 */
export function StrandedDraft({ officeId, periodId }: { officeId: string; periodId: string }) {
  const t = useT();
  const key = draftStorageKey(officeId, periodId);
  const [count, setCount] = useState(
    () => Object.keys(readPersistentValue(localStorageOrNull(), key, EMPTY_DRAFT, isDraft).entries).length,
  );
  if (count === 0) return null;
  return (
    <div className="notice notice--warning">
      <p>{t('submission.strandedDraft', { count })}</p>
      <button
        type="button"
        className="secondary small"
        onClick={() => {
          removePersistentValue(localStorageOrNull(), key);
          setCount(0);
        }}
      >
        {t('submission.discardDraft')}
      </button>
    </div>
  );
}
