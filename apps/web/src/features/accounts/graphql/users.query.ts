import { gql, type TypedDocumentNode } from '@apollo/client';
import type { UsersQuery, UsersQueryVariables } from '../../../generated/graphql';
import { ACCOUNT_USER_FIELDS } from './account-user.fragment';

export const USERS_QUERY: TypedDocumentNode<UsersQuery, UsersQueryVariables> = gql`
  query Users($programmeId: ID) {
    users(programmeId: $programmeId) {
      ...AccountUserFields
    }
  }
  ${ACCOUNT_USER_FIELDS}
`;
