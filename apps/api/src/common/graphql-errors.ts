import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError, ERROR_CODES, type ErrorCode } from './errors';

const logger = new Logger('GraphQL');

/** Errors Apollo itself raises about a malformed request: their message is about the request, safe to show. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * What a client sees of an error: for our own errors and request errors, the message and a stable
 * `extensions.code`; for anything else (a bug, a database error) a generic message, the details going
 * to the server log only. Never a stack trace or SQL.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, ...(formatted.locations && { locations: formatted.locations }), ...(formatted.path && { path: formatted.path }) };
  if (original instanceof AppError) {
    const extensions = Object.fromEntries(Object.entries(original.extensions).filter(([key]) => key !== 'http' && key !== 'stacktrace'));
    return { ...base, message: original.message, extensions };
  }
  const code = formatted.extensions?.code as string | undefined;
  // graphql-js's complaint about a variable of the wrong type (raised before any resolver runs, so without a path).
  if (original instanceof GraphQLError && !original.path && /^Variable "\$\w+" got invalid value/.test(original.message)) {
    return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (code && REQUEST_ERROR_CODES.has(code)) {
    return { ...base, extensions: { code: (ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : 'BAD_REQUEST' } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return { message: 'Internal server error.', ...(formatted.path && { path: formatted.path }), extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
