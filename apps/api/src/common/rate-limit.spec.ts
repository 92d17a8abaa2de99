import { DEFAULT_RATE_LIMITS, RateLimiter } from './rate-limit';
import type { RateLimitStore } from './rate-limit.repository';

/** One store as two processes share the database's (RateLimitRepository's SQL is tested by the integration specs). */
function sharedStore(): RateLimitStore & { sent: number } {
  const hits = new Map<string, number>();
  const store = {
    sent: 0,
    add: async (added: ReadonlyArray<readonly [string, number]>) => {
      store.sent += 1;
      return added.map(([key, count]) => ({
        key,
        hits: hits.set(key, (hits.get(key) ?? 0) + count).get(key) as number,
        resetsInMs: 30_000,
      }));
    },
    prune: async () => undefined,
  };
  return store;
}

const codeOf = (attempt: () => unknown) => {
  try {
    attempt();
    return 'allowed';
  } catch (error) {
    return (error as { extensions: { code: string; retryAfterSeconds: number } }).extensions;
  }
};

describe('RateLimiter', () => {
  const limiters: RateLimiter[] = [];
  afterEach(() => Promise.all(limiters.splice(0).map((limiter) => limiter.onModuleDestroy())));
  const apiProcess = (store: RateLimitStore, queriesPerIp: number) => {
    const limiter = new RateLimiter({ ...DEFAULT_RATE_LIMITS, queriesPerIp }, store);
    limiters.push(limiter);
    return (key = 'query:ip:10.0.0.1') => codeOf(() => limiter.hitSoon([[key, queriesPerIp]]));
  };

  it('counts queries in the process, without a statement each, and refuses over the limit with the local window', () => {
    const store = sharedStore();
    const query = apiProcess(store, 2);
    expect([query(), query(), query()]).toEqual(['allowed', 'allowed', { code: 'RATE_LIMITED', retryAfterSeconds: 60 }]);
    expect(query('query:ip:10.0.0.2')).toBe('allowed');
    expect(store.sent).toBe(0);
  });

  it('adds up the queries of two processes once they have flushed, with the shared window’s wait', async () => {
    const store = sharedStore();
    const [first, second] = [apiProcess(store, 3), apiProcess(store, 3)];
    const [flushFirst, flushSecond] = limiters.map((limiter) => () => limiter.flush());
    expect([first(), first(), second()]).toEqual(['allowed', 'allowed', 'allowed']);
    await flushFirst();
    await flushSecond();
    expect(store.sent).toBe(2);
    expect(second()).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 30 });
  });

  it('keeps the counts of a flush that failed for the next one', async () => {
    const store = sharedStore();
    const failing = { ...store, add: () => Promise.reject(new Error('the database is away')) };
    const limiter = new RateLimiter({ ...DEFAULT_RATE_LIMITS, queriesPerIp: 2 }, failing);
    limiters.push(limiter);
    limiter.hitSoon([['query:ip:10.0.0.1', 2]]);
    await limiter.flush();
    limiter.hitSoon([['query:ip:10.0.0.1', 2]]);
    expect(codeOf(() => limiter.hitSoon([['query:ip:10.0.0.1', 2]]))).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('counts an exact hit in the shared window, and refuses with the longest wait of the full buckets', async () => {
    const store = sharedStore();
    const limiter = new RateLimiter({ ...DEFAULT_RATE_LIMITS }, store);
    limiters.push(limiter);
    const login = () =>
      limiter.hit([
        ['login:ip:10.0.0.1', 5],
        ['login:account:anna@x.pl', 1],
      ]);
    await login();
    await expect(login()).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 } });
    expect(store.sent).toBe(2);
  });
});
