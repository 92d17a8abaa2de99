import { describeProblem, type EntryProblem, type Language, type SubmissionStatus } from '@officebench/domain';
import { message } from '../../common/messages';

type Params = Record<string, string | number>;

/** Why a whole file is refused (the answer is an HTTP error with `{ message }`). */
export type FileProblemCode =
  | 'NO_FILE'
  | 'FILE_TOO_LARGE'
  | 'TOO_MANY_ROWS'
  | 'EMPTY_FILE'
  | 'UNSUPPORTED_FORMAT'
  | 'OLD_XLS_OR_ENCRYPTED'
  | 'ENCRYPTED'
  | 'MACROS'
  | 'XLSB'
  | 'NOT_UTF8'
  | 'UTF16'
  | 'CSV_MALFORMED'
  | 'ZIP_MALFORMED'
  | 'XLSX_MALFORMED'
  | 'PART_TOO_LARGE'
  | 'ZIP_BOMB'
  | 'SIZE_MISMATCH'
  | 'FORMULAS'
  | 'FORMULA_INJECTION'
  | 'NO_HEADER'
  | 'UNKNOWN_COLUMNS'
  | 'DUPLICATE_COLUMN'
  | 'MISSING_INDICATOR_COLUMN'
  | 'MISSING_VALUE_COLUMNS'
  | 'OFFICE_COLUMN_NEEDED'
  | 'PERIOD_COLUMN_NEEDED'
  | 'PROGRAMME_UNKNOWN'
  | 'BAD_PARAMETER'
  | 'BAD_IDEMPOTENCY_KEY'
  | 'IDEMPOTENCY_CONFLICT'
  | 'PERIOD_NOT_FOUND'
  | 'PROGRAMME_NOT_FOUND'
  | 'NOT_A_COORDINATOR'
  | 'MAY_NOT_SEE_PROGRAMME'
  | 'PERIOD_LOCKED'
  | 'PERIOD_NOT_OPEN'
  | 'SUBMISSION_NOT_EDITABLE';

/** What is wrong with one cell or row (listed in `errors` with its row and column). */
export type CellProblemCode =
  | 'NOT_A_NUMBER'
  | 'EXCEL_ERROR'
  | 'CELL_TOO_LONG'
  | 'FORMULA'
  | 'FORMULA_INJECTION'
  | 'INDICATOR_MISSING'
  | 'OFFICE_MISSING'
  | 'OFFICE_UNKNOWN'
  | 'OFFICE_AMBIGUOUS'
  | 'PERIOD_MISSING'
  | 'PERIOD_UNKNOWN'
  | 'PERIOD_MISMATCH'
  | 'DUPLICATE_ROW'
  | 'ROW_PROGRAMME';

const MB = (bytes: string | number) => Math.round(Number(bytes) / (1024 * 1024));

/**
 * Parameters as the sentences print them: numbers as they are written (no thousands separators), and
 * byte sizes also in MB (`maxMb`, `sizeMb`).
 */
function asWritten(params: Params): Record<string, string> {
  const written: Record<string, string> = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value)]));
  if (params.max !== undefined) written.maxMb = String(MB(params.max));
  if (params.size !== undefined) written.sizeMb = String(MB(params.size));
  return written;
}

/**
 * The sentences live in the API's catalogue (common/messages.ts) under `import.file.<code>`; a refusal
 * for handed-in submissions explains each of them (`handedIn`).
 */
export function describeFileProblem(
  code: FileProblemCode,
  params: Params,
  language: Language,
  handedIn: ReadonlyArray<{ office: string; period: string; status: SubmissionStatus }> = [],
): string {
  const reasons = handedIn.map((target) => describeNotEditable(target, language)).join(' ');
  return message(`import.file.${code}`, language, { ...asWritten(params), ...(handedIn.length ? { reasons } : {}) });
}

/** The sentences live in the API's catalogue (common/messages.ts) under `import.cell.<code>`. */
export function describeCellProblem(code: CellProblemCode, params: Params, language: Language): string {
  return message(`import.cell.${code}`, language, asWritten(params));
}

/** A submission's status as words inside a sentence: "przekazane do lidera", "submitted for review". */
export function statusWords(status: SubmissionStatus, language: Language): string {
  return message('import.status', language, { status });
}

/** Why an office's submission cannot take values: its status in words, and what to do about it. */
export function describeNotEditable(target: { office: string; period: string; status: SubmissionStatus }, language: Language): string {
  return message('import.entry.NOT_EDITABLE', language, { ...target, statusWord: statusWords(target.status, language) });
}

/** What a ratio's numerator and denominator count, in one language (null for a value indicator or missing labels). */
export interface RatioLabels {
  numerator: string;
  denominator: string;
}

/** Where the import knows more than the submission check's sentence: the office and period by name, the ratio's parts by what they count. */
export interface EntryProblemContext {
  office?: string;
  period?: string;
  /** The indicator's numerator and denominator labels in the answer's language. */
  labels?: RatioLabels | null;
}

const RATIO_CODES = new Set(['RATIO_PARTS_REQUIRED', 'VALUE_NOT_FOR_RATIO', 'ZERO_DENOMINATOR', 'NUMERATOR_ABOVE_DENOMINATOR'] as const);
type RatioCode = typeof RATIO_CODES extends Set<infer C> ? C : never;

/**
 * A submission check's problem as the import words it: a status in words ("przekazane do lidera", not
 * SUBMITTED) with the office and period, and a ratio's numerator and denominator named by what they
 * count; any other problem in the checks' own sentence (libs/domain).
 */
export function describeEntryProblem(problem: EntryProblem, context: EntryProblemContext, language: Language): string {
  const { code, params } = problem;
  if (code === 'NOT_EDITABLE' && context.office !== undefined && context.period !== undefined) {
    return describeNotEditable({ office: context.office, period: context.period, status: params.status as SubmissionStatus }, language);
  }
  if (RATIO_CODES.has(code as RatioCode) && context.labels) {
    return message(`import.entry.${code as RatioCode}`, language, {
      ...params,
      indicator: problem.indicatorCode ?? '',
      numeratorLabel: context.labels.numerator,
      denominatorLabel: context.labels.denominator,
    });
  }
  return describeProblem(problem, language);
}
