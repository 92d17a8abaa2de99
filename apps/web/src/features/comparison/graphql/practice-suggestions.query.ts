import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PracticeSuggestionsQuery, PracticeSuggestionsQueryVariables } from '../../../generated/graphql';
import { INDICATOR_NAME_FIELDS } from '../../../lib/graphql/indicator-name.fragment';

/** An indicator where the office's value is worse than its peers', with up to 3 practices linked to it. */
export type PracticeSuggestion = PracticeSuggestionsQuery['practiceSuggestions'][number];
/**
 * A published practice of another office (published under that office's name); officeImproved: the
 * authoring office improved on the indicator and opted in to say so (never by how much).
 */
export type SuggestedPracticeItem = PracticeSuggestion['practices'][number];

/**
 * "Learn from peers". Asks for nothing numeric about other offices: the API would not give it, and a
 * query that does not ask cannot show it by accident.
 */
export const PRACTICE_SUGGESTIONS_QUERY: TypedDocumentNode<PracticeSuggestionsQuery, PracticeSuggestionsQueryVariables> = gql`
  query PracticeSuggestions($programmeId: ID!, $periodId: ID!, $officeId: ID!, $peerGroupId: ID) {
    practiceSuggestions(programmeId: $programmeId, periodId: $periodId, officeId: $officeId, peerGroupId: $peerGroupId) {
      indicator {
        ...IndicatorNameFields
      }
      practices {
        practice {
          id
          title
          summary
          cafCriteria
          office {
            id
            name
          }
        }
        officeImproved
      }
    }
  }
  ${INDICATOR_NAME_FIELDS}
`;
