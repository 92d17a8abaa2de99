import { useMutation, useQuery } from '@apollo/client/react';
import type { DistributionQueryVariables } from '../../../generated/graphql';
import { DISTRIBUTION_QUERY } from '../graphql/distribution.query';
import { RELEASE_PERIOD_MUTATION } from '../graphql/release-period.mutation';

/** Skipped until a period and an indicator are chosen. */
export function useDistribution(variables: DistributionQueryVariables) {
  return useQuery(DISTRIBUTION_QUERY, { variables, skip: !variables.periodId || !variables.indicatorCode });
}

/** The answer updates the cached period (its releasedAt) by id. */
export function useReleasePeriod() {
  return useMutation(RELEASE_PERIOD_MUTATION);
}
