import { httpOutcomeOf } from './graphql-http-status';

const error = (code: string, extensions: Record<string, unknown> = {}) => ({ message: code, extensions: { code, ...extensions } });

describe('httpOutcomeOf', () => {
  it('leaves answers without errors and request errors (no data) as Apollo set them', () => {
    expect(httpOutcomeOf({ data: { me: null } })).toEqual({});
    expect(httpOutcomeOf({ errors: [error('GRAPHQL_PARSE_FAILED')] })).toEqual({});
  });

  it('answers 503 with the longest Retry-After when the database was away for any field', () => {
    expect(
      httpOutcomeOf({
        data: { a: null, b: null },
        errors: [error('SERVICE_UNAVAILABLE', { retryAfterSeconds: 2 }), error('SERVICE_UNAVAILABLE', { retryAfterSeconds: 5 })],
      }),
    ).toEqual({
      status: 503,
      retryAfterSeconds: 5,
    });
    expect(httpOutcomeOf({ errors: [error('SERVICE_UNAVAILABLE')] })).toEqual({ status: 503, retryAfterSeconds: 1 });
  });

  it('answers 500 only for a bug', () => {
    expect(httpOutcomeOf({ data: { a: 1, b: null }, errors: [error('INTERNAL_SERVER_ERROR', { requestId: 'x' })] })).toEqual({
      status: 500,
    });
  });

  it('answers 401 when every root field was refused for want of a session, 200 when anything else happened', () => {
    expect(httpOutcomeOf({ data: { programme: null }, errors: [error('UNAUTHENTICATED')] })).toEqual({ status: 401 });
    expect(httpOutcomeOf({ data: null, errors: [error('UNAUTHENTICATED')] })).toEqual({ status: 401 });
    expect(httpOutcomeOf({ data: { me: { id: 'x' }, programme: null }, errors: [error('UNAUTHENTICATED')] })).toEqual({ status: 200 });
    expect(httpOutcomeOf({ data: { programme: null }, errors: [error('FORBIDDEN')] })).toEqual({ status: 200 });
    expect(httpOutcomeOf({ data: { login: null }, errors: [error('RATE_LIMITED')] })).toEqual({ status: 200 });
    expect(httpOutcomeOf({ data: { saveValues: null }, errors: [error('RATE_LIMITED', { retryAfterSeconds: 42 })] })).toEqual({
      status: 200,
      retryAfterSeconds: 42,
    });
  });

  it('refuses persisted queries with 400', () => {
    expect(httpOutcomeOf({ errors: [error('PERSISTED_QUERY_NOT_SUPPORTED')] })).toEqual({ status: 400 });
  });
});
