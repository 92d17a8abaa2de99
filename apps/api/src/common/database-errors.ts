/**
 * Why a database call failed for a reason that passes by itself, so that the client is told to retry
 * (HTTP 503 with Retry-After) rather than that the server is broken:
 * - UNAVAILABLE: PostgreSQL cannot be reached, restarts, or dropped the connection;
 * - BUSY: no pool connection became free in time, or the server has no connection slot left;
 * - TIMEOUT: a statement ran past the API role's statement_timeout or waited too long for a lock;
 * - CONTENTION: a deadlock or serialisation failure; running the request again succeeds.
 */
export type TransientDatabaseFailure = 'UNAVAILABLE' | 'BUSY' | 'TIMEOUT' | 'CONTENTION';

/** Seconds to tell the client to wait, by kind (Retry-After). */
export const RETRY_AFTER_SECONDS: Record<TransientDatabaseFailure, number> = { UNAVAILABLE: 5, BUSY: 2, TIMEOUT: 5, CONTENTION: 1 };

/** Node's socket errors met when PostgreSQL is away or goes away. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html) that pass by themselves. */
function kindOfSqlState(code: string): TransientDatabaseFailure | null {
  if (code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03' || code === '57P05') return 'UNAVAILABLE';
  if (code === '53300' || code === '53400') return 'BUSY';
  if (code === '57014' || code === '55P03') return 'TIMEOUT';
  if (code === '40001' || code === '40P01') return 'CONTENTION';
  return null;
}

/** pg and pg-pool raise these without a code. */
const MESSAGES: Array<[RegExp, TransientDatabaseFailure]> = [
  [/^timeout exceeded when trying to connect/i, 'BUSY'],
  [/^Connection terminated/i, 'UNAVAILABLE'],
  [/^Client has encountered a connection error/i, 'UNAVAILABLE'],
  [/^Client was closed and is not queryable/i, 'UNAVAILABLE'],
  [/^Cannot use a pool after calling end/i, 'UNAVAILABLE'],
];

/** The transient kind of a failure, looking through TypeORM's wrapper and `cause`; null for anything else. */
export function transientDatabaseFailure(error: unknown, depth = 0): TransientDatabaseFailure | null {
  if (!error || typeof error !== 'object' || depth > 4) return null;
  const { code, message, driverError, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code)) return 'UNAVAILABLE';
    if (/^[0-9A-Z]{5}$/.test(code)) {
      const kind = kindOfSqlState(code);
      if (kind) return kind;
    }
  }
  if (typeof message === 'string') {
    for (const [pattern, kind] of MESSAGES) if (pattern.test(message)) return kind;
  }
  // An AggregateError (a connection tried on IPv4 and IPv6) lists its causes.
  if (Array.isArray(errors)) {
    for (const inner of errors) {
      const kind = transientDatabaseFailure(inner, depth + 1);
      if (kind) return kind;
    }
  }
  return transientDatabaseFailure(driverError, depth + 1) ?? transientDatabaseFailure(cause, depth + 1);
}
