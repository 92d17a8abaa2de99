import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { forbidden, unauthenticated } from '../errors';
import { RateLimiter } from '../rate-limit';
import { ACCESS_RULE, type AccessRule, requestOf } from './access.decorator';
import { clientIp, requestAuth } from './request-auth';

/**
 * The global guard: finds the handler's access rule and applies it; a handler without one is refused
 * (and logged, since it is a programming mistake). Signed-in mutations are also rate-limited here.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.get<AccessRule | undefined>(ACCESS_RULE, context.getHandler());
    if (!rule) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} has no @Access rule: refused`);
      throw forbidden();
    }
    if (rule.kind === 'public' || rule.kind === 'parent') return true;
    const req = requestOf(context);
    const auth = requestAuth(req);
    if (!auth) throw unauthenticated();
    if (rule.kind === 'check') {
      const args = context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getArgs() : {};
      if (!rule.check(auth.actor, args)) throw forbidden();
    }
    if (this.isMutation(context)) {
      const { mutationsPerAccount, mutationsPerIp } = this.limiter.limits;
      this.limiter.hit([
        [`mutation:user:${auth.user.id}`, mutationsPerAccount],
        [`mutation:ip:${clientIp(req)}`, mutationsPerIp],
      ]);
    }
    return true;
  }

  private isMutation(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return false;
    return GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>().parentType.name === 'Mutation';
  }
}
