import { gql, type TypedDocumentNode } from '@apollo/client';
import type { GoodPracticeInput } from './create-good-practice.mutation';
import { PRACTICE_FIELDS, type Practice } from './practice-fields.fragment';

export interface UpdateGoodPracticeVariables {
  id: string;
  input: GoodPracticeInput;
  /** The version the edit started from: a newer one on the server answers CONFLICT. */
  expectedVersion: number;
}

export const UPDATE_GOOD_PRACTICE_MUTATION: TypedDocumentNode<{ updateGoodPractice: Practice }, UpdateGoodPracticeVariables> = gql`
  mutation UpdateGoodPractice($id: ID!, $input: GoodPracticeInput!, $expectedVersion: Int) {
    updateGoodPractice(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...PracticeFields
    }
  }
  ${PRACTICE_FIELDS}
`;
