import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

export interface HttpOutcome {
  status?: number;
  retryAfterSeconds?: number;
}

const codeOf = (error: GraphQLFormattedError) => error.extensions?.code;

/**
 * The HTTP status of a GraphQL answer, from the codes of its (formatted) errors:
 * - the database briefly unavailable: 503, with the longest Retry-After asked for;
 * - a bug: 500;
 * - a persisted query (not supported here): 400, as any request that cannot run;
 * - an answer in which every root field was refused for want of a session: 401;
 * - any other answer that ran: 200, refusals included (their codes say what happened), with Retry-After
 *   for a mutation over its rate limit;
 * - a request that could not run (parse, validation, variables): Apollo's 400, unchanged.
 */
export function httpOutcomeOf(result: { data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] }): HttpOutcome {
  const errors = result.errors ?? [];
  if (errors.length === 0) return {};
  const unavailable = errors.filter((error) => codeOf(error) === 'SERVICE_UNAVAILABLE');
  if (unavailable.length > 0) {
    return { status: 503, retryAfterSeconds: Math.max(1, ...unavailable.map((error) => Number(error.extensions?.retryAfterSeconds) || 1)) };
  }
  if (errors.some((error) => codeOf(error) === 'INTERNAL_SERVER_ERROR')) return { status: 500 };
  if (errors.some((error) => String(codeOf(error)).startsWith('PERSISTED_QUERY'))) return { status: 400 };
  if (!('data' in result)) return {};
  const nothingAnswered = result.data === null || Object.values(result.data ?? {}).every((value) => value === null);
  if (nothingAnswered && errors.every((error) => codeOf(error) === 'UNAUTHENTICATED')) return { status: 401 };
  // A mutation over its rate limit is a refusal like the others (200), but still says when to come back.
  const waits = errors.filter((error) => codeOf(error) === 'RATE_LIMITED').map((error) => Number(error.extensions?.retryAfterSeconds) || 0);
  return waits.some((wait) => wait > 0) ? { status: 200, retryAfterSeconds: Math.max(...waits) } : { status: 200 };
}

/** Sets the answer's HTTP status (and Retry-After) from its errors; see httpOutcomeOf. */
export function httpStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const { body } = response;
          if (body.kind !== 'single') return;
          const { status, retryAfterSeconds } = httpOutcomeOf(body.singleResult);
          if (status !== undefined) response.http.status = status;
          if (retryAfterSeconds !== undefined) response.http.headers.set('retry-after', String(retryAfterSeconds));
        },
      };
    },
  };
}
