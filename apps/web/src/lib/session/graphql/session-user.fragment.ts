import { gql } from '@apollo/client';
import type { SessionUserFieldsFragment } from '../../../generated/graphql';

/** The signed-in user as the dashboard keeps it (the `me` query and every mutation that signs in). */
export type SessionUser = SessionUserFieldsFragment;
export type SessionGrant = SessionUser['roles'][number];

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
