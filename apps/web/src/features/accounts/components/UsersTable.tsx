import { useT } from '../../../app/i18n';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { DataTable } from '../../../components/DataTable';
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
    <DataTable
      caption={caption}
      className="users-table"
      columns={[t('users.name'), t('users.email'), t('users.roles'), t('users.state'), ...(showActions ? [t('users.actions')] : [])]}
      rows={sorted.map((user) => ({
        key: user.id,
        className: user.isActive ? undefined : 'inactive',
        cells: [
          user.displayName,
          user.email,
          user.roles.length === 0 ? (
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
          ),
          <ul className="badge-list">
            {!user.isActive && <li className="badge badge--inactive">{t('users.inactive')}</li>}
            {!user.hasPassword && <li className="badge badge--pending">{t('users.invitationPending')}</li>}
            {user.isActive && user.hasPassword && <li className="badge">{t('users.active')}</li>}
          </ul>,
          ...(showActions
            ? [
                canDeactivate(viewer, user) && (
                  <ConfirmButton
                    label={t('users.deactivate')}
                    accessibleLabel={t('users.deactivateLabel', { name: user.displayName })}
                    question={t('users.deactivateQuestion')}
                    confirmLabel={t('users.deactivateConfirm')}
                    onConfirm={() => onDeactivate(user)}
                  />
                ),
              ]
            : []),
        ],
      }))}
    />
  );
}
