import { readCsv } from './csv-reader';
import { failure } from './import-failure.testing';
import { IMPORT_LIMITS } from './import-limits';
import { columnOf, interpretSheet, looksLikeFormula, parseNumber } from './import-table';
import type { Sheet, SheetRow } from './sheet';

const table = (text: string) => interpretSheet(readCsv(Buffer.from(text, 'utf8'), IMPORT_LIMITS), IMPORT_LIMITS);

/** A workbook's sheet: a header row of these column names, then `rows`. */
const workbookSheet = (header: string[], rows: SheetRow[] = [], formulas: Sheet['formulas'] = []): Sheet => ({
  format: 'xlsx',
  rows: [{ row: 1, cells: header.map((text) => ({ kind: 'text', text })) }, ...rows],
  formulas,
});

describe('parseNumber', () => {
  it.each([
    ['12,5', 12.5],
    ['12.5', 12.5],
    [' 1 234,5 ', 1234.5],
    ['1\u00a0234', 1234],
    ['-3', -3],
    ['+4', 4],
    [',5', 0.5],
    ['45%', 45],
    ['1e3', 1000],
    ['0', 0],
  ])('reads %j as %d', (text, value) => expect(parseNumber(text)).toBe(value));

  it.each(['', 'abc', '1.234,5', '1,2,3', '12 zł', '--1', 'NaN', 'Infinity', '0x10'])('refuses %j', (text) =>
    expect(parseNumber(text)).toBeNull(),
  );
});

describe('looksLikeFormula', () => {
  it.each(['=1+1', '+cmd', '-2+3', '@SUM(A1)', '  =HYPERLINK("x")', '-', '=-1'])('flags %j', (text) =>
    expect(looksLikeFormula(text)).toBe(true),
  );
  it.each(['-12,5', '+4', 'tekst = wartość', 'a-b', ''])('lets %j through', (text) => expect(looksLikeFormula(text)).toBe(false));
});

describe('columnOf', () => {
  it.each([
    ['Office', 'office'],
    ['URZĄD', 'office'],
    ['Wskaźnik', 'indicator'],
    ['kod wskaźnika', 'indicator'],
    ['Wartość', 'value'],
    ['wartość (value)', 'value'],
    ['Licznik', 'numerator'],
    ['mianownik', 'denominator'],
    ['Komentarz', 'comment'],
    ['okres', 'period'],
    ['nazwa wskaźnika (name)', 'ignored'],
    ['Jednostka', 'ignored'],
    ['vlaue', null],
  ])('%j → %j', (header, column) => expect(columnOf(header)).toBe(column));
});

describe('interpretSheet', () => {
  it('reads the rows under a header, numbers with decimal commas, and skips rows with nothing to write', () => {
    const result = table(
      'urząd;okres;wskaźnik;nazwa wskaźnika;wartość;licznik;mianownik;komentarz\n' +
        'Urząd A;2011-Q2;E_SERVICES_COUNT;E-usługi;12;;;\n' +
        'Urząd A;2011-Q2;CASES_ON_TIME_PCT;Terminowość;;95,5;100;ok\n' +
        'Urząd A;2011-Q2;DESK_WAIT_MINUTES;Czas;;;;\n' +
        ';;;Tylko nazwa;;;;\n',
    );
    expect(result.columns).toEqual({ office: 0, period: 1, indicator: 2, value: 4, numerator: 5, denominator: 6, comment: 7 });
    expect(result.dataRows).toBe(3);
    expect(result.rows).toEqual([
      {
        row: 2,
        office: 'Urząd A',
        period: '2011-Q2',
        indicator: 'E_SERVICES_COUNT',
        value: 12,
        numerator: null,
        denominator: null,
        comment: null,
        unreadable: false,
      },
      {
        row: 3,
        office: 'Urząd A',
        period: '2011-Q2',
        indicator: 'CASES_ON_TIME_PCT',
        value: null,
        numerator: 95.5,
        denominator: 100,
        comment: 'ok',
        unreadable: false,
      },
    ]);
    expect(result.problems).toEqual([]);
  });

  it('lists every unreadable cell by row, column and cell reference', () => {
    const result = table('indicator;value;numerator\nA;abc;\n;5;\nB;1;x\n');
    expect(result.problems).toEqual([
      { row: 2, column: 'value', cell: 'B2', code: 'NOT_A_NUMBER', params: { text: 'abc' } },
      { row: 3, column: 'indicator', cell: 'A3', code: 'INDICATOR_MISSING' },
      { row: 4, column: 'numerator', cell: 'C4', code: 'NOT_A_NUMBER', params: { text: 'x' } },
    ]);
    expect(result.rows.map((r) => [r.row, r.unreadable])).toEqual([
      [2, true],
      [3, true],
      [4, true],
    ]);
  });

  it('refuses CSV cells that would run as formulas, naming them all', () => {
    const error = failure(() => table('indicator;value;comment\nA;=1+1;\nB;-5;@cmd\nC;2;- uwaga\n'));
    expect([error.status, error.code, error.params.cells]).toEqual([400, 'FORMULA_INJECTION', 'B2, C3, C4']);
    expect(error.cells.map((c) => [c.row, c.column])).toEqual([
      [2, 'value'],
      [3, 'comment'],
      [4, 'comment'],
    ]);
  });

  it('refuses XLSX formula cells by reference, naming the column', () => {
    const sheet = workbookSheet(['indicator', 'value'], [], [{ row: 7, column: 1 }]);
    const error = failure(() => interpretSheet(sheet, IMPORT_LIMITS));
    expect([error.status, error.code, error.params.cells, error.cells]).toEqual([
      400,
      'FORMULAS',
      'B7',
      [{ row: 7, column: 'value', cell: 'B7', code: 'FORMULA' }],
    ]);
  });

  it('reports Excel error values, and reads numbers in text columns as text (a period 2011 typed as a number)', () => {
    const sheet = workbookSheet(
      ['period', 'indicator', 'value'],
      [
        {
          row: 2,
          cells: [
            { kind: 'number', value: 2011 },
            { kind: 'text', text: 'X' },
            { kind: 'error', text: '#N/A' },
          ],
        },
      ],
    );
    const result = interpretSheet(sheet, IMPORT_LIMITS);
    expect(result.rows[0]).toMatchObject({ period: '2011', indicator: 'X', unreadable: true });
    expect(result.problems).toEqual([{ row: 2, column: 'value', cell: 'C2', code: 'EXCEL_ERROR', params: { error: '#N/A' } }]);
  });

  it.each([
    ['1;2;3\n', 'NO_HEADER'],
    ['indicator;vlaue;uwagi\n', 'UNKNOWN_COLUMNS'],
    ['indicator;value;wartość\n', 'DUPLICATE_COLUMN'],
    ['office;value\n', 'MISSING_INDICATOR_COLUMN'],
    ['indicator;comment\n', 'MISSING_VALUE_COLUMNS'],
  ])('refuses the header %j', (text, code) => {
    const error = failure(() => table(text));
    expect([error.status, error.code]).toEqual([400, code]);
  });
});
