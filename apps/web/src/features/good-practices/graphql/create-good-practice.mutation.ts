import { gql, type TypedDocumentNode } from '@apollo/client';
import { PRACTICE_FIELDS, type Practice } from './practice-fields.fragment';

export interface GoodPracticeInput {
  title: string;
  summary: string;
  /** Markdown. */
  body: string;
  problem: string | null;
  actions: string | null;
  results: string | null;
  resources: string | null;
  contact: string | null;
  year: number | null;
  cafCriteria: number[];
  indicatorCodes: string[];
  tags: string[];
  /** The authoring office; needed on create when the coordinator has several. */
  officeId?: string | null;
}

/** A new draft of the office. */
export const CREATE_GOOD_PRACTICE_MUTATION: TypedDocumentNode<{ createGoodPractice: Practice }, { input: GoodPracticeInput }> = gql`
  mutation CreateGoodPractice($input: GoodPracticeInput!) {
    createGoodPractice(input: $input) {
      ...PracticeFields
    }
  }
  ${PRACTICE_FIELDS}
`;
