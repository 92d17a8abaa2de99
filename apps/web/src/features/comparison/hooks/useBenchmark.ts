import { useQuery } from '@apollo/client/react';
import type { BenchmarkQueryVariables, TrendQueryVariables } from '../../../generated/graphql';
import { BENCHMARK_QUERY } from '../graphql/benchmark.query';
import { TREND_QUERY } from '../graphql/trend.query';

/** The office's peer statistics for a period; skipped until a period is chosen. */
export function useBenchmark(variables: BenchmarkQueryVariables) {
  return useQuery(BENCHMARK_QUERY, { variables, skip: !variables.periodId });
}

/** One indicator over time; skipped while no indicator is chosen. */
export function useTrend(variables: TrendQueryVariables) {
  return useQuery(TREND_QUERY, { variables, skip: !variables.indicatorCode });
}
