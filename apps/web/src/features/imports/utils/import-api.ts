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

/** The template of a period, prefilled with the caller's saved values, in the interface language (`lang`: a link cannot set Accept-Language). */
export function templateUrl(programmeId: string, periodId: string, language: string): string {
  return `/api/import/template?programmeId=${segment(programmeId)}&periodId=${segment(periodId)}&lang=${segment(language)}`;
}

/** The coordinator's page of one submission, where it is reviewed and submitted (the router's `.../offices/:officeId/periods/:periodId`). */
export function submissionPagePath(programmeId: string, officeId: string, periodId: string): string {
  return `/programmes/${segment(programmeId)}/offices/${segment(officeId)}/periods/${segment(periodId)}`;
}

/** An office and period the file's rows were for. */
export interface ImportTarget {
  officeId: string;
  office: string;
  periodId: string;
  period: string;
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
  /** Values written: a value equal to the saved one is not rewritten (values - changed were unchanged). */
  changed: number;
  errors: ImportError[];
  /** All problems found; only the first ones are listed in `errors`. */
  errorCount: number;
  targets: ImportTarget[];
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** The answer of POST /api/import, or null when it is not of that shape. */
export function parseImportResult(body: unknown): ImportResult | null {
  if (typeof body !== 'object' || body === null) return null;
  const { applied, dryRun, rows, values, errors } = body as Record<string, unknown>;
  if (typeof applied !== 'boolean' || typeof dryRun !== 'boolean' || !isCount(rows) || !isCount(values) || !Array.isArray(errors))
    return null;
  const listed = parseErrors(errors);
  const { errorCount, changed, targets } = body as Record<string, unknown>;
  return {
    applied,
    dryRun,
    rows,
    values,
    changed: isCount(changed) && changed <= values ? changed : 0,
    errors: listed,
    errorCount: isCount(errorCount) && errorCount >= listed.length ? errorCount : listed.length,
    targets: parseTargets(targets),
  };
}

/** The answer's targets (an answer stored before they were given has none). */
function parseTargets(targets: unknown): ImportTarget[] {
  if (!Array.isArray(targets)) return [];
  return targets.filter(
    (target): target is ImportTarget =>
      typeof target === 'object' &&
      target !== null &&
      ['officeId', 'office', 'periodId', 'period'].every((field) => typeof (target as Record<string, unknown>)[field] === 'string'),
  );
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
  | { kind: 'REFUSED'; code: string | null; message: string; errors: ImportError[] };

/** Refusals that mean the chosen period cannot take values any more (handed in or locked meanwhile): the choice is out of date. */
export const PERIOD_REFUSALS: readonly string[] = ['SUBMISSION_NOT_EDITABLE', 'PERIOD_LOCKED', 'PERIOD_NOT_OPEN'];

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
  if (status >= 400 && status < 500 && message) {
    const { code, errors } = body as Record<string, unknown>;
    return { kind: 'REFUSED', code: typeof code === 'string' ? code : null, message, errors: parseErrors(errors) };
  }
  return { kind: 'SERVER' };
}
