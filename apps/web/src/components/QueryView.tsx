import type { ReactNode } from 'react';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';

interface QueryViewProps<D> {
  /** What a query hook returned. */
  result: { data: D | undefined; loading: boolean; error?: unknown; refetch: () => Promise<unknown> };
  children: (data: D) => ReactNode;
}

/** A query's loading state (announced), its error with a retry, or its data shown by `children`. */
export function QueryView<D>({ result: { data, loading, error, refetch }, children }: QueryViewProps<D>) {
  if (loading && !data) return <LoadingState />;
  if (error || !data) return <ErrorState onRetry={refetch} error={error} />;
  return children(data);
}
