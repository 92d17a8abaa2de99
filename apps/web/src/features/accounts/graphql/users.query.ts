import { gql, type TypedDocumentNode } from '@apollo/client';
import { ACCOUNT_USER_FIELDS, type AccountUser } from './account-user.fragment';

export interface UsersData {
  users: AccountUser[];
}

export const USERS_QUERY: TypedDocumentNode<UsersData, { programmeId?: string | null }> = gql`
  query Users($programmeId: ID) {
    users(programmeId: $programmeId) {
      ...AccountUserFields
    }
  }
  ${ACCOUNT_USER_FIELDS}
`;
