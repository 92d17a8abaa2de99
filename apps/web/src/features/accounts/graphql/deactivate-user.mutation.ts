import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DeactivateUserMutation, DeactivateUserMutationVariables } from '../../../generated/graphql';

export const DEACTIVATE_USER_MUTATION: TypedDocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables> = gql`
  mutation DeactivateUser($userId: ID!) {
    deactivateUser(userId: $userId) {
      id
      isActive
    }
  }
`;
