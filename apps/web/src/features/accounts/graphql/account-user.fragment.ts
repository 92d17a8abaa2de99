import { gql } from '@apollo/client';
import type { AccountUserFieldsFragment } from '../../../generated/graphql';
import { SESSION_USER_FIELDS } from '../../../lib/session/graphql/session-user.fragment';

/** A user as the accounts pages list them: the session's fields plus the account's state. */
export type AccountUser = AccountUserFieldsFragment;
export type AccountGrant = AccountUser['roles'][number];

export const ACCOUNT_USER_FIELDS = gql`
  fragment AccountUserFields on User {
    ...SessionUserFields
    isActive
    hasPassword
  }
  ${SESSION_USER_FIELDS}
`;
