import { gql, type TypedDocumentNode } from '@apollo/client';
import type { BenchmarkVariables } from './benchmark.query';

/** A published practice of another office, as the "learn from peers" panel shows it. */
export interface SuggestedPracticeItem {
  practice: {
    id: string;
    title: string;
    summary: string;
    /** CAF criteria (1-9) the practice answers. */
    cafCriteria: number[];
    /** The authoring office: practices are published under its name. */
    office: { id: string; name: string };
  };
  /** The authoring office improved on the indicator and opted in to say so (never by how much). */
  officeImproved: boolean;
}

/** An indicator where the office's value is worse than its peers', with up to 3 practices linked to it. */
export interface PracticeSuggestion {
  indicator: { code: string; name: string; nameEn: string };
  practices: SuggestedPracticeItem[];
}

export interface PracticeSuggestionsData {
  practiceSuggestions: PracticeSuggestion[];
}

/** The same choice as the comparison itself: programme, period, office, peer group (null: all offices). */
export type PracticeSuggestionsVariables = BenchmarkVariables;

/**
 * "Learn from peers". Asks for nothing numeric about other offices: the API would not give it, and a
 * query that does not ask cannot show it by accident.
 */
export const PRACTICE_SUGGESTIONS_QUERY: TypedDocumentNode<PracticeSuggestionsData, PracticeSuggestionsVariables> = gql`
  query PracticeSuggestions($programmeId: ID!, $periodId: ID!, $officeId: ID!, $peerGroupId: ID) {
    practiceSuggestions(programmeId: $programmeId, periodId: $periodId, officeId: $officeId, peerGroupId: $peerGroupId) {
      indicator {
        code
        name
        nameEn
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
`;
