import { useMutation, useQuery } from '@apollo/client/react';
import { DISTRIBUTION_QUERY, type DistributionVariables } from '../graphql/distribution.query';
import { RELEASE_PERIOD_MUTATION } from '../graphql/release-period.mutation';

/** Skipped until a period and an indicator are chosen. */
export function useDistribution(variables: DistributionVariables) {
  return useQuery(DISTRIBUTION_QUERY, { variables, skip: !variables.periodId || !variables.indicatorCode });
}

/** The answer updates the cached period (its releasedAt) by id. */
export function useReleasePeriod() {
  return useMutation(RELEASE_PERIOD_MUTATION);
}
