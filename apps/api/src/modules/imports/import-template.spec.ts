import { readCsv } from './csv-reader';
import { IMPORT_LIMITS } from './import-limits';
import { interpretSheet } from './import-table';
import { buildTemplate, type TemplateIndicator } from './import-template';
import { readXlsx } from './xlsx-reader';
import { ZipArchive } from './zip-archive';

const indicator = (overrides: Partial<TemplateIndicator>): TemplateIndicator => ({
  code: 'E_SERVICES_COUNT',
  namePl: 'Liczba e-usług',
  unit: 'count',
  periodicity: 'QUARTERLY',
  inputKind: 'VALUE',
  scale: 1,
  numeratorLabelPl: null,
  denominatorLabelPl: null,
  minValue: 0,
  maxValue: 10000,
  mandatory: true,
  ...overrides,
});

const ratio = indicator({
  code: 'CASES_ON_TIME_PCT',
  namePl: 'Sprawy na czas',
  unit: 'pct',
  inputKind: 'RATIO',
  scale: 100,
  numeratorLabelPl: 'na czas',
  denominatorLabelPl: 'wszystkie',
  maxValue: 100,
  mandatory: false,
});

describe('buildTemplate', () => {
  const file = buildTemplate({
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
    const blank = buildTemplate({ programmeName: 'P', period: null, offices: [], ambiguousNames: new Set(), indicators: [indicator({})] });
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
});
