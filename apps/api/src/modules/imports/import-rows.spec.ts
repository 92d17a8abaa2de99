import { ImportFailure } from './import-failure';
import { type ImportContext, periodKey, resolveRows } from './import-rows';
import type { ColumnKey, ImportRow, ImportTable } from './import-table';

const OFFICE_A = '11111111-1111-4111-8111-111111111111';
const OFFICE_B = '22222222-2222-4222-8222-222222222222';
const OFFICE_B2 = '33333333-3333-4333-8333-333333333333';
const Q2 = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const Q3 = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

const context = (overrides: Partial<ImportContext> = {}): ImportContext => ({
  programmeId: 'p',
  offices: [
    { id: OFFICE_A, name: 'Urząd Miasta Dzierżoniów' },
    { id: OFFICE_B, name: 'Urząd Gminy' },
    { id: OFFICE_B2, name: 'Urząd  gminy ' },
  ],
  periods: [
    { id: Q2, label: '2011-Q2' },
    { id: Q3, label: 'CAF 2011' },
  ],
  chosenPeriod: null,
  coordinated: [OFFICE_A],
  ...overrides,
});

const row = (n: number, fields: Partial<ImportRow>): ImportRow => ({
  row: n,
  office: null,
  period: null,
  indicator: 'E_SERVICES_COUNT',
  value: 1,
  numerator: null,
  denominator: null,
  comment: null,
  unreadable: false,
  ...fields,
});

const table = (rows: ImportRow[], columns: ColumnKey[] = ['office', 'period', 'indicator', 'value']): ImportTable => ({
  columns: Object.fromEntries(columns.map((column, index) => [column, index])),
  rows,
  dataRows: rows.length,
  problems: [],
});

describe('resolveRows', () => {
  it('finds offices by id or by name (case and spacing aside) and periods by label in any spelling', () => {
    const { entries, problems } = resolveRows(
      table([
        row(2, { office: OFFICE_A.toUpperCase(), period: '2011-Q2' }),
        row(3, { office: '  urząd miasta   dzierżoniów', period: '2011 q2', indicator: 'cases_on_time_pct ' }),
        row(4, { office: OFFICE_A, period: 'caf-2011' }),
      ]),
      context(),
    );
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.ref, e.officeId, e.periodId, e.indicatorCode])).toEqual([
      [2, OFFICE_A, Q2, 'E_SERVICES_COUNT'],
      [3, OFFICE_A, Q2, 'CASES_ON_TIME_PCT'],
      [4, OFFICE_A, Q3, 'E_SERVICES_COUNT'],
    ]);
  });

  it('falls back on the only coordinated office and on the chosen period', () => {
    const { entries } = resolveRows(table([row(2, {})], ['indicator', 'value']), context({ chosenPeriod: { id: Q2, label: '2011-Q2' } }));
    expect(entries).toEqual([
      {
        ref: 2,
        officeId: OFFICE_A,
        periodId: Q2,
        indicatorCode: 'E_SERVICES_COUNT',
        value: 1,
        numerator: null,
        denominator: null,
        comment: null,
      },
    ]);
  });

  it('needs the office column when the caller coordinates several offices, and the period column when no period is chosen', () => {
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as ImportFailure).code;
      }
      return null;
    };
    expect(codeOf(() => resolveRows(table([], ['period', 'indicator', 'value']), context({ coordinated: [OFFICE_A, OFFICE_B] })))).toBe(
      'OFFICE_COLUMN_NEEDED',
    );
    expect(codeOf(() => resolveRows(table([], ['office', 'indicator', 'value']), context()))).toBe('PERIOD_COLUMN_NEEDED');
  });

  it('reports unknown, ambiguous and missing offices and periods, a period other than the chosen one, and repeated rows', () => {
    const { entries, problems } = resolveRows(
      table([
        row(2, { office: 'Urząd Nieznany', period: '2011-Q2' }),
        row(3, { office: 'urząd gminy', period: '2011-Q2' }),
        row(4, { office: OFFICE_A, period: '2011-Q9' }),
        row(5, { office: OFFICE_A, period: 'CAF 2011' }),
        row(6, { office: OFFICE_A, period: null }),
        row(7, { office: OFFICE_A, period: '2011-Q2' }),
        row(8, { office: 'Urząd Miasta Dzierżoniów', period: '2011Q2' }),
      ]),
      context({ chosenPeriod: { id: Q2, label: '2011-Q2' }, coordinated: [OFFICE_A, OFFICE_B] }),
    );
    expect(problems).toEqual([
      { row: 2, column: 'office', cell: 'A2', code: 'OFFICE_UNKNOWN', params: { office: 'Urząd Nieznany' } },
      { row: 3, column: 'office', cell: 'A3', code: 'OFFICE_AMBIGUOUS', params: { office: 'urząd gminy' } },
      { row: 4, column: 'period', cell: 'B4', code: 'PERIOD_UNKNOWN', params: { period: '2011-Q9' } },
      { row: 5, column: 'period', cell: 'B5', code: 'PERIOD_MISMATCH', params: { period: 'CAF 2011', chosen: '2011-Q2' } },
      { row: 7, column: 'indicator', cell: 'C7', code: 'DUPLICATE_ROW', params: { first: 6 } },
      { row: 8, column: 'indicator', cell: 'C8', code: 'DUPLICATE_ROW', params: { first: 6 } },
    ]);
    expect(entries.map((e) => e.ref)).toEqual([6]);
  });

  it('never turns an unreadable row into an entry', () => {
    expect(resolveRows(table([row(2, { office: OFFICE_A, period: '2011-Q2', unreadable: true })]), context()).entries).toEqual([]);
  });

  it('spells period labels one way', () => {
    expect(['2011-Q2', '2011 q2', ' 2011q2', '2011_Q2'].map(periodKey)).toEqual(['2011Q2', '2011Q2', '2011Q2', '2011Q2']);
  });
});
