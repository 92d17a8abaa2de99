import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import type { DistributionQueryVariables } from '../../../generated/graphql';
import { DISTRIBUTION_QUERY } from '../graphql/distribution.query';
import { RELEASE_PERIOD_MUTATION } from '../graphql/release-period.mutation';
import { RELEASE_PREVIEW_QUERY } from '../graphql/release-preview.query';

/** Skipped until a period and an indicator are chosen. */
export function useDistribution(variables: DistributionQueryVariables) {
  return useQuery(DISTRIBUTION_QUERY, { variables, skip: !variables.periodId || !variables.indicatorCode });
}

/** The answer updates the cached period (its releasedAt) by id. */
export function useReleasePeriod() {
  return useMutation(RELEASE_PERIOD_MUTATION);
}

/** Asked when the lead is about to publish, always from the server (values change until then). */
export function useReleasePreview() {
  return useLazyQuery(RELEASE_PREVIEW_QUERY, { fetchPolicy: 'network-only' });
}
