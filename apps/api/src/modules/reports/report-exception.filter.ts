import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { httpFailureOf } from '../../common/app-exception.filter';
import { type MessageKey, message } from '../../common/messages';
import { importLanguage } from '../imports/import-language';

/** The access guard's refusals, said again in the report's language (the guard runs before the route knows `?lang=`). */
const GUARD_MESSAGES: Record<string, MessageKey> = {
  UNAUTHENTICATED: 'error.unauthenticated',
  FORBIDDEN: 'error.forbidden',
  RATE_LIMITED: 'error.rateLimited',
};

/**
 * The report routes answer a refusal as JSON `{ code, message }` with its HTTP status (400 bad input, 401, 403, 404), in the language of
 * `?lang=` or else Accept-Language; the database away is a 503 with Retry-After; a bug a 500 with the request id, details in the log.
 */
@Catch()
export class ReportExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ReportsController');

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    const { status, code, message: text, retryAfterSeconds, requestId } = httpFailureOf(exception, this.logger);
    const key = GUARD_MESSAGES[code];
    if (retryAfterSeconds !== undefined) response.setHeader('Retry-After', String(retryAfterSeconds));
    response.setHeader('Cache-Control', 'no-store');
    response.status(status).json({
      code,
      message: key && code !== 'RATE_LIMITED' ? message(key, importLanguage(request)) : text,
      ...(retryAfterSeconds !== undefined && { retryAfterSeconds }),
      ...(requestId && { requestId }),
    });
  }
}
