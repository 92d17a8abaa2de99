import { gql, type TypedDocumentNode } from '@apollo/client';
import type { BenchmarkProgrammeQuery, BenchmarkProgrammeQueryVariables } from '../../generated/graphql';
import { INDICATOR_NAME_FIELDS } from './indicator-name.fragment';
import { PERIOD_FIELDS } from './period-fields.fragment';
import { PROGRAMME_HEADER_FIELDS } from './programme-header.fragment';

export type BenchmarkProgramme = NonNullable<BenchmarkProgrammeQuery['programme']>;
export type BenchmarkIndicator = BenchmarkProgramme['indicators'][number];
/** releasedAt: when the lead (or the deadline) released the period's peer statistics; null before. */
export type BenchmarkPeriod = BenchmarkProgramme['periods'][number];

/** What the benchmark pages choose from: periods, peer groups, indicators, offices. */
export const BENCHMARK_PROGRAMME_FIELDS = gql`
  fragment BenchmarkProgrammeFields on Programme {
    ...ProgrammeHeaderFields
    offices {
      id
      name
    }
    indicators {
      ...IndicatorNameFields
      unit
      direction
      periodicity
      isRatio
      cafCriterion
    }
    periods {
      ...PeriodFields
      state
      releasedAt
    }
    peerGroups {
      id
      name
      basis
    }
  }
  ${PROGRAMME_HEADER_FIELDS}
  ${PERIOD_FIELDS}
  ${INDICATOR_NAME_FIELDS}
`;

export const BENCHMARK_PROGRAMME_QUERY: TypedDocumentNode<BenchmarkProgrammeQuery, BenchmarkProgrammeQueryVariables> = gql`
  query BenchmarkProgramme($programmeId: ID!) {
    programme(id: $programmeId) {
      ...BenchmarkProgrammeFields
    }
  }
  ${BENCHMARK_PROGRAMME_FIELDS}
`;
