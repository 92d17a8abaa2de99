import { gql, type TypedDocumentNode } from '@apollo/client';

/** Deletes a draft (a published practice must be withdrawn first). */
export const DELETE_GOOD_PRACTICE_MUTATION: TypedDocumentNode<{ deleteGoodPractice: boolean }, { id: string }> = gql`
  mutation DeleteGoodPractice($id: ID!) {
    deleteGoodPractice(id: $id)
  }
`;
