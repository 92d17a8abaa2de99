import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DeleteCafActionMutation, DeleteCafActionMutationVariables } from '../../../generated/graphql';

/** Coordinator: removes an action of the improvement plan. */
export const DELETE_CAF_ACTION_MUTATION: TypedDocumentNode<DeleteCafActionMutation, DeleteCafActionMutationVariables> = gql`
  mutation DeleteCafAction($id: ID!, $expectedVersion: Int!) {
    deleteCafAction(id: $id, expectedVersion: $expectedVersion)
  }
`;
