import type { Logger } from '@nestjs/common';
import { RETRY_AFTER_SECONDS, type TransientDatabaseFailure, transientDatabaseFailure } from './database-errors';
import { message } from './messages';
import { currentLanguage, currentRequestId } from './request-context';

/**
 * The two ends of the error pipeline that GraphQL (graphql-errors.ts) and the plain HTTP routes
 * (app-exception.filter.ts) share; each wraps the result in its own answer shape.
 */

export interface Unavailable {
  message: string;
  reason: TransientDatabaseFailure;
  retryAfterSeconds: number;
}

/** The database briefly away, busy or too slow: one warning in the log, and what to tell the client. Null for anything else. */
export function serviceUnavailable(error: unknown, logger: Logger): Unavailable | null {
  const reason = transientDatabaseFailure(error);
  if (!reason) return null;
  const retryAfterSeconds = RETRY_AFTER_SECONDS[reason];
  logger.warn(`[${currentRequestId() ?? '-'}] SERVICE_UNAVAILABLE (${reason}): ${(error as Error).message}`);
  return { message: message('error.unavailable', currentLanguage(), { seconds: String(retryAfterSeconds) }), reason, retryAfterSeconds };
}

/** A bug: logged with its stack under the request's id, which the answer names (the stack never leaves the log). */
export function logFault(error: unknown, logger: Logger): string | undefined {
  const requestId = currentRequestId();
  logger.error(`[${requestId ?? '-'}] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return requestId;
}
