import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { setRequestAuth } from './request-auth';
import { Access } from './access.decorator';
import { AccessGuard } from './access.guard';

class Handlers {
  unmarked() {}
  @Access.public() open() {}
  @Access.signedIn() members() {}
  @Access.when((actor) => actor.grants.some((g) => g.role === 'PLATFORM_ADMIN')) adminOnly() {}
}

/** An HTTP execution context for a handler of Handlers, with or without a signed-in user. */
function contextFor(handler: keyof Handlers, role: 'PLATFORM_ADMIN' | 'PROGRAMME_LEAD' | null): ExecutionContext {
  const req = {} as Parameters<typeof setRequestAuth>[0];
  if (role) {
    setRequestAuth(req, {
      user: { id: 'u', email: 'u@x.pl', displayName: 'U' },
      actor: { userId: 'u', grants: [{ role, programmeId: role === 'PLATFORM_ADMIN' ? null : 'p', officeId: null }] },
      sessionHash: Buffer.alloc(32),
    });
  }
  return {
    getType: () => 'http',
    getHandler: () => Handlers.prototype[handler],
    getClass: () => Handlers,
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
}

describe('AccessGuard', () => {
  const guard = new AccessGuard(new Reflector());
  jest.spyOn(console, 'error').mockImplementation(() => undefined);

  const outcome = (handler: keyof Handlers, role: 'PLATFORM_ADMIN' | 'PROGRAMME_LEAD' | null) => {
    try {
      return guard.canActivate(contextFor(handler, role)) ? 'allowed' : 'refused';
    } catch (error) {
      return (error as { extensions: { code: string } }).extensions.code;
    }
  };

  it('refuses a handler without a rule, even for the platform admin (deny by default)', () => {
    expect(outcome('unmarked', 'PLATFORM_ADMIN')).toBe('FORBIDDEN');
    expect(outcome('unmarked', null)).toBe('FORBIDDEN');
  });

  it.each([
    ['open', null, 'allowed'],
    ['members', null, 'UNAUTHENTICATED'],
    ['members', 'PROGRAMME_LEAD', 'allowed'],
    ['adminOnly', null, 'UNAUTHENTICATED'],
    ['adminOnly', 'PROGRAMME_LEAD', 'FORBIDDEN'],
    ['adminOnly', 'PLATFORM_ADMIN', 'allowed'],
  ] as const)('%s by %s: %s', (handler, role, expected) => {
    expect(outcome(handler, role)).toBe(expected);
  });
});
