import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { useAuth } from '../../../lib/session/useAuth';
import { loginPath } from '../utils/safe-next-path';

/** A layout route for pages that need a session: without one, the log-in page, which comes back here. */
export function RequireAuth() {
  const { status, error, user, retry } = useAuth();
  const { pathname, search } = useLocation();
  if (status === 'loading') return <LoadingState />;
  if (status === 'error') return <ErrorState onRetry={retry} error={error} />;
  if (!user) return <Navigate to={loginPath(`${pathname}${search}`)} replace />;
  return <Outlet />;
}
