import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { forbidden, unauthenticated } from '../errors';
import { ACCESS_RULE, type AccessRule, requestOf } from './access.decorator';
import { requestAuth } from './request-auth';

/**
 * The global guard: finds the handler's access rule and applies it; a handler without one is refused
 * (and logged, since it is a programming mistake). Rate limits are not its job: MutationRateLimitGuard
 * (registered after it) and queryRateLimitPlugin count calls.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.get<AccessRule | undefined>(ACCESS_RULE, context.getHandler());
    if (!rule) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} has no @Access rule: refused`);
      throw forbidden();
    }
    if (rule.kind === 'public' || rule.kind === 'parent') return true;
    const auth = requestAuth(requestOf(context));
    if (!auth) throw unauthenticated();
    if (rule.kind === 'check') {
      const args = context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getArgs() : {};
      if (!rule.check(auth.actor, args)) throw forbidden();
    }
    return true;
  }
}
