import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { ErrorSummary, type ErrorItem } from '../../../components/ErrorSummary';
import { Notice } from '../../../components/Notice';
import { PageHeading } from '../../../components/PageHeading';
import { QueryView } from '../../../components/QueryView';
import { Section } from '../../../components/Section';
import { useSessionUser } from '../../../lib/session/useAuth';
import { canManageProgramme, isPlatformAdmin, type Role } from '../../../lib/session/roles';
import type { AccountGrant, AccountUser } from '../graphql/account-user.fragment';
import { useDeactivateUser, useInviteTargets, useRevokeRoleGrant, useUsers } from '../hooks/useAccounts';
import { inviteDraftKey } from '../utils/invite-form';
import { InviteForm } from './InviteForm';
import { UsersTable } from './UsersTable';

/** `/programmes/:programmeId/accounts`: the programme's lead (or an admin) manages its people. */
export function ProgrammeAccountsPage() {
  const { programmeId = '' } = useParams();
  return <AccountsPage key={programmeId} programmeId={programmeId} />;
}

/** `/accounts`: an admin manages everyone. */
export function AllAccountsPage() {
  return <AccountsPage />;
}

function AccountsPage({ programmeId }: { programmeId?: string }) {
  const t = useT();
  const viewer = useSessionUser();
  const admin = isPlatformAdmin(viewer.roles);
  const allowed = programmeId ? canManageProgramme(viewer.roles, programmeId) : admin;
  if (!allowed) {
    return (
      <>
        <title>{`${t('accounts.forbiddenTitle')} – ${t('app.name')}`}</title>
        <PageHeading>{t('accounts.forbiddenTitle')}</PageHeading>
        <p>{t('error.FORBIDDEN')}</p>
        <p>
          <Link to="/">{t('notFound.home')}</Link>
        </p>
      </>
    );
  }
  return <AllowedAccountsPage programmeId={programmeId} admin={admin} />;
}

function AllowedAccountsPage({ programmeId, admin }: { programmeId?: string; admin: boolean }) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const viewer = useSessionUser();
  const users = useUsers(programmeId);
  const targets = useInviteTargets(programmeId);
  const [revoke] = useRevokeRoleGrant();
  const [deactivate] = useDeactivateUser();
  const [actionErrors, setActionErrors] = useState<ErrorItem[]>([]);
  const [actionNotice, setActionNotice] = useState<string | null>(null);

  const allowedRoles: Role[] = [
    'OFFICE_COORDINATOR',
    'OFFICE_ASSESSOR',
    'PROGRAMME_LEAD',
    ...(admin && !programmeId ? (['PLATFORM_ADMIN'] as const) : []),
  ];

  async function act(action: () => Promise<unknown>, done: string) {
    setActionNotice(null);
    try {
      await action();
      setActionErrors([]);
      setActionNotice(done);
    } catch (error) {
      setActionErrors([{ text: errorMessage(error) }]);
    }
  }
  const onRevoke = (user: AccountUser, grant: AccountGrant) =>
    act(() => revoke({ variables: { grantId: grant.id } }), t('users.revoked', { name: user.displayName }));
  const onDeactivate = (user: AccountUser) =>
    act(() => deactivate({ variables: { userId: user.id } }), t('users.deactivated', { name: user.displayName }));

  // The list stays while it is asked again after a change (a failed refresh leaves it as it was).
  return (
    <QueryView result={users} keepDataOnError>
      {(usersData) => (
        <QueryView result={{ ...targets, data: targets.programmes }}>
          {(programmes) => {
            const programme = programmeId ? programmes[0] : undefined;
            if (programmeId && !programme) {
              return (
                <>
                  <title>{`${t('notFound.title')} – ${t('app.name')}`}</title>
                  <PageHeading>{t('notFound.title')}</PageHeading>
                  <p>{t('programme.notFound')}</p>
                </>
              );
            }
            const title = programme ? t('accounts.programmeTitle') : t('accounts.allTitle');
            return (
              <>
                <title>{`${title}${programme ? ` – ${programme.name}` : ''} – ${t('app.name')}`}</title>
                {programme && <p className="eyebrow">{programme.name}</p>}
                <PageHeading>{title}</PageHeading>
                {!programmeId && programmes.length > 0 && (
                  <nav aria-label={t('accounts.programmeLinks')} className="inline-links">
                    <span>{t('accounts.programmeLinks')}:</span>
                    <ul>
                      {programmes.map(({ id, name }) => (
                        <li key={id}>
                          <Link to={`/programmes/${encodeURIComponent(id)}/accounts`}>{name}</Link>
                        </li>
                      ))}
                    </ul>
                  </nav>
                )}
                {/* The form first: with dozens of people it would sit far below the list. */}
                <Section title={t('invite.title')}>
                  <InviteForm
                    key={inviteDraftKey(programmeId)}
                    programmeId={programmeId}
                    programmes={programmes}
                    allowedRoles={allowedRoles}
                  />
                </Section>
                <Section title={t('accounts.usersTitle')}>
                  <ErrorSummary errors={actionErrors} />
                  {actionNotice && <Notice>{actionNotice}</Notice>}
                  {usersData.users.length ? (
                    <UsersTable
                      caption={t('accounts.usersTitle')}
                      users={usersData.users}
                      viewer={viewer}
                      onRevoke={onRevoke}
                      onDeactivate={onDeactivate}
                    />
                  ) : (
                    <p>{t('accounts.noUsers')}</p>
                  )}
                </Section>
              </>
            );
          }}
        </QueryView>
      )}
    </QueryView>
  );
}
