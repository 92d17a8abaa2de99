import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Access } from './access/access.decorator';
import { setRequestAuth } from './access/request-auth';
import { MutationRateLimitGuard } from './mutation-rate-limit.guard';
import { DEFAULT_RATE_LIMITS, RateLimiter } from './rate-limit';

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

describe('MutationRateLimitGuard', () => {
  const guardWith = (limits: Partial<typeof DEFAULT_RATE_LIMITS>) =>
    new MutationRateLimitGuard(new Reflector(), new RateLimiter({ ...DEFAULT_RATE_LIMITS, ...limits }));

  const outcome = (guard: MutationRateLimitGuard, context: ExecutionContext) => {
    try {
      return guard.canActivate(context) ? 'allowed' : 'refused';
    } catch (error) {
      return (error as { extensions: { code: string } }).extensions.code;
    }
  };

  it('refuses a signed-in account’s mutation fields over its limit with RATE_LIMITED, and counts each field', () => {
    const guard = guardWith({ mutationsPerAccount: 2 });
    const runs = [1, 2, 3].map(() => outcome(guard, fieldContext('save', 'Mutation', 'anna')));
    expect(runs).toEqual(['allowed', 'allowed', 'RATE_LIMITED']);
    expect(outcome(guard, fieldContext('save', 'Mutation', 'piotr'))).toBe('allowed');
  });

  it('counts every account of one address against the per-address limit', () => {
    const guard = guardWith({ mutationsPerIp: 2 });
    expect(['anna', 'piotr', 'ewa'].map((user) => outcome(guard, fieldContext('save', 'Mutation', user)))).toEqual([
      'allowed',
      'allowed',
      'RATE_LIMITED',
    ]);
  });

  it('leaves queries (the query plugin counts them), public mutations and anonymous callers alone', () => {
    const guard = guardWith({ mutationsPerAccount: 0, mutationsPerIp: 0 });
    expect(outcome(guard, fieldContext('save', 'Query', 'anna'))).toBe('allowed');
    expect(outcome(guard, fieldContext('login', 'Mutation', 'anna'))).toBe('allowed');
    expect(outcome(guard, fieldContext('login', 'Mutation', null))).toBe('allowed');
  });
});
