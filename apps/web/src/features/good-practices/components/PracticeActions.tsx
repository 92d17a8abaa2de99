import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../../app/i18n';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { Notice } from '../../../components/Notice';
import type { Practice } from '../graphql/practice-fields.fragment';
import { useDeletePractice, usePublishPractice, useWithdrawPractice } from '../hooks/usePractices';
import { MY_PRACTICES_PATH, practiceEditPath } from '../utils/paths';

/** The authoring office's coordinator: edit, publish or withdraw, delete a draft. */
export function PracticeActions({ practice, onAct }: { practice: Practice; onAct?: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const [publish, { loading: publishing }] = usePublishPractice();
  const [withdraw, { loading: withdrawing }] = useWithdrawPractice();
  const [remove] = useDeletePractice();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<'published' | 'withdrawn' | null>(null);
  const busy = publishing || withdrawing;

  async function run(action: 'publish' | 'withdraw') {
    setError(null);
    setDone(null);
    onAct?.();
    try {
      if (action === 'publish') await publish({ variables: { id: practice.id } });
      else await withdraw({ variables: { id: practice.id } });
      setDone(action === 'publish' ? 'published' : 'withdrawn');
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <section className="practice-actions" aria-label={t('practices.actions')}>
      <div className="form__actions">
        <Link to={practiceEditPath(practice.id)} className="button-link">
          {t('practices.edit')}
        </Link>
        {practice.status === 'DRAFT' ? (
          <button type="button" disabled={busy} onClick={() => void run('publish')}>
            {publishing ? t('practices.publishing') : t('practices.publish')}
          </button>
        ) : (
          <button type="button" className="secondary" disabled={busy} onClick={() => void run('withdraw')}>
            {withdrawing ? t('practices.withdrawing') : t('practices.withdraw')}
          </button>
        )}
        {practice.status === 'DRAFT' && (
          <ConfirmButton
            label={t('practices.delete')}
            accessibleLabel={t('practices.deleteAccessible', { title: practice.title })}
            question={t('practices.deleteQuestion')}
            confirmLabel={t('practices.deleteConfirm')}
            onConfirm={async () => {
              setError(null);
              try {
                await remove({ variables: { id: practice.id } });
                navigate(MY_PRACTICES_PATH, { state: { practiceNotice: 'deleted' } });
              } catch (caught) {
                setError(errorMessage(caught));
              }
            }}
          />
        )}
      </div>
      {error && (
        <p role="alert" className="error-summary">
          {error}
        </p>
      )}
      {done && <Notice>{t(done === 'published' ? 'practices.notice.published' : 'practices.notice.withdrawn')}</Notice>}
    </section>
  );
}
