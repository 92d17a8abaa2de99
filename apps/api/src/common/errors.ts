import { GraphQLError } from 'graphql';
import { message } from './messages';
import { currentLanguage } from './request-context';

/**
 * The stable error codes clients rely on (`extensions.code`), with their HTTP statuses in
 * docs/security.md. Anything else that goes wrong reaches the client as INTERNAL_SERVER_ERROR with a
 * generic message and the request id: no stack, no SQL (see graphql-errors.ts).
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RELEASE_REFUSED',
  'INVALID_CREDENTIALS',
  'INVALID_TOKEN',
  'RATE_LIMITED',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error meant for the client: its message and code are shown as they are. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export const unauthenticated = () => new AppError('UNAUTHENTICATED', message('error.unauthenticated', currentLanguage()));
export const forbidden = () => new AppError('FORBIDDEN', message('error.forbidden', currentLanguage()));

/** What `notFound` may name, in English as callers write it, with its key in the catalogue's `error.notFound`. */
const FINDABLE: Record<string, string> = {
  Period: 'period',
  Office: 'office',
  'Period or office': 'periodOrOffice',
  Programme: 'programme',
  Indicator: 'indicator',
  Submission: 'submission',
  User: 'user',
  'Role grant': 'roleGrant',
  'Good practice': 'goodPractice',
  'Peer group': 'peerGroup',
  Target: 'target',
  'CAF self-assessment': 'cafCycle',
  'CAF action': 'cafAction',
  'Survey round': 'surveyRound',
};

/** NOT_FOUND naming what was looked for (e.g. `notFound('Period')`), in the request's language. */
export const notFound = (what: string) => {
  const language = currentLanguage();
  const key = FINDABLE[what];
  return new AppError(
    'NOT_FOUND',
    key === undefined && language === 'en' ? `${what} not found.` : message('error.notFound', language, { what: key ?? 'other' }),
  );
};
export const badInput = (message: string, field?: string) => new AppError('BAD_USER_INPUT', message, field ? { field } : {});
