import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from '@officebench/domain';
import type { Request } from 'express';
import { requestAuth, type RequestAuth } from './request-auth';

/**
 * Every resolver (query, mutation and resolved field) and every controller route states who may call it.
 * AccessGuard refuses anything without a rule: deny by default.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'signedIn' }
  | { kind: 'parent' }
  | { kind: 'check'; check: (actor: Actor, args: Record<string, unknown>) => boolean };

export const ACCESS_RULE = 'officebench:access';

export const Access = {
  /** Anyone, signed in or not (login, me, health). */
  public: () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule),
  /** Any signed-in user; the service decides per resource (and must, with the actor it is given). */
  signedIn: () => SetMetadata(ACCESS_RULE, { kind: 'signedIn' } satisfies AccessRule),
  /** A field of an object the caller was already allowed to receive, adding nothing more sensitive. */
  parent: () => SetMetadata(ACCESS_RULE, { kind: 'parent' } satisfies AccessRule),
  /** A signed-in user for whom the rule holds on the arguments (rules from @officebench/domain). */
  when: (check: (actor: Actor, args: Record<string, unknown>) => boolean) =>
    SetMetadata(ACCESS_RULE, { kind: 'check', check } satisfies AccessRule),
};

export function requestOf(context: ExecutionContext): Request {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<{ req: Request }>().req
    : context.switchToHttp().getRequest<Request>();
}

/** The signed-in caller, for handlers whose rule requires one (AccessGuard has checked). */
export const CurrentAuth = createParamDecorator((_data: unknown, context: ExecutionContext): RequestAuth => {
  const auth = requestAuth(requestOf(context));
  if (!auth) throw new Error('CurrentAuth used on a handler that allows anonymous callers');
  return auth;
});

export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const auth = requestAuth(requestOf(context));
  if (!auth) throw new Error('CurrentActor used on a handler that allows anonymous callers');
  return auth.actor;
});
