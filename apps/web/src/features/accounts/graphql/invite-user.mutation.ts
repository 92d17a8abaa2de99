import { gql, type TypedDocumentNode } from '@apollo/client';
import type { InviteUserMutation, InviteUserMutationVariables } from '../../../generated/graphql';
import { ACCOUNT_USER_FIELDS } from './account-user.fragment';

/** expiresAt: null when the person already had a password (no link); link: null in production (sent by e-mail). */
export type Invitation = InviteUserMutation['inviteUser'];

export const INVITE_USER_MUTATION: TypedDocumentNode<InviteUserMutation, InviteUserMutationVariables> = gql`
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
