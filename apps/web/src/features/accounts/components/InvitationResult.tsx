import { useEffect, useRef } from 'react';
import { formatDateTime } from '../../../app/format-date';
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
  const { user, expiresAt, link } = invitation;
  const who = { name: user.displayName, email: user.email };

  // Someone who already has a password only gets the new role: there is no link to hand over.
  if (!expiresAt) {
    return (
      <div ref={ref} tabIndex={-1} role="status" className="notice invitation-result">
        <p>
          <strong>{t('invite.roleAdded', who)}</strong>
        </p>
      </div>
    );
  }
  const expires = formatDateTime(expiresAt, language);
  return (
    <div ref={ref} tabIndex={-1} role="status" className="notice invitation-result">
      <p>
        <strong>{t('invite.done', who)}</strong> {t('invite.expires', { date: expires })}
      </p>
      {link ? (
        <>
          <CopyField label={t('invite.link')} value={link} />
          <p className="field__hint">{t('invite.linkHint')}</p>
        </>
      ) : (
        <p>{t('invite.linkSent')}</p>
      )}
    </div>
  );
}
