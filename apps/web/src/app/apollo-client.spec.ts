import { gql, type ApolloClient } from '@apollo/client';
import { createApolloClient } from './apollo-client';
import { errorInfo } from './graphql-errors';
import { MAX_ATTEMPTS } from './retry-policy';
import { createRetryStatus, type RetryStatus } from './retry-status';

/*
 * The client's link chain as the dashboard builds it (session, language, RetryLink, HttpLink), with the
 * network played by a fake fetch and time by jest's fake timers.
 */

const PROGRAMMES = gql`
  query Programmes {
    programmes {
      id
    }
  }
`;
const SAVE = gql`
  mutation SaveName($name: String!) {
    saveName(name: $name)
  }
`;
const ME = gql`
  query Me {
    me {
      id
    }
  }
`;

const GRAPHQL_RESPONSE = 'application/graphql-response+json; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

type Answer = Response | Error;

function answer(status: number, body: unknown, headers: Record<string, string> = {}, contentType = GRAPHQL_RESPONSE): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType, ...headers } });
}

/** The API's answer while the database is away (apps/api, issue 13). */
function unavailable(retryAfterSeconds = 1, contentType = GRAPHQL_RESPONSE): Response {
  return answer(
    503,
    {
      errors: [{ message: 'The database is not available at the moment.', extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds } }],
    },
    { 'Retry-After': String(retryAfterSeconds) },
    contentType,
  );
}

interface Harness {
  client: ApolloClient;
  retryStatus: RetryStatus;
  onUnauthenticated: jest.Mock;
  /** The operation names sent, in order. */
  sent: string[];
}

/** A client whose fetch answers with `answers` in turn (the last one again once they run out). */
function harness(answers: Answer[]): Harness {
  const sent: string[] = [];
  const retryStatus = createRetryStatus();
  const onUnauthenticated = jest.fn();
  const fetch = jest.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    sent.push((JSON.parse(String(init?.body)) as { operationName: string }).operationName);
    const next = answers.length > 1 ? answers.shift() : answers[0];
    if (!next) throw new Error('no answer prepared');
    if (next instanceof Error) throw next;
    return next.clone();
  });
  return { client: createApolloClient({ fetch, retryStatus, onUnauthenticated }), retryStatus, onUnauthenticated, sent };
}

/** Settles a promise's outcome without letting a rejection go unhandled while time is advanced. */
function outcome<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  return promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}

/** Lets pending promises (the fake fetch, the parsing of the answer) run without moving the clock. */
const settle = () => jest.advanceTimersByTimeAsync(0);

beforeEach(() => {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
});

afterEach(() => {
  jest.useRealTimers();
});

describe('the Apollo client while the database is away', () => {
  it.each([
    ['application/graphql-response+json', GRAPHQL_RESPONSE],
    ['application/json', JSON_TYPE],
  ])('retries a query answered 503 (%s) after Retry-After, shows the wait, then shows the data', async (_type, contentType) => {
    const { client, retryStatus, sent } = harness([
      unavailable(2, contentType),
      unavailable(2, contentType),
      answer(200, { data: { programmes: [{ id: 'p1' }] } }),
    ]);
    const result = outcome(client.query({ query: PROGRAMMES, fetchPolicy: 'no-cache' }));

    await settle();
    expect(sent).toEqual(['Programmes']);
    expect(retryStatus.current()).toEqual({ seconds: 2 });
    // Retry-After is honoured: nothing is sent before the two seconds are over.
    await jest.advanceTimersByTimeAsync(1999);
    expect(sent).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(2);
    expect(retryStatus.current()).toEqual({ seconds: 2 });

    await jest.advanceTimersByTimeAsync(2000);
    expect(sent).toHaveLength(3);
    expect((await result).value?.data).toEqual({ programmes: [{ id: 'p1' }] });
    expect(retryStatus.current()).toBeNull();
  });

  it('retries a query when a nullable field of its answer was SERVICE_UNAVAILABLE', async () => {
    const partly = answer(
      503,
      { data: { me: null }, errors: [{ message: 'x', path: ['me'], extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 1 } }] },
      { 'Retry-After': '1' },
    );
    const { client, sent } = harness([partly, answer(200, { data: { me: { id: 'u1' } } })]);
    const result = outcome(client.query({ query: ME, fetchPolicy: 'no-cache' }));
    await settle();
    await jest.advanceTimersByTimeAsync(1000);
    expect((await result).value?.data).toEqual({ me: { id: 'u1' } });
    expect(sent).toEqual(['Me', 'Me']);
  });

  it('retries a mutation answered 503: the server did nothing', async () => {
    const { client, retryStatus, sent } = harness([unavailable(1), answer(200, { data: { saveName: true } })]);
    const result = outcome(client.mutate({ mutation: SAVE, variables: { name: 'Zator' } }));
    await settle();
    expect(retryStatus.current()).toEqual({ seconds: 1 });
    await jest.advanceTimersByTimeAsync(1000);
    expect((await result).value?.data).toEqual({ saveName: true });
    expect(sent).toEqual(['SaveName', 'SaveName']);
    expect(retryStatus.current()).toBeNull();
  });

  it('retries a query after a network failure, backing off, but never a mutation', async () => {
    const query = harness([new TypeError('Failed to fetch'), new TypeError('Failed to fetch'), answer(200, { data: { programmes: [] } })]);
    const queried = outcome(query.client.query({ query: PROGRAMMES, fetchPolicy: 'no-cache' }));
    await settle();
    expect(query.retryStatus.current()).toEqual({ seconds: 1 });
    await jest.advanceTimersByTimeAsync(1000);
    expect(query.retryStatus.current()).toEqual({ seconds: 2 });
    await jest.advanceTimersByTimeAsync(2000);
    expect((await queried).value?.data).toEqual({ programmes: [] });
    expect(query.sent).toHaveLength(3);

    const mutation = harness([new TypeError('Failed to fetch'), answer(200, { data: { saveName: true } })]);
    const mutated = await outcome(mutation.client.mutate({ mutation: SAVE, variables: { name: 'Zator' } }));
    expect(errorInfo(mutated.error).code).toBe('NETWORK');
    expect(mutation.sent).toHaveLength(1);
    expect(mutation.retryStatus.current()).toBeNull();
  });

  it(`gives up after ${MAX_ATTEMPTS} tries and reports SERVICE_UNAVAILABLE`, async () => {
    const { client, retryStatus, sent } = harness([unavailable(1)]);
    const result = outcome(client.query({ query: PROGRAMMES, fetchPolicy: 'no-cache' }));
    await settle();
    await jest.advanceTimersByTimeAsync(MAX_ATTEMPTS * 1000);
    const { error } = await result;
    expect(sent).toHaveLength(MAX_ATTEMPTS);
    expect(errorInfo(error)).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 1 });
    expect(retryStatus.current()).toBeNull();
  });

  it('caps a long Retry-After at 30 s', async () => {
    const { client, retryStatus, sent } = harness([unavailable(3600), answer(200, { data: { programmes: [] } })]);
    const result = outcome(client.query({ query: PROGRAMMES, fetchPolicy: 'no-cache' }));
    await settle();
    expect(retryStatus.current()).toEqual({ seconds: 30 });
    await jest.advanceTimersByTimeAsync(30_000);
    expect((await result).value?.data).toEqual({ programmes: [] });
    expect(sent).toHaveLength(2);
  });

  it.each([
    [
      'a server error with its request id',
      answer(500, {
        errors: [
          {
            message: 'Internal server error.',
            extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: '6f1c2b1e-9a77-4d2a-8c63-1f0e6c0b2d11' },
          },
        ],
      }),
    ],
    ['a refusal', answer(200, { data: null, errors: [{ message: 'You may not do this.', extensions: { code: 'FORBIDDEN' } }] })],
  ])('does not retry %s', async (_what, response) => {
    const { client, retryStatus, sent } = harness([response, answer(200, { data: { programmes: [] } })]);
    const { error } = await outcome(client.query({ query: PROGRAMMES, fetchPolicy: 'no-cache' }));
    expect(sent).toHaveLength(1);
    expect(error).toBeDefined();
    expect(retryStatus.current()).toBeNull();
  });

  it('hands a 500’s request id to the page', async () => {
    const requestId = '6f1c2b1e-9a77-4d2a-8c63-1f0e6c0b2d11';
    const { client } = harness([
      answer(
        500,
        { errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] },
        { 'X-Request-Id': requestId },
      ),
    ]);
    const { error } = await outcome(client.query({ query: PROGRAMMES, fetchPolicy: 'no-cache' }));
    expect(errorInfo(error)).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId });
  });

  it.each([
    ['application/graphql-response+json', GRAPHQL_RESPONSE],
    ['application/json', JSON_TYPE],
  ])(
    'reports a 401 (%s) of an operation that needs a session as an expired session, once and without retrying',
    async (_type, contentType) => {
      const refused = answer(
        401,
        { errors: [{ message: 'Sign in to continue.', extensions: { code: 'UNAUTHENTICATED' } }] },
        {},
        contentType,
      );
      const { client, onUnauthenticated, sent } = harness([refused]);
      const { error } = await outcome(client.query({ query: PROGRAMMES, fetchPolicy: 'no-cache' }));
      expect(errorInfo(error).code).toBe('UNAUTHENTICATED');
      expect(onUnauthenticated).toHaveBeenCalledTimes(1);
      expect(sent).toHaveLength(1);
    },
  );

  it('does not call a refused `me` (it works without a session) an expiry', async () => {
    const { client, onUnauthenticated } = harness([
      answer(401, { errors: [{ message: 'Sign in to continue.', extensions: { code: 'UNAUTHENTICATED' } }] }),
    ]);
    await outcome(client.query({ query: ME, fetchPolicy: 'no-cache' }));
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('forgets a wait when the operation is no longer wanted', async () => {
    const { client, retryStatus, sent } = harness([unavailable(5), answer(200, { data: { programmes: [] } })]);
    const subscription = client.watchQuery({ query: PROGRAMMES, fetchPolicy: 'no-cache' }).subscribe(() => undefined);
    await settle();
    expect(retryStatus.current()).toEqual({ seconds: 5 });
    subscription.unsubscribe();
    await settle();
    expect(retryStatus.current()).toBeNull();
    await jest.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(1);
  });
});
