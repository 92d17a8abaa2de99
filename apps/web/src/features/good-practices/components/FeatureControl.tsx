import { mayFeaturePractice } from '@officebench/domain';
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { useSessionUser } from '../../../lib/session/useAuth';
import { actorOf } from '../../../lib/session/roles';
import type { Practice } from '../graphql/practice-fields.fragment';
import { useFeaturePractice } from '../hooks/usePractices';

/** The programmes the user leads (each once), where featuring a practice reaches their offices. */
export function ledProgrammes(user: ReturnType<typeof useSessionUser>): { id: string; name: string }[] {
  const actor = actorOf(user.id, user.roles);
  const programmes = new Map<string, string>();
  for (const { role, programme } of user.roles) {
    if (role === 'PROGRAMME_LEAD' && programme && mayFeaturePractice(actor, programme.id)) programmes.set(programme.id, programme.name);
  }
  return [...programmes].map(([id, name]) => ({ id, name }));
}

/**
 * A programme lead features a published practice for the programme's offices (or stops). The API says
 * only whether the practice is featured for some programme the viewer takes part in, so a lead of
 * several programmes gets a pair of buttons per programme rather than a checkbox that could mislead.
 */
export function FeatureControl({ practice }: { practice: Practice }) {
  const t = useT();
  const user = useSessionUser();
  const errorMessage = useErrorMessage();
  const [feature, { loading }] = useFeaturePractice();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const programmes = ledProgrammes(user);
  if (practice.status !== 'PUBLISHED' || programmes.length === 0) return null;

  async function set(programme: { id: string; name: string }, featured: boolean) {
    setMessage(null);
    try {
      await feature({ variables: { id: practice.id, programmeId: programme.id, featured } });
      setMessage({
        text: t(featured ? 'practices.feature.done' : 'practices.feature.undone', { programme: programme.name }),
        error: false,
      });
    } catch (caught) {
      setMessage({ text: errorMessage(caught), error: true });
    }
  }

  const [only] = programmes;
  return (
    <section className="practice-feature" aria-labelledby="practice-feature-title">
      <h2 id="practice-feature-title">{t('practices.feature.title')}</h2>
      <p>{t('practices.feature.intro')}</p>
      {programmes.length === 1 && only ? (
        <div className="field field--checkbox">
          <input
            id="practice-featured"
            type="checkbox"
            checked={practice.featured}
            disabled={loading}
            onChange={(event) => void set(only, event.target.checked)}
          />
          <label htmlFor="practice-featured">{t('practices.feature.checkbox', { programme: only.name })}</label>
        </div>
      ) : (
        <ul className="plain-list">
          {programmes.map((programme) => (
            <li key={programme.id} className="form__actions">
              <button type="button" className="secondary small" disabled={loading} onClick={() => void set(programme, true)}>
                {t('practices.feature.for', { programme: programme.name })}
              </button>
              <button type="button" className="secondary small" disabled={loading} onClick={() => void set(programme, false)}>
                {t('practices.feature.stopFor', { programme: programme.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role={message?.error ? 'alert' : 'status'} className={message?.error ? 'field__error' : 'muted'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
