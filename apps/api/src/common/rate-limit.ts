import { Inject, Injectable } from '@nestjs/common';
import { AppError } from './errors';
import { message } from './messages';
import { currentLanguage } from './request-context';

/** How many attempts each key may make per window. */
export interface RateLimits {
  /** login, password-reset requests and set-password, per client IP */
  loginPerIp: number;
  /** login attempts per e-mail address (the lockout after 5 failures comes on top) */
  loginPerAccount: number;
  /** mutations per signed-in account */
  mutationsPerAccount: number;
  /** mutations per client IP */
  mutationsPerIp: number;
  /** GraphQL queries per signed-in account */
  queriesPerAccount: number;
  /** GraphQL queries per client IP, signed in or not */
  queriesPerIp: number;
  windowSeconds: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  loginPerIp: 30,
  loginPerAccount: 10,
  mutationsPerAccount: 120,
  mutationsPerIp: 600,
  queriesPerAccount: 600,
  queriesPerIp: 3_000,
  windowSeconds: 60,
};

export const RATE_LIMITS = Symbol('RATE_LIMITS');

/**
 * Fixed-window counters in this process's memory. One API process is the supported deployment; several
 * behind a balancer would each count separately (see docs/operations.md).
 */
@Injectable()
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(@Inject(RATE_LIMITS) readonly limits: RateLimits) {}

  /** Counts one attempt for each bucket; refuses with RATE_LIMITED when any bucket is full. */
  hit(buckets: Array<[key: string, limit: number]>, now = Date.now()): void {
    if (this.windows.size > 100_000) this.prune(now);
    const windowMs = this.limits.windowSeconds * 1000;
    for (const [key, limit] of buckets) {
      let window = this.windows.get(key);
      if (!window || window.resetAt <= now) {
        window = { count: 0, resetAt: now + windowMs };
        this.windows.set(key, window);
      }
      window.count += 1;
      if (window.count > limit) {
        const retryAfterSeconds = Math.ceil((window.resetAt - now) / 1000);
        throw new AppError('RATE_LIMITED', message('error.rateLimitedFor', currentLanguage(), { seconds: String(retryAfterSeconds) }), {
          retryAfterSeconds,
        });
      }
    }
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
