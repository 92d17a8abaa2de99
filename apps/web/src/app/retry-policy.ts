import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { errorInfo, graphQLErrorsOf } from './graphql-errors';

/**
 * When an operation is sent again (Apollo's RetryLink asks these, see apollo-client.ts).
 *
 * - A 503 (SERVICE_UNAVAILABLE: the database is away, a statement timed out, no connection was free):
 *   queries are sent again; mutations too when the answer has no result of theirs, i.e. the server
 *   did nothing (the API's mutations are one root field each, non-null).
 * - A network failure (no answer at all) is retried for queries only: a mutation may have been carried
 *   out before the connection broke, and sending it again could do it twice.
 * - Nothing else is retried: a 500 is a bug, a 4xx the request's own fault, and either would fail again.
 */

/** Tries of one operation in all, the first one included (so five retries). */
export const MAX_ATTEMPTS = 6;
/** The longest wait before a retry, whatever the server asks for. */
export const MAX_RETRY_DELAY_SECONDS = 30;
/** The shortest wait: a Retry-After of 0 is not a reason to ask again at once. */
export const MIN_RETRY_DELAY_SECONDS = 1;

/** The API (or a proxy in front of it) answered 503, or some field of the answer is SERVICE_UNAVAILABLE. */
export function isServiceUnavailable(error: unknown): boolean {
  return (
    (ServerError.is(error) && error.statusCode === 503) ||
    graphQLErrorsOf(error).some(({ extensions }) => extensions?.['code'] === 'SERVICE_UNAVAILABLE')
  );
}

/** The `data` of the answer a failure came with; undefined when there was none. */
function dataOf(error: unknown): unknown {
  if (CombinedGraphQLErrors.is(error)) return error.data;
  if (!ServerError.is(error)) return undefined;
  try {
    return (JSON.parse(error.bodyText) as { data?: unknown } | null)?.data;
  } catch {
    return undefined;
  }
}

/** The answer holds no result of any root field: a mutation answered so was not carried out. */
export function nothingAnswered(error: unknown): boolean {
  const data = dataOf(error);
  return data === null || data === undefined || (typeof data === 'object' && Object.values(data).every((value) => value === null));
}

/**
 * No answer came at all: `fetch` rejects with a TypeError (offline, connection refused or reset). An
 * aborted request is a DOMException ("AbortError") and is not retried.
 */
export function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError;
}

/**
 * Whether to send the operation again after its `attempt`-th failure (1 after the first request failed),
 * as RetryLink counts.
 */
export function shouldRetry(attempt: number, operationType: string, error: unknown): boolean {
  if (attempt >= MAX_ATTEMPTS) return false;
  if (isServiceUnavailable(error)) return operationType !== 'mutation' || nothingAnswered(error);
  return operationType === 'query' && isNetworkFailure(error);
}

/**
 * A Retry-After header's wait in seconds: delay-seconds ("5") or an HTTP date; null when absent or
 * unreadable.
 */
export function parseRetryAfter(header: string | null | undefined, now: number = Date.now()): number | null {
  const value = header?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value);
  // An HTTP date starts with the day's name ("Wed, 03 Dec 2025 10:00:12 GMT").
  if (!/^[A-Za-z]{3,9},? /.test(value)) return null;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * How many seconds to wait before retry number `attempt`: what the server asked for (the error's
 * `retryAfterSeconds`, else the Retry-After header), otherwise 1, 2, 4, 8, 16 s; never under 1 s nor
 * over 30 s.
 */
export function retryDelaySeconds(attempt: number, error: unknown, retryAfterHeader?: string | null, now: number = Date.now()): number {
  const asked = errorInfo(error).retryAfterSeconds ?? parseRetryAfter(retryAfterHeader, now);
  const seconds = asked ?? 2 ** Math.max(0, attempt - 1);
  return Math.min(MAX_RETRY_DELAY_SECONDS, Math.max(MIN_RETRY_DELAY_SECONDS, seconds));
}
