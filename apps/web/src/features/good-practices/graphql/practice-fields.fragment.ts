import { gql } from '@apollo/client';
import type { PracticeCardFieldsFragment, PracticeFieldsFragment } from '../../../generated/graphql';
import { INDICATOR_NAME_FIELDS } from '../../../lib/graphql/indicator-name.fragment';
import { OFFICE_FIELDS } from '../../../lib/graphql/office-fields.fragment';

/** What a search result and the list of one's own practices show of a practice. */
export type PracticeCard = PracticeCardFieldsFragment;
/** A practice as its page and the editor read it (body: Markdown, rendered without raw HTML by MarkdownView). */
export type Practice = PracticeFieldsFragment;

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
    fromSources
    updatedAt
    office {
      ...OfficeFields
    }
  }
  ${OFFICE_FIELDS}
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
      ...IndicatorNameFields
    }
  }
  ${PRACTICE_CARD_FIELDS}
  ${INDICATOR_NAME_FIELDS}
`;
