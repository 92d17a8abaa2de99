import { gql, type TypedDocumentNode } from '@apollo/client';
import { PRACTICE_CARD_FIELDS, type PracticeCard } from './practice-fields.fragment';

export interface MyGoodPracticesData {
  /** Drafts and published practices of the offices the viewer coordinates. */
  myGoodPractices: PracticeCard[];
}

export const MY_GOOD_PRACTICES_QUERY: TypedDocumentNode<MyGoodPracticesData, Record<string, never>> = gql`
  query MyGoodPractices {
    myGoodPractices {
      ...PracticeCardFields
    }
  }
  ${PRACTICE_CARD_FIELDS}
`;
