import { gql, type TypedDocumentNode } from '@apollo/client';
import type { UpdateGoodPracticeMutation, UpdateGoodPracticeMutationVariables } from '../../../generated/graphql';
import { PRACTICE_FIELDS } from './practice-fields.fragment';

export const UPDATE_GOOD_PRACTICE_MUTATION: TypedDocumentNode<UpdateGoodPracticeMutation, UpdateGoodPracticeMutationVariables> = gql`
  mutation UpdateGoodPractice($id: ID!, $input: GoodPracticeInput!, $expectedVersion: Int) {
    updateGoodPractice(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...PracticeFields
    }
  }
  ${PRACTICE_FIELDS}
`;
