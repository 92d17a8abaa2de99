import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { RetryLink } from '@apollo/client/link/retry';
import { finalize, map, tap } from 'rxjs';
import { isUnauthenticated } from './graphql-errors';
import { isServiceUnavailable, retryDelaySeconds, shouldRetry } from './retry-policy';
import type { RetryStatus } from './retry-status';

/** Operations that work without a session: an UNAUTHENTICATED answer from them is not an expiry. */
const PUBLIC_OPERATIONS = new Set(['Me', 'Login', 'Logout', 'RequestPasswordReset', 'SetPassword']);

export interface ApolloClientOptions {
  /** Called when an operation that needs a session was refused because there is none (any more). */
  onUnauthenticated?: () => void;
  /** Told when operations wait for a retry (the status banner shows it). */
  retryStatus?: RetryStatus;
  /** The fetch the HTTP link uses (tests); the browser's by default. */
  fetch?: typeof fetch;
}

/** The interface language (I18nProvider keeps it on <html lang>): the API words its messages in it. */
function interfaceLanguage(): string {
  return (typeof document !== 'undefined' && document.documentElement.lang) || 'pl';
}

/**
 * The API's 503 answers come as `application/graphql-response+json`, which HttpLink reads as a result
 * with errors rather than failing: a result with a SERVICE_UNAVAILABLE error is turned into an error
 * here so that RetryLink, which only sees errors, can decide on it. Not retried or given up, it reaches
 * the page as these GraphQL errors, as it would have without the retries.
 */
const serviceUnavailableLink = new ApolloLink((operation, forward) =>
  forward(operation).pipe(
    map((result) => {
      if ('errors' in result && result.errors?.length) {
        const error = new CombinedGraphQLErrors(result);
        if (isServiceUnavailable(error)) throw error;
      }
      return result;
    }),
  ),
);

/** The Retry-After header of the answer that failed, when there was one. */
function retryAfterHeader(operation: ApolloLink.Operation, error: unknown): string | null {
  if (ServerError.is(error)) return error.response.headers.get('Retry-After');
  const { response } = operation.getContext() as { response?: Response };
  return response?.headers?.get('Retry-After') ?? null;
}

/**
 * Apollo's RetryLink with the rules of retry-policy.ts, and the status banner told when an operation
 * waits for a retry and when it is settled (answered, failed for good, or no longer wanted).
 */
function retryLinks(retryStatus: RetryStatus | undefined): ApolloLink {
  const retry = new RetryLink({
    attempts: (attempt, operation, error) => shouldRetry(attempt, operation.operationType, error),
    delay: (attempt, operation, error) => {
      const seconds = retryDelaySeconds(attempt, error, retryAfterHeader(operation, error));
      retryStatus?.waiting(operation, seconds);
      return seconds * 1000;
    },
  });
  if (!retryStatus) return retry;
  const settle = (operation: ApolloLink.Operation) => () => retryStatus.settled(operation);
  const track = new ApolloLink((operation, forward) =>
    forward(operation).pipe(tap({ next: settle(operation) }), finalize(settle(operation))),
  );
  return ApolloLink.from([track, retry]);
}

export function createApolloClient({ onUnauthenticated, retryStatus, fetch }: ApolloClientOptions = {}): ApolloClient {
  const languageLink = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'Accept-Language': interfaceLanguage() },
    }));
    return forward(operation);
  });
  // Sees what is left after the retries: a 401 is never retried and reaches it at once.
  const sessionLink = new ErrorLink(({ error, operation }) => {
    if (isUnauthenticated(error) && !PUBLIC_OPERATIONS.has(operation.operationName ?? '')) onUnauthenticated?.();
  });
  return new ApolloClient({
    link: ApolloLink.from([
      sessionLink,
      languageLink,
      retryLinks(retryStatus),
      serviceUnavailableLink,
      new HttpLink({ uri: '/graphql', credentials: 'include', ...(fetch ? { fetch } : {}) }),
    ]),
    cache: new InMemoryCache(),
    // A page shows what is cached at once and asks the server again when it opens: data changes under
    // other users' hands (submissions, accounts), and an expired session is noticed on navigation too.
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' } },
  });
}
