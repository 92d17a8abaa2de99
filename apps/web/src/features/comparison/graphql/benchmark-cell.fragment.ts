import { gql } from '@apollo/client';
import type { BenchmarkCellFieldsFragment } from '../../../generated/graphql';

/**
 * One peer statistics cell (period, indicator, peer group) as an office may see it: `own` is the viewing
 * office's value, `contributorsBand` ("5-9", "10-19", "20+") never the exact count, `pooledRate` (ratio
 * indicators) the sum of numerators over the sum of denominators, `ownQuartile` 1..4 (1 = lowest values)
 * where quantiles are published.
 */
export type BenchmarkCell = BenchmarkCellFieldsFragment;

export const BENCHMARK_CELL_FIELDS = gql`
  fragment BenchmarkCellFields on BenchmarkCell {
    indicator {
      code
    }
    peerGroup {
      id
      name
    }
    own
    suppressed
    suppressionReason
    contributorsBand
    mean
    pooledRate
    median
    p25
    p75
    ownQuartile
  }
`;
