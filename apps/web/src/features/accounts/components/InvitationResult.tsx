import { useEffect, useRef } from 'react';
import { useI18n } from '../../../app/i18n';
import { CopyField } from '../../../components/CopyField';
import type { Invitation } from '../graphql/invite-user.mutation';

/** What an invitation produced: the link to hand over, or where it went. Takes the focus when shown. */
export function InvitationResult({ invitation }: { invitation: Invitation }) {
  const { t, language } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [invitation]);
  const expires = new Intl.DateTimeFormat(language === 'pl' ? 'pl-PL' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(invitation.expiresAt),
  );
  return (
    <div ref={ref} tabIndex={-1} role="status" className="notice invitation-result">
      <p>
        <strong>{t('invite.done', { name: invitation.user.displayName, email: invitation.user.email })}</strong>{' '}
        {t('invite.expires', { date: expires })}
      </p>
      {invitation.link ? (
        <>
          <CopyField label={t('invite.link')} value={invitation.link} />
          <p className="field__hint">{t('invite.linkHint')}</p>
        </>
      ) : (
        <p>{t('invite.linkSent')}</p>
      )}
    </div>
  );
}
