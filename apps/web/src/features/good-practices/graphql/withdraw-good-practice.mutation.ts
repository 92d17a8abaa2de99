import { gql, type TypedDocumentNode } from '@apollo/client';
import { PRACTICE_FIELDS, type Practice } from './practice-fields.fragment';

/** Takes a published practice back to draft (leads' featuring of it ends). */
export const WITHDRAW_GOOD_PRACTICE_MUTATION: TypedDocumentNode<{ withdrawGoodPractice: Practice }, { id: string }> = gql`
  mutation WithdrawGoodPractice($id: ID!) {
    withdrawGoodPractice(id: $id) {
      ...PracticeFields
    }
  }
  ${PRACTICE_FIELDS}
`;
