import { gql, type TypedDocumentNode } from '@apollo/client';
import type { WithdrawGoodPracticeMutation, WithdrawGoodPracticeMutationVariables } from '../../../generated/graphql';
import { PRACTICE_FIELDS } from './practice-fields.fragment';

/** Takes a published practice back to draft (leads' featuring of it ends). */
export const WITHDRAW_GOOD_PRACTICE_MUTATION: TypedDocumentNode<WithdrawGoodPracticeMutation, WithdrawGoodPracticeMutationVariables> = gql`
  mutation WithdrawGoodPractice($id: ID!) {
    withdrawGoodPractice(id: $id) {
      ...PracticeFields
    }
  }
  ${PRACTICE_FIELDS}
`;
