import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CreateGoodPracticeMutation, CreateGoodPracticeMutationVariables } from '../../../generated/graphql';
import { PRACTICE_FIELDS } from './practice-fields.fragment';

/** A new draft of the office. */
export const CREATE_GOOD_PRACTICE_MUTATION: TypedDocumentNode<CreateGoodPracticeMutation, CreateGoodPracticeMutationVariables> = gql`
  mutation CreateGoodPractice($input: GoodPracticeInput!) {
    createGoodPractice(input: $input) {
      ...PracticeFields
    }
  }
  ${PRACTICE_FIELDS}
`;
