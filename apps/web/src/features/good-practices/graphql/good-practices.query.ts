import { gql, type TypedDocumentNode } from '@apollo/client';
import type { GoodPracticesQuery, GoodPracticesQueryVariables } from '../../../generated/graphql';
import { PRACTICE_CARD_FIELDS } from './practice-fields.fragment';

/** terms: the words searched for, folded; corrections: words used in place of query words no practice contains. */
export type PracticeConnection = GoodPracticesQuery['goodPractices'];
/** highlight: HTML-escaped text whose only markup is <mark>…</mark> (see parseHighlight). */
export type PracticeEdge = PracticeConnection['edges'][number];

/** One page of published practices of the whole platform, searched in Polish and filtered. */
export const GOOD_PRACTICES_QUERY: TypedDocumentNode<GoodPracticesQuery, GoodPracticesQueryVariables> = gql`
  query GoodPractices($query: String, $filter: GoodPracticeFilter, $first: Int, $after: String) {
    goodPractices(query: $query, filter: $filter, first: $first, after: $after) {
      edges {
        node {
          ...PracticeCardFields
        }
        cursor
        highlight
        matchesAllTerms
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
      allTermsCount
      countLimit
      terms
      corrections
    }
  }
  ${PRACTICE_CARD_FIELDS}
`;
