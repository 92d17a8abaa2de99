import { useQuery } from '@apollo/client/react';
import { BENCHMARK_PROGRAMME_QUERY } from '../graphql/benchmark-programme.query';
import { BENCHMARK_QUERY, type BenchmarkVariables } from '../graphql/benchmark.query';
import { TREND_QUERY, type TrendVariables } from '../graphql/trend.query';

/** The programme's periods, peer groups, indicators and offices (shared by the benchmark pages). */
export function useBenchmarkProgramme(programmeId: string) {
  return useQuery(BENCHMARK_PROGRAMME_QUERY, { variables: { programmeId } });
}

/** The office's peer statistics for a period; skipped until a period is chosen. */
export function useBenchmark(variables: BenchmarkVariables) {
  return useQuery(BENCHMARK_QUERY, { variables, skip: !variables.periodId });
}

/** One indicator over time; skipped while no indicator is chosen. */
export function useTrend(variables: TrendVariables) {
  return useQuery(TREND_QUERY, { variables, skip: !variables.indicatorCode });
}
