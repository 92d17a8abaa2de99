import { gql, type TypedDocumentNode } from '@apollo/client';
import { PRACTICE_FIELDS, type Practice } from './practice-fields.fragment';

export interface GoodPracticeData {
  /** null: no such practice, or a draft of an office the viewer does not coordinate. */
  goodPractice: Practice | null;
}

export const GOOD_PRACTICE_QUERY: TypedDocumentNode<GoodPracticeData, { id: string }> = gql`
  query GoodPractice($id: ID!) {
    goodPractice(id: $id) {
      ...PracticeFields
    }
  }
  ${PRACTICE_FIELDS}
`;
