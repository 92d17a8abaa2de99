import { useContext } from 'react';
import { AuthContext, type AuthContextValue } from './auth-context';

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** The signed-in user, for pages behind <RequireAuth> (which never renders them without one). */
export function useSessionUser() {
  const { user } = useAuth();
  if (!user) throw new Error('useSessionUser must be used behind <RequireAuth>');
  return user;
}
