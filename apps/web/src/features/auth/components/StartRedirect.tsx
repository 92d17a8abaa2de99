import { Navigate } from 'react-router';
import { useT } from '../../../app/i18n';
import { PageHeading } from '../../../components/PageHeading';
import { useSessionUser } from '../../../lib/session/useAuth';
import { startPath } from '../../../lib/session/roles';

/** `/`: the page of the user's highest role. */
export function StartRedirect() {
  const t = useT();
  const user = useSessionUser();
  const path = startPath(user.roles);
  if (path) return <Navigate to={path} replace />;
  return (
    <>
      <title>{`${t('start.noRolesTitle')} – ${t('app.name')}`}</title>
      <PageHeading>{t('start.noRolesTitle')}</PageHeading>
      <p>{t('start.noRolesBody')}</p>
    </>
  );
}
