import { gql, type TypedDocumentNode } from '@apollo/client';
import type { BenchmarkQuery, BenchmarkQueryVariables } from '../../../generated/graphql';
import { BENCHMARK_CELL_FIELDS } from './benchmark-cell.fragment';

export const BENCHMARK_QUERY: TypedDocumentNode<BenchmarkQuery, BenchmarkQueryVariables> = gql`
  query Benchmark($programmeId: ID!, $periodId: ID!, $officeId: ID!, $peerGroupId: ID) {
    benchmark(programmeId: $programmeId, periodId: $periodId, officeId: $officeId, peerGroupId: $peerGroupId) {
      ...BenchmarkCellFields
    }
  }
  ${BENCHMARK_CELL_FIELDS}
`;
