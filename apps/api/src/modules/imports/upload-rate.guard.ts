import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { clientIp, requestAuth } from '../../common/access/request-auth';
import { RateLimiter } from '../../common/rate-limit';

/**
 * An upload counts as a mutation against the per-account and per-IP limits (docs/security.md), checked
 * before the body is received. Runs after the global AccessGuard, which has refused anonymous callers.
 */
@Injectable()
export class UploadRateGuard implements CanActivate {
  constructor(private readonly limiter: RateLimiter) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const auth = requestAuth(request);
    if (!auth) return true;
    const { mutationsPerAccount, mutationsPerIp } = this.limiter.limits;
    await this.limiter.hit([
      [`mutation:user:${auth.user.id}`, mutationsPerAccount],
      [`mutation:ip:${clientIp(request)}`, mutationsPerIp],
    ]);
    return true;
  }
}
