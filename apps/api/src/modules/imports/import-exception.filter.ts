import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { httpFailureOf, STATUS_BY_CODE } from '../../common/app-exception.filter';
import { type MessageKey, message } from '../../common/messages';
import { ImportFailure } from './import-failure';
import { importLanguage } from './import-language';
import { IMPORT_LIMITS } from './import-limits';
import { describeCellProblem, describeFileProblem } from './import-messages';

const ACCESS_MESSAGES: Record<string, MessageKey> = {
  UNAUTHENTICATED: 'error.unauthenticated',
  FORBIDDEN: 'error.forbidden',
  RATE_LIMITED: 'error.rateLimited',
};

/**
 * The import routes answer every refusal as JSON `{ code, message }` with a fitting HTTP status (and
 * `errors` by row and column when cells are at fault), in the request's language. The access guard's
 * GraphQL-style errors and multer's upload errors are mapped too; the database away is a 503 with
 * Retry-After; anything else is a 500 with a generic message and the request id, its details going to
 * the log only.
 */
@Catch()
export class ImportExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ImportsController');

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const language = importLanguage(request);
    const send = (status: number, body: Record<string, unknown>) => {
      if (!response.headersSent) response.status(status).json(body);
    };

    if (exception instanceof ImportFailure) {
      const errors = exception.cells.slice(0, IMPORT_LIMITS.maxErrorsListed).map((cell) => ({
        row: cell.row,
        column: cell.column,
        ...(cell.cell ? { cell: cell.cell } : {}),
        code: cell.code,
        message: describeCellProblem(cell.code, cell.params ?? {}, language),
      }));
      send(exception.status, {
        code: exception.code,
        message: describeFileProblem(exception.code, exception.params, language, exception.handedIn),
        ...(errors.length ? { errors } : {}),
      });
      return;
    }
    if (exception instanceof HttpException) {
      // multer: the file limit is 413; any other upload problem (wrong field, broken multipart) is a missing file
      const status = exception.getStatus();
      if (status === HttpStatus.PAYLOAD_TOO_LARGE) {
        send(status, {
          code: 'FILE_TOO_LARGE',
          message: describeFileProblem('FILE_TOO_LARGE', { max: IMPORT_LIMITS.maxFileBytes }, language),
        });
      } else if (status === HttpStatus.BAD_REQUEST) {
        send(status, { code: 'NO_FILE', message: describeFileProblem('NO_FILE', {}, language) });
      } else {
        send(status, { code: 'HTTP_ERROR', message: exception.message });
      }
      return;
    }
    if (exception instanceof GraphQLError && typeof exception.extensions.code === 'string' && STATUS_BY_CODE[exception.extensions.code]) {
      const code = exception.extensions.code;
      const retryAfterSeconds = exception.extensions.retryAfterSeconds;
      if (typeof retryAfterSeconds === 'number' && !response.headersSent) response.setHeader('Retry-After', String(retryAfterSeconds));
      send(STATUS_BY_CODE[code], {
        code,
        message: code in ACCESS_MESSAGES ? message(ACCESS_MESSAGES[code], language) : exception.message,
        ...(typeof retryAfterSeconds === 'number' ? { retryAfterSeconds } : {}),
      });
      return;
    }
    // The database away or busy (503, Retry-After), or a bug (500, logged with the request id): nothing was saved either way.
    const { status, code, retryAfterSeconds, requestId } = httpFailureOf(exception, this.logger);
    if (retryAfterSeconds !== undefined && !response.headersSent) response.setHeader('Retry-After', String(retryAfterSeconds));
    send(status, {
      code,
      message: message(code === 'SERVICE_UNAVAILABLE' ? 'import.unavailable' : 'import.failed', language),
      ...(retryAfterSeconds !== undefined && { retryAfterSeconds }),
      ...(requestId && { requestId }),
    });
  }
}
