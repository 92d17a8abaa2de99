import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError, ERROR_CODES, type ErrorCode } from './errors';
import { logFault, serviceUnavailable } from './failures';
import { message as catalogued } from './messages';
import { currentLanguage, currentRequestId } from './request-context';

const logger = new Logger('GraphQL');

/** Errors Apollo and graphql-js raise about a malformed request: their message is about the request, safe to show. */
const REQUEST_ERROR_CODES = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/** Refusals that may be abuse (or a client gone wrong) are worth a warning; the others are everyday. */
const WARN_CODES = new Set<string>([
  'RATE_LIMITED',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
  'FORBIDDEN',
  'INVALID_TOKEN',
]);

/** A request error quotes the value it refused; a 1 MB string is not sent back whole. */
const MAX_MESSAGE_LENGTH = 300;

function shorten(message: string): string {
  return message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH)}…` : message;
}

/** The parser's words, made plain: its token limit, and its own stack overflow (not the client's business). */
function requestErrorMessage(message: string): string {
  const tokens = /more that (\d+) tokens/.exec(message)?.[1];
  if (tokens) return catalogued('limit.tokens', currentLanguage(), { limit: tokens });
  if (/call stack/i.test(message)) return catalogued('limit.nesting', currentLanguage());
  return shorten(message);
}

/** The error a resolver, a validation rule or a plugin threw, looking through graphql-js's and Apollo's wrappers. */
function originalOf(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 4 && current instanceof GraphQLError && current.originalError && !(current instanceof AppError); depth++) {
    current = current.originalError;
  }
  return current;
}

function logRefusal(code: string, message: string, path: GraphQLFormattedError['path']): void {
  const line = `[${currentRequestId() ?? '-'}] ${code}${path ? ` at ${path.join('.')}` : ''}: ${shorten(message).replace(/\s+/g, ' ')}`;
  if (WARN_CODES.has(code)) logger.warn(line);
  else logger.log(line);
}

/**
 * What a client sees of an error, and what the log keeps of it:
 * - our own refusals (AppError) and request errors: their message and stable code, logged once in one line;
 * - the database briefly away, busy or too slow: SERVICE_UNAVAILABLE with retryAfterSeconds (HTTP 503
 *   with Retry-After, see graphql-http-status.ts), logged as a warning;
 * - anything else is a bug: a generic message with the request id, the stack to the log with the same id.
 * Never a stack trace or SQL in the answer.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = originalOf(error);
  const where = { ...(formatted.locations && { locations: formatted.locations }), ...(formatted.path && { path: formatted.path }) };
  if (original instanceof AppError) {
    const extensions = Object.fromEntries(Object.entries(original.extensions).filter(([key]) => key !== 'http' && key !== 'stacktrace'));
    logRefusal(String(extensions.code), original.message, formatted.path);
    return { message: original.message, ...where, extensions };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    const message = requestErrorMessage(formatted.message);
    const known: ErrorCode = (ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : 'BAD_REQUEST';
    logRefusal(known, message, formatted.path);
    return { message, ...where, extensions: { code: known } };
  }
  const unavailable = serviceUnavailable(original, logger);
  if (unavailable) {
    const { message, ...details } = unavailable;
    return { message, ...where, extensions: { code: 'SERVICE_UNAVAILABLE', ...details } };
  }
  const requestId = logFault(original, logger);
  return {
    message: 'Internal server error.',
    ...(formatted.path && { path: formatted.path }),
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId && { requestId }) },
  };
}
