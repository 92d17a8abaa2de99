import { gql, type TypedDocumentNode } from '@apollo/client';

export const DEACTIVATE_USER_MUTATION: TypedDocumentNode<{ deactivateUser: { id: string; isActive: boolean } }, { userId: string }> = gql`
  mutation DeactivateUser($userId: ID!) {
    deactivateUser(userId: $userId) {
      id
      isActive
    }
  }
`;
