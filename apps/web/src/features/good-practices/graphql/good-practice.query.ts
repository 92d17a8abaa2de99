import { gql, type TypedDocumentNode } from '@apollo/client';
import type { GoodPracticeQuery, GoodPracticeQueryVariables } from '../../../generated/graphql';
import { PRACTICE_FIELDS } from './practice-fields.fragment';

export const GOOD_PRACTICE_QUERY: TypedDocumentNode<GoodPracticeQuery, GoodPracticeQueryVariables> = gql`
  query GoodPractice($id: ID!) {
    goodPractice(id: $id) {
      ...PracticeFields
    }
  }
  ${PRACTICE_FIELDS}
`;
