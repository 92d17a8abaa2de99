import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { httpFailureOf } from '../../common/app-exception.filter';
import { importLanguage } from '../imports/import-language';
import { describeExportProblem, type ExportProblemCode, ExportFailure } from './export-failure';

/** Codes of the access guard and the API's own errors that have a sentence here. */
const KNOWN: ReadonlySet<string> = new Set(['UNAUTHENTICATED', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']);

/**
 * The export routes answer a refusal as JSON `{ code, message }` with its HTTP status, in the language of
 * `?lang=` (a download link cannot set Accept-Language) or else Accept-Language, as the import routes do.
 * A refusal raised by a service the export reuses (FORBIDDEN, NOT_FOUND) keeps its status and code; the
 * database away is a 503 with Retry-After; a bug a 500 with the request id, details in the log only.
 */
@Catch()
export class ExportExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ExportsController');

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    const language = importLanguage(request);
    if (exception instanceof ExportFailure) {
      response
        .status(exception.status)
        .json({ code: exception.code, message: describeExportProblem(exception.code, exception.params, language) });
      return;
    }
    const { status, code, message, retryAfterSeconds, requestId } = httpFailureOf(exception, this.logger);
    if (retryAfterSeconds !== undefined) response.setHeader('Retry-After', String(retryAfterSeconds));
    response.status(status).json({
      code,
      message: KNOWN.has(code) ? describeExportProblem(code as ExportProblemCode, {}, language) : message,
      ...(retryAfterSeconds !== undefined && { retryAfterSeconds }),
      ...(requestId && { requestId }),
    });
  }
}
