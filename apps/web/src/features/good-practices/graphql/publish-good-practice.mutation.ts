import { gql, type TypedDocumentNode } from '@apollo/client';
import { PRACTICE_FIELDS, type Practice } from './practice-fields.fragment';

/** Publishes the practice to the whole platform. */
export const PUBLISH_GOOD_PRACTICE_MUTATION: TypedDocumentNode<{ publishGoodPractice: Practice }, { id: string }> = gql`
  mutation PublishGoodPractice($id: ID!) {
    publishGoodPractice(id: $id) {
      ...PracticeFields
    }
  }
  ${PRACTICE_FIELDS}
`;
