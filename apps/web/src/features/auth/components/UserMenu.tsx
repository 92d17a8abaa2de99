import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { useSessionUser, useAuth } from '../../../lib/session/useAuth';

/** Who is signed in, and the log-out button. */
export function UserMenu() {
  const t = useT();
  const user = useSessionUser();
  const { signOut } = useAuth();
  const [busy, setBusy] = useState(false);
  return (
    <div className="user-menu">
      <span className="user-menu__name">
        <span className="visually-hidden">{t('userMenu.signedInAs')} </span>
        {user.displayName}
      </span>
      <button
        type="button"
        className="header-button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          // signOut always ends in the log-in page, even when the server could not be reached.
          signOut().catch(() => setBusy(false));
        }}
      >
        {t('userMenu.signOut')}
      </button>
    </div>
  );
}
