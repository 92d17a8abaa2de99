import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import {
  MAX_ATTEMPTS,
  MAX_RETRY_DELAY_SECONDS,
  isServiceUnavailable,
  parseRetryAfter,
  retryDelaySeconds,
  shouldRetry,
} from './retry-policy';

function serverError(status: number, body: unknown, headers: Record<string, string> = {}): ServerError {
  const bodyText = typeof body === 'string' ? body : JSON.stringify(body);
  return new ServerError('failed', { response: new Response(bodyText, { status, headers }), bodyText });
}

const graphQLError = (code: string, extensions: Record<string, unknown> = {}) => ({ message: code, extensions: { code, ...extensions } });
const unavailableBody = (retryAfterSeconds?: number) => ({
  errors: [graphQLError('SERVICE_UNAVAILABLE', retryAfterSeconds === undefined ? {} : { retryAfterSeconds })],
});

/** The 503 as Apollo reports it for each content type the API may answer with. */
const unavailable503 = {
  'application/json (a ServerError)': serverError(503, unavailableBody(2), { 'Retry-After': '2' }),
  'application/graphql-response+json (GraphQL errors)': new CombinedGraphQLErrors(unavailableBody(2)),
  'a proxy’s HTML page': serverError(503, '<html>Service Unavailable</html>'),
};

const networkFailure = new TypeError('Failed to fetch');

describe('isServiceUnavailable', () => {
  it.each(Object.entries(unavailable503))('knows a 503 sent as %s', (_shape, error) => {
    expect(isServiceUnavailable(error)).toBe(true);
  });

  it('is false for everything else', () => {
    expect(isServiceUnavailable(serverError(500, { errors: [graphQLError('INTERNAL_SERVER_ERROR')] }))).toBe(false);
    expect(isServiceUnavailable(new CombinedGraphQLErrors({ errors: [graphQLError('RATE_LIMITED')] }))).toBe(false);
    expect(isServiceUnavailable(networkFailure)).toBe(false);
  });
});

describe('shouldRetry', () => {
  it.each(Object.entries(unavailable503))('retries queries and mutations after a 503 sent as %s', (_shape, error) => {
    expect(shouldRetry(1, 'query', error)).toBe(true);
    expect(shouldRetry(1, 'mutation', error)).toBe(true);
  });

  it('retries queries after a network failure, never mutations (they may have been carried out)', () => {
    expect(shouldRetry(1, 'query', networkFailure)).toBe(true);
    expect(shouldRetry(1, 'mutation', networkFailure)).toBe(false);
  });

  it.each([
    [
      'a server bug (500)',
      serverError(500, { errors: [graphQLError('INTERNAL_SERVER_ERROR', { requestId: 'c0ffee00-1111-2222-3333-444455556666' })] }),
    ],
    ['a 500 read as GraphQL errors', new CombinedGraphQLErrors({ data: null, errors: [graphQLError('INTERNAL_SERVER_ERROR')] })],
    ['an expired session (401)', serverError(401, { errors: [graphQLError('UNAUTHENTICATED')] })],
    ['a refusal (FORBIDDEN)', new CombinedGraphQLErrors({ data: null, errors: [graphQLError('FORBIDDEN')] })],
    ['a wrong value (BAD_USER_INPUT)', serverError(400, { errors: [graphQLError('BAD_USER_INPUT')] })],
    ['a stale version (CONFLICT)', new CombinedGraphQLErrors({ data: null, errors: [graphQLError('CONFLICT')] })],
    ['too many attempts (429)', serverError(429, { errors: [graphQLError('RATE_LIMITED', { retryAfterSeconds: 30 })] })],
    ['a client bug (OPERATION_RESOLUTION_FAILURE)', serverError(400, { errors: [graphQLError('OPERATION_RESOLUTION_FAILURE')] })],
    ['a bad gateway (502)', serverError(502, '<html>Bad gateway</html>')],
    [
      'an answer that is not JSON',
      new ServerParseError(new SyntaxError('Unexpected token <'), {
        response: new Response('<html>', { status: 200 }),
        bodyText: '<html>',
      }),
    ],
    ['an aborted request', new DOMException('The operation was aborted.', 'AbortError')],
  ])('never retries %s, query or mutation', (_what, error) => {
    expect(shouldRetry(1, 'query', error)).toBe(false);
    expect(shouldRetry(1, 'mutation', error)).toBe(false);
  });

  it('retries a query when only a part of its answer is SERVICE_UNAVAILABLE', () => {
    const partial = new CombinedGraphQLErrors({
      data: { me: null, programmes: [{ id: 'p1', periods: null }] },
      errors: [
        graphQLError('FORBIDDEN'),
        { ...graphQLError('SERVICE_UNAVAILABLE', { retryAfterSeconds: 1 }), path: ['programmes', 0, 'periods'] },
      ],
    });
    expect(isServiceUnavailable(partial)).toBe(true);
    expect(shouldRetry(1, 'query', partial)).toBe(true);
  });

  it('retries a 503 mutation only when the answer holds no result of it (nothing was done)', () => {
    const refusedWhole = new CombinedGraphQLErrors({ data: null, errors: [graphQLError('SERVICE_UNAVAILABLE')] });
    const refusedField = new CombinedGraphQLErrors({ data: { saveValues: null }, errors: [graphQLError('SERVICE_UNAVAILABLE')] });
    const halfDone = new CombinedGraphQLErrors({
      data: { first: { id: '1' }, second: null },
      errors: [graphQLError('SERVICE_UNAVAILABLE')],
    });
    const halfDoneAsJson = serverError(503, { data: { first: { id: '1' }, second: null }, errors: [graphQLError('SERVICE_UNAVAILABLE')] });
    expect(shouldRetry(1, 'mutation', refusedWhole)).toBe(true);
    expect(shouldRetry(1, 'mutation', refusedField)).toBe(true);
    expect(shouldRetry(1, 'mutation', halfDone)).toBe(false);
    expect(shouldRetry(1, 'mutation', halfDoneAsJson)).toBe(false);
    expect(shouldRetry(1, 'query', halfDone)).toBe(true);
  });

  it(`gives up after ${MAX_ATTEMPTS} tries in all (RetryLink counts the failures from 1)`, () => {
    const error = unavailable503['application/json (a ServerError)'];
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt += 1) expect(shouldRetry(attempt, 'query', error)).toBe(true);
    expect(shouldRetry(MAX_ATTEMPTS, 'query', error)).toBe(false);
    expect(shouldRetry(MAX_ATTEMPTS, 'query', networkFailure)).toBe(false);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-12-03T10:00:00Z');

  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('7', now)).toBe(7);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Wed, 03 Dec 2025 10:00:12 GMT', now)).toBe(12);
    expect(parseRetryAfter('Wed, 03 Dec 2025 09:59:00 GMT', now)).toBe(0);
  });

  it('is null when there is nothing to read', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
    expect(parseRetryAfter('', now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
  });
});

describe('retryDelaySeconds', () => {
  const now = Date.parse('2025-12-03T10:00:00Z');

  it('waits as long as the error’s retryAfterSeconds says, else the Retry-After header', () => {
    expect(retryDelaySeconds(1, new CombinedGraphQLErrors(unavailableBody(4)), null, now)).toBe(4);
    expect(retryDelaySeconds(3, serverError(503, unavailableBody(4), { 'Retry-After': '4' }), '4', now)).toBe(4);
    expect(retryDelaySeconds(1, serverError(503, 'Service Unavailable'), '9', now)).toBe(9);
    expect(retryDelaySeconds(1, new CombinedGraphQLErrors(unavailableBody()), 'Wed, 03 Dec 2025 10:00:03 GMT', now)).toBe(3);
  });

  it(`never waits more than ${MAX_RETRY_DELAY_SECONDS} s nor less than 1 s`, () => {
    expect(retryDelaySeconds(1, new CombinedGraphQLErrors(unavailableBody(600)), '600', now)).toBe(MAX_RETRY_DELAY_SECONDS);
    expect(retryDelaySeconds(1, serverError(503, ''), '86400', now)).toBe(MAX_RETRY_DELAY_SECONDS);
    expect(retryDelaySeconds(1, serverError(503, ''), '0', now)).toBe(1);
  });

  it('backs off 1, 2, 4, 8, 16 s when the server does not say (no answer at all)', () => {
    expect([1, 2, 3, 4, 5].map((attempt) => retryDelaySeconds(attempt, networkFailure, null, now))).toEqual([1, 2, 4, 8, 16]);
    expect(retryDelaySeconds(6, networkFailure, null, now)).toBe(MAX_RETRY_DELAY_SECONDS);
  });
});
