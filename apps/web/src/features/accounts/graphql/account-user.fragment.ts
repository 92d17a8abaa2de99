import { gql } from '@apollo/client';
import { SESSION_USER_FIELDS, type SessionGrant, type SessionUser } from '../../auth/graphql/session-user.fragment';

export type AccountGrant = SessionGrant;

/** A user as the accounts pages list them: the session's fields plus the account's state. */
export interface AccountUser extends SessionUser {
  isActive: boolean;
  hasPassword: boolean;
}

export const ACCOUNT_USER_FIELDS = gql`
  fragment AccountUserFields on User {
    ...SessionUserFields
    isActive
    hasPassword
  }
  ${SESSION_USER_FIELDS}
`;
