import { readCsv } from './csv-reader';
import { IMPORT_LIMITS } from './import-limits';
import { interpretSheet } from './import-table';
import { formOrder } from '@officebench/domain';
import { buildTemplate, type TemplateIndicator, type TemplateInput } from './import-template';
import { readXlsx } from './xlsx-reader';
import { ZipArchive } from './zip-archive';

const indicator = (overrides: Partial<TemplateIndicator>): TemplateIndicator => ({
  code: 'E_SERVICES_COUNT',
  namePl: 'Liczba e-usług',
  nameEn: 'E-services',
  unit: 'count',
  periodicity: 'QUARTERLY',
  inputKind: 'VALUE',
  scale: 1,
  cafCriterion: 4,
  numeratorLabelPl: null,
  denominatorLabelPl: null,
  numeratorLabelEn: null,
  denominatorLabelEn: null,
  minValue: 0,
  maxValue: 10000,
  mandatory: true,
  ...overrides,
});

const ratio = indicator({
  code: 'CASES_ON_TIME_PCT',
  namePl: 'Sprawy na czas',
  nameEn: 'Cases on time',
  unit: 'pct',
  inputKind: 'RATIO',
  scale: 100,
  cafCriterion: 9,
  numeratorLabelPl: 'na czas',
  denominatorLabelPl: 'wszystkie',
  numeratorLabelEn: 'on time',
  denominatorLabelEn: 'all',
  maxValue: 100,
  mandatory: false,
});

describe('buildTemplate', () => {
  const file = buildTemplate({
    language: 'pl',
    programmeName: 'Program <&> testowy',
    period: { label: '2011-Q2' },
    offices: [
      { id: 'id-a', name: 'Urząd A' },
      { id: 'id-b', name: 'Urząd Gminy' },
    ],
    ambiguousNames: new Set(['Urząd Gminy']),
    indicators: [indicator({}), ratio],
  });

  it('is an import file as it stands: header, and per office a row per indicator with office and period filled in', () => {
    const table = interpretSheet(readXlsx(file, IMPORT_LIMITS), IMPORT_LIMITS);
    expect(table.columns).toEqual({ office: 0, period: 1, indicator: 2, value: 5, numerator: 6, denominator: 7, comment: 8 });
    expect(table.dataRows).toBe(4);
    // nothing to write until values are entered
    expect(table.rows).toEqual([]);
    const sheet = readXlsx(file, IMPORT_LIMITS);
    expect(sheet.rows.slice(1).map((row) => row.cells.slice(0, 3).map((cell) => (cell?.kind === 'text' ? cell.text : null)))).toEqual([
      ['Urząd A', '2011-Q2', 'E_SERVICES_COUNT'],
      ['Urząd A', '2011-Q2', 'CASES_ON_TIME_PCT'],
      // a name shared by two offices of the programme is written as the office's id
      ['id-b', '2011-Q2', 'E_SERVICES_COUNT'],
      ['id-b', '2011-Q2', 'CASES_ON_TIME_PCT'],
    ]);
  });

  it('greys out the cells that do not apply: value for a ratio, numerator and denominator for a value', () => {
    const xml = new ZipArchive(file, IMPORT_LIMITS).read('xl/worksheets/sheet1.xml')?.toString('utf8') ?? '';
    expect(xml).toContain('<c r="F3" s="2"/>');
    expect(xml).not.toMatch(/<c r="G3" s="2"/);
    expect(xml).toMatch(/<c r="G2" s="2"\/><c r="H2" s="2"\/>/);
    expect(xml).not.toMatch(/<c r="F2" s="2"/);
  });

  it('explains the columns and lists the indicators with unit, how they are entered and their range on a second sheet', () => {
    const archive = new ZipArchive(file, IMPORT_LIMITS);
    expect(archive.read('xl/workbook.xml')?.toString('utf8')).toMatch(/<sheet name="Import"[^>]*\/><sheet name="Objaśnienia"/);
    const xml = archive.read('xl/worksheets/sheet2.xml')?.toString('utf8') ?? '';
    expect(xml).toContain('Program &lt;&amp;&gt; testowy, okres 2011-Q2');
    expect(xml).toContain('licznik (na czas) i mianownik (wszystkie); wartość = licznik / mianownik × 100');
    expect(xml).toContain('0–10000');
    expect(xml).toContain('<t>%</t>');
  });

  it('leaves the office blank for a caller who coordinates no office of the programme', () => {
    const blank = buildTemplate({
      language: 'pl',
      programmeName: 'P',
      period: null,
      offices: [],
      ambiguousNames: new Set(),
      indicators: [indicator({})],
    });
    const sheet = readXlsx(blank, IMPORT_LIMITS);
    expect(sheet.rows).toHaveLength(2);
    expect([sheet.rows[1].cells[0], sheet.rows[1].cells[1]]).toEqual([undefined, undefined]);
  });

  it('has header names a CSV may use as well', () => {
    const header = readXlsx(file, IMPORT_LIMITS)
      .rows[0].cells.map((cell) => (cell?.kind === 'text' ? cell.text : ''))
      .join(';');
    const csv = interpretSheet(readCsv(Buffer.from(`${header}\nUrząd A;2011-Q2;E_SERVICES_COUNT;;;5;;;\n`), IMPORT_LIMITS), IMPORT_LIMITS);
    expect(csv.rows.map((row) => [row.office, row.indicator, row.value])).toEqual([['Urząd A', 'E_SERVICES_COUNT', 5]]);
  });

  it('names the units as the form does, and says on each ratio row what its numerator and denominator count, in Polish', () => {
    const sheet = readXlsx(file, IMPORT_LIMITS);
    const text = (row: number, column: number) => {
      const cell = sheet.rows[row].cells[column];
      return cell?.kind === 'text' ? cell.text : null;
    };
    expect([text(1, 3), text(1, 4)]).toEqual(['Liczba e-usług', 'szt.']);
    expect([text(2, 3), text(2, 4)]).toEqual(['Sprawy na czas (licznik: na czas; mianownik: wszystkie)', '%']);
  });
});

/** The help sheet's text without the bilingual column names ("licznik (numerator)"). */
const withoutColumnNames = (xml: string) =>
  xml.replace(/[a-ząćęłńóśźż ]+ \((office|period|indicator|name|unit|value|numerator|denominator|comment)\)/g, '');

describe('a prefilled template', () => {
  const annual = indicator({ code: 'CAF_TOTAL_SCORE', namePl: 'Wynik CAF', nameEn: 'CAF score', unit: 'points', cafCriterion: null });
  const days = indicator({
    code: 'CASE_HANDLING_DAYS',
    namePl: 'Czas załatwienia',
    nameEn: 'Handling time',
    unit: 'days',
    inputKind: 'RATIO',
    cafCriterion: 9,
    numeratorLabelPl: 'suma dni',
    denominatorLabelPl: 'sprawy załatwione',
    numeratorLabelEn: 'sum of days',
    denominatorLabelEn: 'cases settled',
    minValue: 0,
    maxValue: null,
  });
  const input = (overrides: Partial<TemplateInput> = {}): TemplateInput => ({
    language: 'pl',
    programmeName: 'P',
    period: { label: '2011-Q2' },
    offices: [{ id: 'id-a', name: 'Urząd A' }],
    ambiguousNames: new Set(),
    // programme order: the general indicator first, criterion 9 before criterion 4
    indicators: formOrder([annual, ratio, indicator({}), days], (i) => i.cafCriterion),
    saved: new Map([
      [
        'id-a',
        new Map([
          ['E_SERVICES_COUNT', { value: 12, numerator: null, denominator: null, comment: 'po zmianie' }],
          ['CASES_ON_TIME_PCT', { value: 95.5, numerator: 191, denominator: 200, comment: null }],
        ]),
      ],
    ]),
    ...overrides,
  });

  it('keeps the form order: by CAF criterion, the general indicators last, programme order within a criterion', () => {
    expect(formOrder([annual, ratio, indicator({}), days], (i) => i.cafCriterion).map(({ code }) => code)).toEqual([
      'E_SERVICES_COUNT',
      'CASES_ON_TIME_PCT',
      'CASE_HANDLING_DAYS',
      'CAF_TOTAL_SCORE',
    ]);
  });

  it('holds the saved values in their cells (value, or numerator and denominator, and the comment), the rest empty', () => {
    const table = interpretSheet(readXlsx(buildTemplate(input()), IMPORT_LIMITS), IMPORT_LIMITS);
    expect(table.problems).toEqual([]);
    expect(
      table.rows.map(({ indicator, value, numerator, denominator, comment }) => [indicator, value, numerator, denominator, comment]),
    ).toEqual([
      ['E_SERVICES_COUNT', 12, null, null, 'po zmianie'],
      ['CASES_ON_TIME_PCT', null, 191, 200, null],
    ]);
    expect(table.dataRows).toBe(4);
  });

  it('fills in only the office whose values they are', () => {
    const two = buildTemplate(
      input({
        offices: [
          { id: 'id-a', name: 'Urząd A' },
          { id: 'id-b', name: 'Urząd B' },
        ],
      }),
    );
    const table = interpretSheet(readXlsx(two, IMPORT_LIMITS), IMPORT_LIMITS);
    expect(new Set(table.rows.map(({ office }) => office))).toEqual(new Set(['Urząd A']));
    expect(table.dataRows).toBe(8);
  });

  it('is written in English on asking: names, the form’s English units, the definitions and the explanations', () => {
    const file = buildTemplate(input({ language: 'en' }));
    const sheet = readXlsx(file, IMPORT_LIMITS);
    const row = sheet.rows.find((r) => r.cells[2]?.kind === 'text' && r.cells[2].text === 'CASE_HANDLING_DAYS');
    expect(row?.cells.slice(3, 5).map((cell) => (cell?.kind === 'text' ? cell.text : null))).toEqual([
      'Handling time (numerator: sum of days; denominator: cases settled)',
      'days',
    ]);
    const archive = new ZipArchive(file, IMPORT_LIMITS);
    expect(archive.read('xl/workbook.xml')?.toString('utf8')).toMatch(/<sheet name="Import"[^>]*\/><sheet name="Explanations"/);
    const help = archive.read('xl/worksheets/sheet2.xml')?.toString('utf8') ?? '';
    expect(help).toContain('numerator (on time) and denominator (all); value = numerator / denominator × 100');
    // the column names stay bilingual ("licznik (numerator)"); everything else is English
    expect(withoutColumnNames(help)).not.toMatch(/licznik|mianownik|wartość|Objaśnienia/);
  });

  it('in Polish defines the numerator and the denominator in Polish only', () => {
    const help = new ZipArchive(buildTemplate(input()), IMPORT_LIMITS).read('xl/worksheets/sheet2.xml')?.toString('utf8') ?? '';
    expect(help).toContain('licznik (suma dni) i mianownik (sprawy załatwione); wartość = licznik / mianownik');
    expect(withoutColumnNames(help)).not.toMatch(/sum of days|cases settled|numerator|denominator/);
  });
});
