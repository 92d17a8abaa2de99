import { useT } from '../../../app/i18n';
import { ConfirmButton } from '../../../components/ConfirmButton';
import type { SessionUser } from '../../../lib/session/graphql/session-user.fragment';
import type { AccountGrant, AccountUser } from '../graphql/account-user.fragment';
import { canDeactivate, canRevokeGrant } from '../utils/grant-permissions';

interface UsersTableProps {
  caption: string;
  users: readonly AccountUser[];
  viewer: SessionUser;
  onRevoke: (user: AccountUser, grant: AccountGrant) => Promise<unknown>;
  onDeactivate: (user: AccountUser) => Promise<unknown>;
}

export function UsersTable({ caption, users, viewer, onRevoke, onDeactivate }: UsersTableProps) {
  const t = useT();
  const grantLabel = ({ role, programme, office }: AccountGrant) => {
    const scope = office?.name ?? programme?.name;
    return scope ? `${t(`role.${role}`)} – ${scope}` : t(`role.${role}`);
  };
  const sorted = [...users].sort((a, b) => a.displayName.localeCompare(b.displayName, 'pl'));
  // Only admins can deactivate: for anyone else the column would stay empty.
  const showActions = sorted.some((user) => canDeactivate(viewer, user));

  return (
    <table className="data-table users-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('users.name')}</th>
          <th scope="col">{t('users.email')}</th>
          <th scope="col">{t('users.roles')}</th>
          <th scope="col">{t('users.state')}</th>
          {showActions && <th scope="col">{t('users.actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {sorted.map((user) => (
          <tr key={user.id} className={user.isActive ? undefined : 'inactive'}>
            <th scope="row">{user.displayName}</th>
            <td>{user.email}</td>
            <td>
              {user.roles.length === 0 ? (
                <span className="muted">{t('users.noRoles')}</span>
              ) : (
                <ul className="grant-list">
                  {user.roles.map((grant) => (
                    <li key={grant.id}>
                      <span>{grantLabel(grant)}</span>
                      {canRevokeGrant(viewer, user, grant) && (
                        <ConfirmButton
                          label={t('users.revoke')}
                          accessibleLabel={t('users.revokeLabel', { grant: grantLabel(grant), name: user.displayName })}
                          question={t('users.revokeQuestion')}
                          confirmLabel={t('users.revokeConfirm')}
                          onConfirm={() => onRevoke(user, grant)}
                        />
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td>
              <ul className="badge-list">
                {!user.isActive && <li className="badge badge--inactive">{t('users.inactive')}</li>}
                {!user.hasPassword && <li className="badge badge--pending">{t('users.invitationPending')}</li>}
                {user.isActive && user.hasPassword && <li className="badge">{t('users.active')}</li>}
              </ul>
            </td>
            {showActions && (
              <td>
                {canDeactivate(viewer, user) && (
                  <ConfirmButton
                    label={t('users.deactivate')}
                    accessibleLabel={t('users.deactivateLabel', { name: user.displayName })}
                    question={t('users.deactivateQuestion')}
                    confirmLabel={t('users.deactivateConfirm')}
                    onConfirm={() => onDeactivate(user)}
                  />
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
