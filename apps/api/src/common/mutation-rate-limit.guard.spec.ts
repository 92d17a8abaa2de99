import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Access } from './access/access.decorator';
import { setRequestAuth } from './access/request-auth';
import { MutationRateLimitGuard } from './mutation-rate-limit.guard';
import { DEFAULT_RATE_LIMITS, RateLimiter } from './rate-limit';
import type { RateLimitStore } from './rate-limit.repository';

class Handlers {
  @Access.public() login() {}
  @Access.signedIn() save() {}
}

/** A GraphQL execution context for a field of Query or Mutation, by a signed-in user or not. */
function fieldContext(handler: keyof Handlers, parentType: 'Query' | 'Mutation', userId: string | null, ip = '10.0.0.1'): ExecutionContext {
  const req = { ip } as Parameters<typeof setRequestAuth>[0];
  if (userId) {
    setRequestAuth(req, {
      user: { id: userId, email: `${userId}@x.pl`, displayName: userId },
      actor: { userId, grants: [] },
      sessionHash: Buffer.alloc(32),
    });
  }
  const args = [{}, {}, { req }, { parentType: { name: parentType } }];
  return {
    getType: () => 'graphql',
    getHandler: () => Handlers.prototype[handler],
    getClass: () => Handlers,
    getArgs: () => args,
    getArgByIndex: (index: number) => args[index],
  } as unknown as ExecutionContext;
}

/** The shared windows as plain counts (the database's own, RateLimitRepository, is tested by the integration specs). */
function countingStore(): RateLimitStore {
  const hits = new Map<string, number>();
  return {
    add: async (added) =>
      added.map(([key, count]) => ({ key, hits: hits.set(key, (hits.get(key) ?? 0) + count).get(key) as number, resetsInMs: 60_000 })),
    prune: async () => undefined,
  };
}

describe('MutationRateLimitGuard', () => {
  const limiters: RateLimiter[] = [];
  afterEach(() => Promise.all(limiters.splice(0).map((limiter) => limiter.onModuleDestroy())));

  const guardWith = (limits: Partial<typeof DEFAULT_RATE_LIMITS>) => {
    const limiter = new RateLimiter({ ...DEFAULT_RATE_LIMITS, ...limits }, countingStore());
    limiters.push(limiter);
    return new MutationRateLimitGuard(new Reflector(), limiter);
  };

  const outcome = async (guard: MutationRateLimitGuard, context: ExecutionContext) => {
    try {
      return (await guard.canActivate(context)) ? 'allowed' : 'refused';
    } catch (error) {
      return (error as { extensions: { code: string } }).extensions.code;
    }
  };

  /** One call after another, as the fields of a mutation run. */
  const inTurn = async <T>(calls: Array<() => Promise<T>>) => {
    const outcomes: T[] = [];
    for (const call of calls) outcomes.push(await call());
    return outcomes;
  };

  it('refuses a signed-in account’s mutation fields over its limit with RATE_LIMITED, and counts each field', async () => {
    const guard = guardWith({ mutationsPerAccount: 2 });
    const runs = await inTurn([1, 2, 3].map(() => () => outcome(guard, fieldContext('save', 'Mutation', 'anna'))));
    expect(runs).toEqual(['allowed', 'allowed', 'RATE_LIMITED']);
    expect(await outcome(guard, fieldContext('save', 'Mutation', 'piotr'))).toBe('allowed');
  });

  it('counts every account of one address against the per-address limit', async () => {
    const guard = guardWith({ mutationsPerIp: 2 });
    expect(await inTurn(['anna', 'piotr', 'ewa'].map((user) => () => outcome(guard, fieldContext('save', 'Mutation', user))))).toEqual([
      'allowed',
      'allowed',
      'RATE_LIMITED',
    ]);
  });

  it('leaves queries (the query plugin counts them), public mutations and anonymous callers alone', async () => {
    const guard = guardWith({ mutationsPerAccount: 0, mutationsPerIp: 0 });
    expect(await outcome(guard, fieldContext('save', 'Query', 'anna'))).toBe('allowed');
    expect(await outcome(guard, fieldContext('login', 'Mutation', 'anna'))).toBe('allowed');
    expect(await outcome(guard, fieldContext('login', 'Mutation', null))).toBe('allowed');
  });
});
