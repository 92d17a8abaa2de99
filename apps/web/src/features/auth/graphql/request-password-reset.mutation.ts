import { gql, type TypedDocumentNode } from '@apollo/client';
import type { RequestPasswordResetMutation, RequestPasswordResetMutationVariables } from '../../../generated/graphql';

export const REQUEST_PASSWORD_RESET_MUTATION: TypedDocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables> = gql`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`;
