import { useQuery } from '@apollo/client/react';
import { BENCHMARK_PROGRAMME_QUERY } from '../lib/graphql/benchmark-programme.query';

/** The programme's periods, peer groups, indicators and offices (shared by the benchmark pages). */
export function useBenchmarkProgramme(programmeId: string) {
  return useQuery(BENCHMARK_PROGRAMME_QUERY, { variables: { programmeId } });
}
