import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Role } from '../../auth/utils/roles';
import { ACCOUNT_USER_FIELDS, type AccountUser } from './account-user.fragment';

export interface InviteUserInput {
  email: string;
  displayName: string;
  role: Role;
  programmeId?: string;
  officeId?: string;
}

export interface Invitation {
  user: AccountUser;
  /** When the set-password link stops working; null when the person already had a password (no link). */
  expiresAt: string | null;
  /** Null in production, where the link goes by e-mail (or to the server log). */
  link: string | null;
}

export const INVITE_USER_MUTATION: TypedDocumentNode<{ inviteUser: Invitation }, { input: InviteUserInput }> = gql`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      expiresAt
      link
      user {
        ...AccountUserFields
      }
    }
  }
  ${ACCOUNT_USER_FIELDS}
`;
