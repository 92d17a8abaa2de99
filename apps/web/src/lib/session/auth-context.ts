import { createContext } from 'react';
import type { SessionUser } from './graphql/session-user.fragment';

/** Why the log-in page is shown, when it is not the user's own choice. */
export type AuthNotice = 'sessionExpired' | 'signedOut';

export function isAuthNotice(value: unknown): value is AuthNotice {
  return value === 'sessionExpired' || value === 'signedOut';
}

export interface AuthContextValue {
  /** 'loading' until the first `me` answer; 'error' when it could not be asked. */
  status: 'loading' | 'error' | 'ready';
  /** Why `me` could not be asked (status 'error'). */
  error?: unknown;
  /** The signed-in user, or null. */
  user: SessionUser | null;
  notice: AuthNotice | null;
  /** Asks `me` again after a failed start. */
  retry: () => Promise<unknown>;
  /**
   * After a log-in or set-password: drops any other user's cached data and reads the new session with
   * `me`. Resolves to the signed-in user (null if the server did not keep the session).
   */
  signIn: () => Promise<SessionUser | null>;
  /** Ends the session on the server and in this tab, then loads the log-in page afresh. */
  signOut: () => Promise<void>;
}

export const AuthContext = createContext<AuthContextValue | null>(null);
