import type { ReactNode } from 'react';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';

interface QueryViewProps<D> {
  /** What a query hook returned. */
  result: { data: D | undefined; loading: boolean; error?: unknown; refetch: () => Promise<unknown> };
  /**
   * Keeps showing the data the query already has when asking again fails (shown from the cache, or asked
   * again after the page's own changes); by default the error takes its place.
   */
  keepDataOnError?: boolean;
  children: (data: D) => ReactNode;
}

/** A query's loading state (announced), its error with a retry, or its data shown by `children`. */
export function QueryView<D>({ result: { data, loading, error, refetch }, keepDataOnError = false, children }: QueryViewProps<D>) {
  if (loading && !data) return <LoadingState />;
  if (!data || (error && !keepDataOnError)) return <ErrorState onRetry={refetch} error={error} />;
  return children(data);
}
