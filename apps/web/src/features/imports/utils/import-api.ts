/** The REST side of the spreadsheet import (apps/api's imports module). */

import type { MessageKey } from '../../../app/i18n';

const segment = encodeURIComponent;

const COLUMN_KEYS = ['office', 'period', 'indicator', 'value', 'numerator', 'denominator', 'comment'] as const;

/** The message key naming one of the import's columns, or null for another (e.g. an unknown heading). */
export function importColumnKey(column: string): MessageKey | null {
  return (COLUMN_KEYS as readonly string[]).includes(column) ? (`importColumn.${column as (typeof COLUMN_KEYS)[number]}` as const) : null;
}

export function importUrl(periodId: string, dryRun: boolean): string {
  return `/api/import?periodId=${segment(periodId)}&dryRun=${dryRun}`;
}

export function templateUrl(programmeId: string, periodId: string): string {
  return `/api/import/template?programmeId=${segment(programmeId)}&periodId=${segment(periodId)}`;
}

export interface ImportError {
  /** The spreadsheet's row number (1 = the heading row), as the user sees it. */
  row: number;
  /** The column: its role (value, numerator, …) as the API names it. */
  column: string;
  /** The cell's address (e.g. E12), when the column is in the file. */
  cell: string | null;
  message: string;
}

export interface ImportResult {
  applied: boolean;
  dryRun: boolean;
  rows: number;
  values: number;
  errors: ImportError[];
  /** All problems found; only the first ones are listed in `errors`. */
  errorCount: number;
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** The answer of POST /api/import, or null when it is not of that shape. */
export function parseImportResult(body: unknown): ImportResult | null {
  if (typeof body !== 'object' || body === null) return null;
  const { applied, dryRun, rows, values, errors } = body as Record<string, unknown>;
  if (typeof applied !== 'boolean' || typeof dryRun !== 'boolean' || !isCount(rows) || !isCount(values) || !Array.isArray(errors))
    return null;
  const listed = parseErrors(errors);
  const { errorCount } = body as Record<string, unknown>;
  return {
    applied,
    dryRun,
    rows,
    values,
    errors: listed,
    errorCount: isCount(errorCount) && errorCount >= listed.length ? errorCount : listed.length,
  };
}

/** The errors by row and column of an answer (odd fields filled rather than the error dropped). */
function parseErrors(errors: unknown): ImportError[] {
  if (!Array.isArray(errors)) return [];
  return errors
    .filter((error): error is Record<string, unknown> => typeof error === 'object' && error !== null)
    .map((error) => ({
      row: typeof error['row'] === 'number' ? error['row'] : 0,
      column: typeof error['column'] === 'string' || typeof error['column'] === 'number' ? String(error['column']) : '',
      cell: typeof error['cell'] === 'string' ? error['cell'] : null,
      message: typeof error['message'] === 'string' ? error['message'] : '',
    }));
}

/** What went wrong with an upload that got no import result. */
export type UploadFailure =
  /** SERVICE_UNAVAILABLE: the database was away for a moment (503) and nothing was imported; the same file can be sent again. */
  | { kind: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'TOO_LARGE' | 'RATE_LIMITED' | 'SERVICE_UNAVAILABLE' | 'SERVER' | 'NETWORK' }
  /** Refused with the server's explanation (a malformed file, a wrong period, a reused key…), and the cells at fault if any. */
  | { kind: 'REFUSED'; message: string; errors: ImportError[] };

function messageOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const { message } = body as Record<string, unknown>;
  if (typeof message === 'string' && message.trim()) return message;
  if (Array.isArray(message) && message.every((part) => typeof part === 'string') && message.length) return message.join(' ');
  return null;
}

/** The failure an HTTP answer without an import result stands for (status 0: no answer at all). */
export function uploadFailure(status: number, body: unknown): UploadFailure {
  if (status === 0) return { kind: 'NETWORK' };
  if (status === 401) return { kind: 'UNAUTHENTICATED' };
  if (status === 403) return { kind: 'FORBIDDEN' };
  if (status === 413) return { kind: 'TOO_LARGE' };
  if (status === 429) return { kind: 'RATE_LIMITED' };
  if (status === 503) return { kind: 'SERVICE_UNAVAILABLE' };
  const message = messageOf(body);
  if (status >= 400 && status < 500 && message)
    return { kind: 'REFUSED', message, errors: parseErrors((body as Record<string, unknown>)['errors']) };
  return { kind: 'SERVER' };
}
