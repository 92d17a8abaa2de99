import { gql, type TypedDocumentNode } from '@apollo/client';
import type { OfficeKind } from '@officebench/domain';
import { PRACTICE_CARD_FIELDS, type PracticeCard } from './practice-fields.fragment';

export interface GoodPracticeFilter {
  cafCriterion?: number | null;
  indicatorCode?: string | null;
  officeKind?: OfficeKind | null;
  region?: string | null;
  year?: number | null;
  /** Only practices a lead featured for a programme the viewer takes part in. */
  featured?: boolean | null;
}

export interface GoodPracticesVariables {
  query: string | null;
  filter: GoodPracticeFilter | null;
  first: number;
  after: string | null;
}

export interface PracticeEdge {
  node: PracticeCard;
  cursor: string;
  /** Where the searched words occur: HTML-escaped text whose only markup is <mark>…</mark> (see parseHighlight). */
  highlight: string | null;
}

export interface PracticeConnection {
  edges: PracticeEdge[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
  /** The words searched for, folded; empty when the query has none worth searching. */
  terms: string[];
  /** Words used in place of query words no practice contains (likely typos). */
  corrections: string[];
}

export interface GoodPracticesData {
  goodPractices: PracticeConnection;
}

/** One page of published practices of the whole platform, searched in Polish and filtered. */
export const GOOD_PRACTICES_QUERY: TypedDocumentNode<GoodPracticesData, GoodPracticesVariables> = gql`
  query GoodPractices($query: String, $filter: GoodPracticeFilter, $first: Int, $after: String) {
    goodPractices(query: $query, filter: $filter, first: $first, after: $after) {
      edges {
        node {
          ...PracticeCardFields
        }
        cursor
        highlight
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
      terms
      corrections
    }
  }
  ${PRACTICE_CARD_FIELDS}
`;
