import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SuppressionReason } from '@officebench/domain';

export type { SuppressionReason };

/** One peer statistics cell (period, indicator, peer group) as an office may see it. */
export interface BenchmarkCell {
  indicator: { code: string };
  peerGroup: { id: string; name: string };
  /** The viewing office's own value. */
  own: number | null;
  suppressed: boolean;
  suppressionReason: SuppressionReason | null;
  /** "5-9", "10-19", "20+": never the exact count. */
  contributorsBand: string | null;
  mean: number | null;
  /** Ratio indicators: sum of numerators / sum of denominators x scale. */
  pooledRate: number | null;
  median: number | null;
  p25: number | null;
  p75: number | null;
  /** 1..4 (1 = lowest values), where quantiles are published. */
  ownQuartile: number | null;
}

export interface BenchmarkData {
  benchmark: BenchmarkCell[];
}

export interface BenchmarkVariables {
  programmeId: string;
  periodId: string;
  officeId: string;
  /** null: every peer group of the office. */
  peerGroupId: string | null;
}

export const BENCHMARK_QUERY: TypedDocumentNode<BenchmarkData, BenchmarkVariables> = gql`
  query Benchmark($programmeId: ID!, $periodId: ID!, $officeId: ID!, $peerGroupId: ID) {
    benchmark(programmeId: $programmeId, periodId: $periodId, officeId: $officeId, peerGroupId: $peerGroupId) {
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
  }
`;
