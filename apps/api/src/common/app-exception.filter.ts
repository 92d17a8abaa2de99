import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { GqlContextType } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { logFault, serviceUnavailable } from './failures';
import { currentRequestId } from './request-context';

/** HTTP statuses of our refusal codes on plain HTTP routes (GraphQL answers them with 200). */
export const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  CONFLICT: HttpStatus.CONFLICT,
  RATE_LIMITED: HttpStatus.TOO_MANY_REQUESTS,
};

interface HttpFailure {
  status: number;
  code: string;
  message: string;
  reason?: string;
  retryAfterSeconds?: number;
  requestId?: string;
}

/**
 * The 4xx status of a refusal by Nest (an unknown route) or by express's body parser (http-errors: a body
 * that is not JSON, too large, in an unknown charset), whose messages are meant for the client.
 */
function clientErrorStatusOf(exception: unknown): number | null {
  if (exception instanceof HttpException) return exception.getStatus() < 500 ? exception.getStatus() : null;
  const { status, expose } = (exception ?? {}) as { status?: unknown; expose?: unknown };
  return expose === true && typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

/** What an HTTP route (or the middleware before /graphql) answers for an exception; logs bugs with their stack. */
export function httpFailureOf(exception: unknown, logger: Logger): HttpFailure {
  const unavailable = serviceUnavailable(exception, logger);
  if (unavailable) return { status: HttpStatus.SERVICE_UNAVAILABLE, code: 'SERVICE_UNAVAILABLE', ...unavailable };
  const clientStatus = clientErrorStatusOf(exception);
  if (clientStatus) {
    const { message } = exception as Error;
    logger.log(`[${currentRequestId() ?? '-'}] HTTP ${clientStatus}: ${message}`);
    return { status: clientStatus, code: clientStatus === HttpStatus.NOT_FOUND ? 'NOT_FOUND' : 'BAD_REQUEST', message };
  }
  if (exception instanceof GraphQLError && typeof exception.extensions.code === 'string' && STATUS_BY_CODE[exception.extensions.code]) {
    const retryAfterSeconds = exception.extensions.retryAfterSeconds;
    logger.log(`[${currentRequestId() ?? '-'}] ${exception.extensions.code}: ${exception.message}`);
    return {
      status: STATUS_BY_CODE[exception.extensions.code],
      code: exception.extensions.code,
      message: exception.message,
      ...(typeof retryAfterSeconds === 'number' && { retryAfterSeconds }),
    };
  }
  const requestId = logFault(exception, logger);
  return {
    status: HttpStatus.INTERNAL_SERVER_ERROR,
    code: 'INTERNAL_SERVER_ERROR',
    message: 'Internal server error.',
    ...(requestId && { requestId }),
  };
}

/**
 * The one place exceptions end outside a route's own filter.
 * - In GraphQL it hands the exception back to Apollo untouched, so that graphql-errors.ts formats and
 *   logs it once (Nest's default would log every refusal with a stack trace).
 * - On HTTP (the session middleware before /graphql, /health, unknown routes, a refused body) it answers
 *   with the status that fits and, for /graphql, a GraphQL-shaped body; Retry-After with a 503.
 */
@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const failure = httpFailureOf(exception, this.logger);
    if (response.headersSent) return undefined;
    if (failure.retryAfterSeconds !== undefined) response.setHeader('Retry-After', String(failure.retryAfterSeconds));
    const { status, code, message, ...details } = failure;
    const body = request.path === '/graphql' ? { errors: [{ message, extensions: { code, ...details } }] } : { code, message, ...details };
    response.status(status).json(body);
    return undefined;
  }
}
