import { gql, type TypedDocumentNode } from '@apollo/client';
import type { RemoveTargetMutation, RemoveTargetMutationVariables } from '../../../generated/graphql';

/** The lead removes a programme target. */
export const REMOVE_TARGET_MUTATION: TypedDocumentNode<RemoveTargetMutation, RemoveTargetMutationVariables> = gql`
  mutation RemoveTarget($targetId: ID!) {
    removeTarget(targetId: $targetId)
  }
`;
