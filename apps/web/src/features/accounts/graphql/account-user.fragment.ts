import { gql } from '@apollo/client';
import type { Role } from '../../auth/utils/roles';

export interface AccountGrant {
  id: string;
  role: Role;
  programme: { id: string; name: string } | null;
  office: { id: string; name: string } | null;
}

export interface AccountUser {
  id: string;
  email: string;
  displayName: string;
  isActive: boolean;
  hasPassword: boolean;
  roles: AccountGrant[];
}

export const ACCOUNT_USER_FIELDS = gql`
  fragment AccountUserFields on User {
    id
    email
    displayName
    isActive
    hasPassword
    roles {
      id
      role
      programme {
        id
        name
      }
      office {
        id
        name
      }
    }
  }
`;
