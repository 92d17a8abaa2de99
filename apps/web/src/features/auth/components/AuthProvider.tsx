import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import {
  clearPersistentForms,
  localStorageOrNull,
  readPersistentValue,
  removePersistentValue,
  sessionStorageOrNull,
  writePersistentValue,
} from '../../../hooks/persistent-state';
import { AuthContext, isAuthNotice, type AuthContextValue, type AuthNotice } from '../../../lib/session/auth-context';
import { LOGOUT_MUTATION } from '../graphql/logout.mutation';
import { ME_QUERY } from '../graphql/me.query';
import { SessionExpiryContext } from '../../../lib/session/session-expiry-context';
import { loginPath } from '../utils/safe-next-path';

const AUTH_PATHS = ['/login', '/forgot-password', '/set-password'];
const NOTICE_KEY = 'officebench.authNotice';

/** Asks `me` once at start, keeps the answer in the Apollo cache and reacts to an expired session. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const sessionExpiry = useContext(SessionExpiryContext);
  const { data, error, refetch } = useQuery(ME_QUERY);
  const [logout] = useMutation(LOGOUT_MUTATION);
  // A notice left by the page before a full load (signing out reloads the page).
  const [notice, setNotice] = useState<AuthNotice | null>(() =>
    readPersistentValue<AuthNotice | null>(sessionStorageOrNull(), NOTICE_KEY, null, isAuthNotice),
  );
  useEffect(() => removePersistentValue(sessionStorageOrNull(), NOTICE_KEY), []);

  useEffect(
    () =>
      sessionExpiry.subscribe(() => {
        const wasSignedIn = Boolean(client.cache.readQuery({ query: ME_QUERY })?.me);
        const { pathname, search } = window.location;
        if (wasSignedIn) setNotice('sessionExpired');
        // Several operations may fail at once: only the first one, still on the page, navigates.
        if (!AUTH_PATHS.includes(pathname)) navigate(loginPath(`${pathname}${search}`));
        client.cache.writeQuery({ query: ME_QUERY, data: { me: null } });
      }),
    [client, navigate, sessionExpiry],
  );

  const signIn = useCallback(async () => {
    // Drops another user's data and asks the active queries again: `me` now reads the new session.
    await client.resetStore();
    const user = client.readQuery({ query: ME_QUERY })?.me ?? null;
    if (user) setNotice(null);
    return user;
  }, [client]);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      // Even when the server could not be told, this tab forgets the user and their drafts. A full load
      // of the log-in page drops every cached answer of this user along with the page's memory.
      const storage = sessionStorageOrNull();
      clearPersistentForms(storage);
      clearPersistentForms(localStorageOrNull());
      writePersistentValue(storage, NOTICE_KEY, 'signedOut');
      window.location.assign('/login');
    }
  }, [logout]);

  const value = useMemo<AuthContextValue>(() => {
    const status = data ? 'ready' : error ? 'error' : 'loading';
    return { status, error, user: data?.me ?? null, notice, retry: refetch, signIn, signOut };
  }, [data, error, notice, refetch, signIn, signOut]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
