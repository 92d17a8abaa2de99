import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DeleteGoodPracticeMutation, DeleteGoodPracticeMutationVariables } from '../../../generated/graphql';

/** Deletes a draft (a published practice must be withdrawn first). */
export const DELETE_GOOD_PRACTICE_MUTATION: TypedDocumentNode<DeleteGoodPracticeMutation, DeleteGoodPracticeMutationVariables> = gql`
  mutation DeleteGoodPractice($id: ID!) {
    deleteGoodPractice(id: $id)
  }
`;
