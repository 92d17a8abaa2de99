import type { ApolloServerPlugin } from '@apollo/server';
import type { Request } from 'express';
import { clientIp, requestAuth } from './access/request-auth';
import { AppError } from './errors';
import type { RateLimiter } from './rate-limit';

/**
 * Counts each query request against the caller's account and address, locally until the next flush of the
 * shared counts (RateLimiter.hitSoon: no round trip on the hottest path; mutations are counted per field
 * by MutationRateLimitGuard). Over the limit: RATE_LIMITED with retryAfterSeconds and HTTP 429, before anything runs.
 */
export function queryRateLimitPlugin(limiter: RateLimiter): ApolloServerPlugin<{ req: Request }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'query') return;
          const { queriesPerAccount, queriesPerIp } = limiter.limits;
          const auth = requestAuth(contextValue.req);
          try {
            limiter.hitSoon([
              ...(auth ? [[`query:user:${auth.user.id}`, queriesPerAccount] as [string, number]] : []),
              [`query:ip:${clientIp(contextValue.req)}`, queriesPerIp],
            ]);
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            // Nothing ran: the whole request is refused, so HTTP 429 with Retry-After fits.
            const retryAfterSeconds = Number(error.extensions.retryAfterSeconds);
            throw new AppError('RATE_LIMITED', error.message, {
              retryAfterSeconds,
              http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
            });
          }
        },
      };
    },
  };
}
