import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ACCESS_RULE, type AccessRule, requestOf } from './access/access.decorator';
import { clientIp, requestAuth } from './access/request-auth';
import { RateLimiter } from './rate-limit';

/**
 * Counts each signed-in mutation field against the caller's account and address; over the limit the
 * field fails with RATE_LIMITED (retryAfterSeconds, and a Retry-After header on the 200) while the
 * other fields of the request still run. Registered as a global guard after AccessGuard, so only
 * calls it let through are counted; public mutations (login, password links) have their own limits.
 *
 * Queries are limited elsewhere, by queryRateLimitPlugin (query-rate-limit.ts): they are refused as a
 * whole request (HTTP 429 with Retry-After) once the operation is resolved and before any resolver
 * runs, which a guard cannot do, since guards only run per field, once execution has begun.
 */
@Injectable()
export class MutationRateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (!this.isMutation(context)) return true;
    const rule = this.reflector.get<AccessRule | undefined>(ACCESS_RULE, context.getHandler());
    if (!rule || rule.kind === 'public' || rule.kind === 'parent') return true;
    const req = requestOf(context);
    const auth = requestAuth(req);
    if (!auth) return true;
    const { mutationsPerAccount, mutationsPerIp } = this.limiter.limits;
    await this.limiter.hit([
      [`mutation:user:${auth.user.id}`, mutationsPerAccount],
      [`mutation:ip:${clientIp(req)}`, mutationsPerIp],
    ]);
    return true;
  }

  private isMutation(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return false;
    return GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>().parentType.name === 'Mutation';
  }
}
