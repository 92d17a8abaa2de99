import { gql, type TypedDocumentNode } from '@apollo/client';
import type { InviteCafAssessorMutation, InviteCafAssessorMutationVariables } from '../../../generated/graphql';

/** Coordinator: invites an assessor of its office (an ordinary invitation with the OFFICE_ASSESSOR role). */
export const INVITE_CAF_ASSESSOR_MUTATION: TypedDocumentNode<InviteCafAssessorMutation, InviteCafAssessorMutationVariables> = gql`
  mutation InviteCafAssessor($input: InviteUserInput!) {
    inviteUser(input: $input) {
      expiresAt
      link
      user {
        displayName
        email
      }
    }
  }
`;
