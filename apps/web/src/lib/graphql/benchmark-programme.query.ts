import { gql, type TypedDocumentNode } from '@apollo/client';
import type { BenchmarkProgrammeQuery, BenchmarkProgrammeQueryVariables } from '../../generated/graphql';

export type BenchmarkProgramme = NonNullable<BenchmarkProgrammeQuery['programme']>;
export type BenchmarkIndicator = BenchmarkProgramme['indicators'][number];
/** releasedAt: when the lead (or the deadline) released the period's peer statistics; null before. */
export type BenchmarkPeriod = BenchmarkProgramme['periods'][number];

/** What the benchmark pages choose from: periods, peer groups, indicators, offices. */
export const BENCHMARK_PROGRAMME_QUERY: TypedDocumentNode<BenchmarkProgrammeQuery, BenchmarkProgrammeQueryVariables> = gql`
  query BenchmarkProgramme($programmeId: ID!) {
    programme(id: $programmeId) {
      id
      name
      isDemo
      offices {
        id
        name
      }
      indicators {
        code
        name
        nameEn
        unit
        direction
        periodicity
        isRatio
        cafCriterion
      }
      periods {
        id
        label
        kind
        startsOn
        state
        releasedAt
      }
      peerGroups {
        id
        name
        basis
      }
    }
  }
`;
