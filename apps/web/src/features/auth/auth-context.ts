import { createContext } from 'react';
import type { SessionUser } from './graphql/session-user.fragment';

/** Why the log-in page is shown, when it is not the user's own choice. */
export type AuthNotice = 'sessionExpired' | 'signedOut';

export interface AuthContextValue {
  /** 'loading' until the first `me` answer; 'error' when it could not be asked. */
  status: 'loading' | 'error' | 'ready';
  /** The signed-in user, or null. */
  user: SessionUser | null;
  notice: AuthNotice | null;
  /** Asks `me` again after a failed start. */
  retry: () => Promise<unknown>;
  /** Keeps the user a log-in or set-password answered with, dropping any other user's cached data. */
  signIn: (user: SessionUser) => Promise<void>;
  /** Ends the session on the server and in this tab. */
  signOut: () => Promise<void>;
}

export const AuthContext = createContext<AuthContextValue | null>(null);
