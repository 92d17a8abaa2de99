import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PublishGoodPracticeMutation, PublishGoodPracticeMutationVariables } from '../../../generated/graphql';
import { PRACTICE_FIELDS } from './practice-fields.fragment';

/** Publishes the practice to the whole platform. */
export const PUBLISH_GOOD_PRACTICE_MUTATION: TypedDocumentNode<PublishGoodPracticeMutation, PublishGoodPracticeMutationVariables> = gql`
  mutation PublishGoodPractice($id: ID!) {
    publishGoodPractice(id: $id) {
      ...PracticeFields
    }
  }
  ${PRACTICE_FIELDS}
`;
