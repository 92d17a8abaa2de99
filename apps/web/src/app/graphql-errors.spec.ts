import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { conflictText, errorExtensions, errorInfo, infoFromGraphQLErrors, isStaleVersion, isUnauthenticated } from './graphql-errors';

function serverError(status: number, bodyText: string, headers: Record<string, string> = {}): ServerError {
  return new ServerError('failed', { response: new Response(bodyText, { status, headers }), bodyText });
}

const REQUEST_ID = '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b';

describe('infoFromGraphQLErrors', () => {
  it('takes the code of the first error', () => {
    expect(
      infoFromGraphQLErrors([
        { message: 'Forbidden', extensions: { code: 'FORBIDDEN' } },
        { message: 'x', extensions: { code: 'NOT_FOUND' } },
      ]),
    ).toEqual({ code: 'FORBIDDEN' });
  });

  it('keeps the server message only for BAD_USER_INPUT', () => {
    expect(infoFromGraphQLErrors([{ message: 'email must be an email', extensions: { code: 'BAD_USER_INPUT' } }])).toEqual({
      code: 'BAD_USER_INPUT',
      serverMessage: 'email must be an email',
    });
    expect(infoFromGraphQLErrors([{ message: 'Unknown user x@y.pl', extensions: { code: 'INVALID_CREDENTIALS' } }])).toEqual({
      code: 'INVALID_CREDENTIALS',
    });
  });

  it('reads the wait of RATE_LIMITED, rounded up to whole seconds', () => {
    expect(infoFromGraphQLErrors([{ message: 'slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 41.2 } }])).toEqual({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 42,
    });
    expect(infoFromGraphQLErrors([{ message: 'slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 'soon' } }])).toEqual({
      code: 'RATE_LIMITED',
    });
  });

  it('treats unknown or missing codes as a server error', () => {
    expect(infoFromGraphQLErrors([{ message: 'Cannot query field', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }])).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
    });
    expect(infoFromGraphQLErrors([{ message: 'boom' }])).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(infoFromGraphQLErrors([])).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});

describe('errorInfo', () => {
  it('reads GraphQL errors reported by Apollo Client', () => {
    const error = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'no session', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(errorInfo(error)).toEqual({ code: 'UNAUTHENTICATED' });
    expect(isUnauthenticated(error)).toBe(true);
  });

  it('reads GraphQL errors from the body of a non-200 answer', () => {
    const body = JSON.stringify({ errors: [{ message: 'too many', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 60 } }] });
    expect(errorInfo(serverError(429, body))).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 60 });
  });

  it('falls back to the HTTP status when the body has no GraphQL errors', () => {
    expect(errorInfo(serverError(401, 'Unauthorized'))).toEqual({ code: 'UNAUTHENTICATED' });
    expect(errorInfo(serverError(429, ''))).toEqual({ code: 'RATE_LIMITED' });
    expect(errorInfo(serverError(502, '<html>Bad gateway</html>'))).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('calls anything else a network failure', () => {
    expect(errorInfo(new TypeError('Failed to fetch'))).toEqual({ code: 'NETWORK' });
    expect(isUnauthenticated(new TypeError('Failed to fetch'))).toBe(false);
  });
});

describe('errorInfo for the answers of issue 13', () => {
  const unavailable = {
    message: 'The database is not available at the moment.',
    extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 },
  };

  it('reads a 503 as SERVICE_UNAVAILABLE with its wait, from the body or from the status alone', () => {
    expect(errorInfo(serverError(503, JSON.stringify({ errors: [unavailable] }), { 'Retry-After': '5' }))).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      retryAfterSeconds: 5,
    });
    // The same answer as application/graphql-response+json reaches the page as GraphQL errors.
    expect(errorInfo(new CombinedGraphQLErrors({ errors: [unavailable] }))).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 });
    // A proxy in front of the API saying it is away.
    expect(errorInfo(serverError(503, '<html>Service Unavailable</html>'))).toEqual({ code: 'SERVICE_UNAVAILABLE' });
  });

  it('reads a 401 with the GraphQL errors in its body as an expired session', () => {
    const error = serverError(
      401,
      JSON.stringify({ errors: [{ message: 'Sign in to continue.', extensions: { code: 'UNAUTHENTICATED' } }] }),
    );
    expect(errorInfo(error)).toEqual({ code: 'UNAUTHENTICATED' });
    expect(isUnauthenticated(error)).toBe(true);
  });

  it('keeps the request id of a server error, from the body or the X-Request-Id header', () => {
    const bug = { message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: REQUEST_ID } };
    expect(errorInfo(serverError(500, JSON.stringify({ errors: [bug] }), { 'X-Request-Id': REQUEST_ID }))).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      requestId: REQUEST_ID,
    });
    expect(errorInfo(new CombinedGraphQLErrors({ data: null, errors: [bug] }))).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      requestId: REQUEST_ID,
    });
    expect(errorInfo(serverError(502, '<html>Bad gateway</html>', { 'X-Request-Id': REQUEST_ID }))).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      requestId: REQUEST_ID,
    });
    const withoutId = JSON.stringify({ errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    expect(errorInfo(serverError(500, withoutId, { 'X-Request-Id': REQUEST_ID }))).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      requestId: REQUEST_ID,
    });
  });

  it('shows no request id that does not look like one', () => {
    const odd = {
      message: 'Internal server error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: '<script>alert(1)</script>' },
    };
    expect(errorInfo(new CombinedGraphQLErrors({ data: null, errors: [odd] }))).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    // Only a server error carries one.
    expect(infoFromGraphQLErrors([{ message: 'no', extensions: { code: 'FORBIDDEN', requestId: REQUEST_ID } }])).toEqual({
      code: 'FORBIDDEN',
    });
  });

  it.each(['OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_SUPPORTED', 'TOO_MANY_DIRECTIVES'])(
    'shows %s, a fault of the client, as the generic error',
    (code) => {
      expect(errorInfo(serverError(400, JSON.stringify({ errors: [{ message: 'x', extensions: { code } }] })))).toEqual({
        code: 'INTERNAL_SERVER_ERROR',
      });
    },
  );
});

describe('errorExtensions', () => {
  it('gives the first error’s extensions, also from the body of a non-200 answer', () => {
    const current = { version: 4, status: 'DRAFT' };
    const conflict = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'stale', extensions: { code: 'CONFLICT', current } }] });
    expect(errorExtensions(conflict)).toEqual({ code: 'CONFLICT', current });
    const body = JSON.stringify({ errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', problems: [] } }] });
    expect(errorExtensions(serverError(400, body))).toEqual({ code: 'BAD_USER_INPUT', problems: [] });
  });

  it('is undefined without a GraphQL error', () => {
    expect(errorExtensions(new TypeError('Failed to fetch'))).toBeUndefined();
    expect(errorExtensions(serverError(502, '<html>Bad gateway</html>'))).toBeUndefined();
  });

  it('knows CONFLICT as a code of its own', () => {
    expect(infoFromGraphQLErrors([{ message: 'stale', extensions: { code: 'CONFLICT' } }])).toEqual({ code: 'CONFLICT' });
  });
});

describe('a refusal the user can act on (CAF cycles, surveys)', () => {
  const refusal = (code: string, message: string, details: Record<string, unknown> = {}) =>
    new CombinedGraphQLErrors({ errors: [{ message, extensions: { code, ...details } }] });

  it('shows the API’s words for a conflict', () => {
    const error = refusal('CONFLICT', 'Nie wszyscy ocenili: Anna Nowak (brakuje 3)');
    expect(conflictText(error)).toBe('Nie wszyscy ocenili: Anna Nowak (brakuje 3)');
    expect(isStaleVersion(error)).toBe(false);
  });

  it('recognises a save that came after another one by the current version it names', () => {
    expect(isStaleVersion(refusal('CONFLICT', 'Ankieta zmieniła się w międzyczasie.', { currentVersion: 7 }))).toBe(true);
    expect(isStaleVersion(refusal('BAD_USER_INPUT', 'Zła ocena', { currentVersion: 7 }))).toBe(false);
  });

  it('leaves other errors to the app’s messages (a missing mandatory value is BAD_USER_INPUT)', () => {
    expect(conflictText(refusal('BAD_USER_INPUT', 'Brakuje EMPLOYEE_SATISFIED_PCT'))).toBeUndefined();
    expect(conflictText(refusal('FORBIDDEN', 'Forbidden'))).toBeUndefined();
    expect(conflictText(new Error('network'))).toBeUndefined();
    expect(isStaleVersion(refusal('FORBIDDEN', 'Forbidden'))).toBe(false);
  });
});
