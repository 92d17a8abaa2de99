import { useQuery } from '@apollo/client/react';
import type { PracticeSuggestionsQueryVariables } from '../../../generated/graphql';
import { PRACTICE_SUGGESTIONS_QUERY } from '../graphql/practice-suggestions.query';

/**
 * Practices of other offices for the indicators where the office lags its peers; skipped until a
 * period is chosen and while it is not released (no peer statistics yet, so nothing can lag).
 */
export function usePracticeSuggestions(variables: PracticeSuggestionsQueryVariables, released: boolean) {
  return useQuery(PRACTICE_SUGGESTIONS_QUERY, { variables, skip: !variables.periodId || !released });
}
