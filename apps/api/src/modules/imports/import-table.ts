import { type CellProblem, columnLetters, ImportFailure } from './import-failure';
import type { ImportLimits } from './import-limits';
import type { Cell, Sheet } from './sheet';

/** The columns an import reads, by their canonical (English) names. */
export const COLUMNS = ['office', 'period', 'indicator', 'value', 'numerator', 'denominator', 'comment'] as const;
export type ColumnKey = (typeof COLUMNS)[number];

/** Columns the template adds for the reader's benefit; accepted in a file and ignored. */
const IGNORED = 'ignored';

/** Header names (lower case, without Polish diacritics) → column. */
const ALIASES: Record<string, ColumnKey | typeof IGNORED> = {
  office: 'office',
  'office id': 'office',
  urzad: 'office',
  'id urzedu': 'office',
  'nazwa urzedu': 'office',
  period: 'period',
  okres: 'period',
  indicator: 'indicator',
  'indicator code': 'indicator',
  code: 'indicator',
  wskaznik: 'indicator',
  'kod wskaznika': 'indicator',
  kod: 'indicator',
  value: 'value',
  wartosc: 'value',
  numerator: 'numerator',
  licznik: 'numerator',
  denominator: 'denominator',
  mianownik: 'denominator',
  comment: 'comment',
  komentarz: 'comment',
  uwagi: 'comment',
  name: IGNORED,
  'indicator name': IGNORED,
  nazwa: IGNORED,
  'nazwa wskaznika': IGNORED,
  unit: IGNORED,
  jednostka: IGNORED,
};

const TEXT_COLUMNS: ReadonlySet<ColumnKey> = new Set(['office', 'period', 'indicator', 'comment']);
const NUMBER_COLUMNS = ['value', 'numerator', 'denominator'] as const;
const EXPECTED = 'office, period, indicator, value, numerator, denominator, comment';

/** Lower case, Polish letters without diacritics, runs of anything else as one space. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9()]+/g, ' ')
    .trim();
}

/** The column a header names: the whole name, else the part before or inside parentheses ("wartość (value)"). */
export function columnOf(header: string): ColumnKey | typeof IGNORED | null {
  const normal = normaliseHeader(header);
  const candidates = [normal, normal.replace(/\(.*\)/g, ' ').trim(), ...[...normal.matchAll(/\(([^)]*)\)/g)].map((m) => m[1].trim())];
  for (const candidate of candidates) {
    const column = ALIASES[candidate.replace(/\s+/g, ' ')];
    if (column) return column;
  }
  return null;
}

/**
 * A number as people type it: decimal comma or point, spaces (also non-breaking) between digit groups,
 * an optional trailing %, an optional exponent. Null when it is not one.
 */
export function parseNumber(text: string): number | null {
  let compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact.endsWith('%')) compact = compact.slice(0, -1);
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/.test(compact)) return null;
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/** CSV formula injection: a cell a spreadsheet would run as a formula (starts with = + - @ and is not a number). */
export function looksLikeFormula(text: string): boolean {
  const trimmed = text.trimStart();
  return /^[=+\-@]/.test(trimmed) && parseNumber(trimmed) === null;
}

/** One data row that carries something to write. Blank cells are null. */
export interface ImportRow {
  row: number;
  office: string | null;
  period: string | null;
  indicator: string | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  comment: string | null;
  /** Set when a cell of the row could not be read: the row is reported, never written. */
  unreadable: boolean;
}

export interface ImportTable {
  /** The file's columns: canonical name → 0-based index. */
  columns: Partial<Record<ColumnKey, number>>;
  /** Rows with a value, numerator, denominator or comment (rows with none of these are skipped). */
  rows: ImportRow[];
  /** Every non-blank row below the header. */
  dataRows: number;
  problems: CellProblem[];
}

/** Names in the message of a refusal; the errors list has them all. */
const CELLS_NAMED = 10;

function refusal(code: 'FORMULAS' | 'FORMULA_INJECTION', cells: CellProblem[]): ImportFailure {
  const named = cells
    .slice(0, CELLS_NAMED)
    .map((c) => c.cell)
    .join(', ');
  const more = cells.length > CELLS_NAMED ? ` (+${cells.length - CELLS_NAMED})` : '';
  return new ImportFailure(400, code, { cells: named + more }, cells);
}

/**
 * The sheet as import rows: maps the header row onto the columns (refusing unknown, repeated or
 * missing ones), reads every cell as text or number, and lists what cannot be read by row and column.
 */
export function interpretSheet(sheet: Sheet, limits: ImportLimits): ImportTable {
  const [header, ...data] = sheet.rows;
  if (!header) throw new ImportFailure(400, 'EMPTY_FILE');

  const columns: Partial<Record<ColumnKey, number>> = {};
  const nameOfColumn = new Map<number, string>();
  const unknown: string[] = [];
  header.cells.forEach((cell, index) => {
    if (!cell) return;
    const text = cell.kind === 'number' ? String(cell.value) : cell.text;
    if (text.trim() === '') return;
    const column = columnOf(text);
    if (column === null) unknown.push(`„${text.trim()}”`);
    else if (column !== IGNORED) {
      if (columns[column] !== undefined) throw new ImportFailure(400, 'DUPLICATE_COLUMN', { column });
      columns[column] = index;
      nameOfColumn.set(index, column);
    }
  });
  const reference = (row: number, index: number) => `${columnLetters(index)}${row}`;
  const columnName = (index: number) => nameOfColumn.get(index) ?? columnLetters(index);

  if (sheet.formulas.length > 0) {
    throw refusal(
      'FORMULAS',
      sheet.formulas.map(({ row, column }) => ({ row, column: columnName(column), cell: reference(row, column), code: 'FORMULA' })),
    );
  }
  if (Object.keys(columns).length === 0 && unknown.length === header.cells.filter(Boolean).length) {
    throw new ImportFailure(400, 'NO_HEADER', { expected: EXPECTED });
  }
  if (unknown.length > 0) throw new ImportFailure(400, 'UNKNOWN_COLUMNS', { columns: unknown.join(', '), expected: EXPECTED });
  if (columns.indicator === undefined) throw new ImportFailure(400, 'MISSING_INDICATOR_COLUMN');
  if (NUMBER_COLUMNS.every((column) => columns[column] === undefined)) throw new ImportFailure(400, 'MISSING_VALUE_COLUMNS');

  const used = COLUMNS.filter((column) => columns[column] !== undefined);
  const problems: CellProblem[] = [];
  const injections: CellProblem[] = [];
  const rows: ImportRow[] = [];
  let dataRows = 0;

  for (const { row, cells } of data) {
    const entry: ImportRow = {
      row,
      office: null,
      period: null,
      indicator: null,
      value: null,
      numerator: null,
      denominator: null,
      comment: null,
      unreadable: false,
    };
    let blank = true;
    for (const column of used) {
      const index = columns[column] as number;
      const cell: Cell | undefined = cells[index];
      if (!cell) continue;
      const at = { row, column, cell: reference(row, index) };
      if (cell.kind === 'error') {
        blank = false;
        entry.unreadable = true;
        problems.push({ ...at, code: 'EXCEL_ERROR', params: { error: cell.text } });
        continue;
      }
      if (cell.kind === 'text') {
        if (cell.text.trim() === '') continue;
        blank = false;
        if (sheet.format === 'csv' && looksLikeFormula(cell.text)) {
          injections.push({ ...at, code: 'FORMULA_INJECTION' });
          continue;
        }
        if (cell.text.length > limits.maxCellChars) {
          entry.unreadable = true;
          problems.push({ ...at, code: 'CELL_TOO_LONG', params: { max: limits.maxCellChars } });
          continue;
        }
      }
      blank = false;
      if (TEXT_COLUMNS.has(column)) {
        const text = cell.kind === 'number' ? String(cell.value) : cell.text.trim();
        if (column === 'comment') entry.comment = text;
        else entry[column as 'office' | 'period' | 'indicator'] = text;
      } else {
        const value = cell.kind === 'number' ? cell.value : parseNumber(cell.text);
        if (value === null) {
          entry.unreadable = true;
          problems.push({ ...at, code: 'NOT_A_NUMBER', params: { text: cell.kind === 'text' ? cell.text.trim().slice(0, 50) : '' } });
        } else {
          entry[column as (typeof NUMBER_COLUMNS)[number]] = value;
        }
      }
    }
    if (blank) continue;
    dataRows++;
    const carries =
      entry.unreadable || entry.value !== null || entry.numerator !== null || entry.denominator !== null || entry.comment !== null;
    if (!carries) continue;
    if (entry.indicator === null) {
      entry.unreadable = true;
      problems.push({ row, column: 'indicator', cell: reference(row, columns.indicator), code: 'INDICATOR_MISSING' });
    }
    rows.push(entry);
  }
  if (injections.length > 0) throw refusal('FORMULA_INJECTION', injections);
  return { columns, rows, dataRows, problems };
}
