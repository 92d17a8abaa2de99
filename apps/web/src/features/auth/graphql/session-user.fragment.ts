import { gql } from '@apollo/client';
import type { GrantScope } from '../utils/roles';

export interface SessionGrant extends GrantScope {
  id: string;
}

/** The signed-in user as the dashboard keeps it (the `me` query and every mutation that signs in). */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  roles: SessionGrant[];
}

export const SESSION_USER_FIELDS = gql`
  fragment SessionUserFields on User {
    id
    email
    displayName
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
