import { gql, type TypedDocumentNode } from '@apollo/client';
import type { MyGoodPracticesQuery, MyGoodPracticesQueryVariables } from '../../../generated/graphql';
import { PRACTICE_CARD_FIELDS } from './practice-fields.fragment';

export const MY_GOOD_PRACTICES_QUERY: TypedDocumentNode<MyGoodPracticesQuery, MyGoodPracticesQueryVariables> = gql`
  query MyGoodPractices {
    myGoodPractices {
      ...PracticeCardFields
    }
  }
  ${PRACTICE_CARD_FIELDS}
`;
