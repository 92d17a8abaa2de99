import { gql } from '@apollo/client';
import type { OfficeKind, PracticeStatus } from '@officebench/domain';

export interface PracticeOffice {
  id: string;
  name: string;
  kind: OfficeKind;
  region: string;
}

/** What a search result and the list of one's own practices show of a practice. */
export interface PracticeCard {
  id: string;
  title: string;
  summary: string;
  /** Year the office introduced it. */
  year: number | null;
  cafCriteria: number[];
  tags: string[];
  /** Featured by the lead of a programme the viewer takes part in. */
  featured: boolean;
  status: PracticeStatus;
  publishedAt: string | null;
  updatedAt: string;
  office: PracticeOffice;
}

export interface PracticeIndicator {
  code: string;
  name: string;
  nameEn: string;
}

/** A practice as its page and the editor read it. */
export interface Practice extends PracticeCard {
  /** Markdown; rendered without raw HTML (MarkdownView). */
  body: string;
  problem: string;
  actions: string;
  results: string;
  resources: string;
  contact: string | null;
  createdAt: string;
  /** Sent back as expectedVersion when updating. */
  version: number;
  /** Whether the viewer may edit, publish or withdraw it. */
  canEdit: boolean;
  indicators: PracticeIndicator[];
}

export const PRACTICE_CARD_FIELDS = gql`
  fragment PracticeCardFields on GoodPractice {
    id
    title
    summary
    year
    cafCriteria
    tags
    featured
    status
    publishedAt
    updatedAt
    office {
      id
      name
      kind
      region
    }
  }
`;

/** The same fields from the practice query and from every mutation, so that the cache always holds all of them. */
export const PRACTICE_FIELDS = gql`
  fragment PracticeFields on GoodPractice {
    ...PracticeCardFields
    body
    problem
    actions
    results
    resources
    contact
    createdAt
    version
    canEdit
    indicators {
      code
      name
      nameEn
    }
  }
  ${PRACTICE_CARD_FIELDS}
`;
