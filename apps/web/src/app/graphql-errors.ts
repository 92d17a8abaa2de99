import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** The `extensions.code` values the API uses, plus NETWORK for a request that got no GraphQL answer. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INVALID_CREDENTIALS',
  'INVALID_TOKEN',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'NETWORK',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorInfo {
  code: ErrorCode;
  /** The server's own text: shown to users only for BAD_USER_INPUT (validation messages). */
  serverMessage?: string;
  /** For RATE_LIMITED and SERVICE_UNAVAILABLE: how long to wait before trying again. */
  retryAfterSeconds?: number;
  /** For INTERNAL_SERVER_ERROR: the id the server logged the failure under, for a report to the administrator. */
  requestId?: string;
}

interface GraphQLErrorLike {
  message: string;
  extensions?: Readonly<Record<string, unknown>>;
}

function isKnownCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}

/** The first GraphQL error's code (unknown codes count as INTERNAL_SERVER_ERROR) and its details. */
export function infoFromGraphQLErrors(errors: readonly GraphQLErrorLike[]): ErrorInfo {
  const [first] = errors;
  if (!first) return { code: 'INTERNAL_SERVER_ERROR' };
  const rawCode = first.extensions?.['code'];
  // GraphQL validation failures (e.g. a wrong variable) are the client's fault, never the user's.
  const code: ErrorCode = isKnownCode(rawCode) ? rawCode : 'INTERNAL_SERVER_ERROR';
  const info: ErrorInfo = { code };
  if (code === 'BAD_USER_INPUT') info.serverMessage = first.message;
  const retryAfter = first.extensions?.['retryAfterSeconds'];
  if (
    (code === 'RATE_LIMITED' || code === 'SERVICE_UNAVAILABLE') &&
    typeof retryAfter === 'number' &&
    Number.isFinite(retryAfter) &&
    retryAfter > 0
  ) {
    info.retryAfterSeconds = Math.ceil(retryAfter);
  }
  const requestId = rawCode === 'INTERNAL_SERVER_ERROR' ? asRequestId(first.extensions?.['requestId']) : undefined;
  if (requestId) info.requestId = requestId;
  return info;
}

/** A request id as the API makes them (a UUID); anything else is not shown to users. */
function asRequestId(value: unknown): string | undefined {
  return typeof value === 'string' && /^[0-9A-Za-z-]{8,64}$/.test(value) ? value : undefined;
}

function errorsInBody(bodyText: string): GraphQLErrorLike[] | null {
  try {
    const body: unknown = JSON.parse(bodyText);
    if (body && typeof body === 'object' && Array.isArray((body as { errors?: unknown }).errors)) {
      return (body as { errors: GraphQLErrorLike[] }).errors;
    }
  } catch {
    // not JSON: an HTTP-level failure
  }
  return null;
}

/** The GraphQL errors of a failed operation (also those in the body of a non-200 answer). */
export function graphQLErrorsOf(error: unknown): readonly GraphQLErrorLike[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  if (ServerError.is(error)) return errorsInBody(error.bodyText) ?? [];
  return [];
}

/**
 * The `extensions` of the first GraphQL error, for the codes that carry details (BAD_USER_INPUT's
 * `problems`, CONFLICT's `current`); undefined when the operation failed without a GraphQL error.
 */
export function errorExtensions(error: unknown): Readonly<Record<string, unknown>> | undefined {
  return graphQLErrorsOf(error)[0]?.extensions;
}

/** What went wrong with an operation, from whatever Apollo Client reported. */
export function errorInfo(error: unknown): ErrorInfo {
  if (CombinedGraphQLErrors.is(error)) return infoFromGraphQLErrors(error.errors);
  if (ServerError.is(error)) {
    // A non-200 answer (e.g. 401 or 429) may still carry GraphQL errors in its body.
    const errors = errorsInBody(error.bodyText);
    const headerRequestId = error.statusCode >= 500 ? asRequestId(error.response.headers.get('X-Request-Id')) : undefined;
    if (errors?.length) {
      const info = infoFromGraphQLErrors(errors);
      if (info.code === 'INTERNAL_SERVER_ERROR' && !info.requestId && headerRequestId) info.requestId = headerRequestId;
      return info;
    }
    if (error.statusCode === 401) return { code: 'UNAUTHENTICATED' };
    if (error.statusCode === 403) return { code: 'FORBIDDEN' };
    if (error.statusCode === 429) return { code: 'RATE_LIMITED' };
    // E.g. a proxy in front of the API saying it is away: nothing was done, as with the API's own 503.
    if (error.statusCode === 503) return { code: 'SERVICE_UNAVAILABLE' };
    if (error.statusCode >= 500)
      return headerRequestId ? { code: 'INTERNAL_SERVER_ERROR', requestId: headerRequestId } : { code: 'INTERNAL_SERVER_ERROR' };
  }
  return { code: 'NETWORK' };
}

export function isUnauthenticated(error: unknown): boolean {
  return errorInfo(error).code === 'UNAUTHENTICATED';
}

/**
 * The API's own words for a refusal the user can act on: a CONFLICT says what stands in the way (a state,
 * missing scores, a closed survey, another save first). Undefined for anything else: the app's message for
 * the code is shown then (BAD_USER_INPUT brings its own sentence through it).
 */
export function conflictText(error: unknown): string | undefined {
  if (errorInfo(error).code !== 'CONFLICT') return undefined;
  return graphQLErrorsOf(error)[0]?.message || undefined;
}

/** Whether the thing changed since the page read it (another save came first): a CONFLICT naming the current version. */
export function isStaleVersion(error: unknown): boolean {
  return errorInfo(error).code === 'CONFLICT' && errorExtensions(error)?.['currentVersion'] !== undefined;
}
