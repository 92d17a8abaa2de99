import { CSV_BOM, buildCsv, csvCell, fileNameFrom, neutraliseCsvCell } from './csv';

describe('buildCsv', () => {
  it('starts with a byte order mark, separates cells with semicolons and rows with CRLF', () => {
    const csv = buildCsv(['Urząd', 'Wartość'], [['Urząd Miasta Kłodzko', '12,5 %']]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('Urząd;Wartość\r\nUrząd Miasta Kłodzko;12,5 %\r\n');
  });

  it('quotes cells holding a quote, a semicolon or a line break, doubling the quotes', () => {
    expect(csvCell('Urząd "Nowy"')).toBe('"Urząd ""Nowy"""');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('dwa\nwiersze')).toBe('"dwa\nwiersze"');
    expect(csvCell('a,b')).toBe('a,b');
    expect(buildCsv(['x'], [['a;b'], ['c']]).slice(1)).toBe('x\r\n"a;b"\r\nc\r\n');
  });

  it('keeps an empty row and empty cells', () => {
    expect(buildCsv(['a', 'b'], [['', '']]).slice(1)).toBe('a;b\r\n;\r\n');
  });
});

describe('neutraliseCsvCell', () => {
  it.each(['=SUM(A1:A2)', '+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx', '=1+1', '-', '-15 p.p.'])('puts an apostrophe before %j', (text) => {
    expect(neutraliseCsvCell(text)).toBe(`'${text}`);
  });

  it.each(['-1,5', '+15', '-3 %', '-1 234,5', '-1\u00a0234,5', '-0.25', '12,5', 'Urząd', '3 z 5', ''])('leaves %j as it is', (text) => {
    expect(neutraliseCsvCell(text)).toBe(text);
  });

  it('neutralises before quoting', () => {
    expect(csvCell('=HYPERLINK("http://x";"y")')).toBe('"\'=HYPERLINK(""http://x"";""y"")"');
  });
});

describe('fileNameFrom', () => {
  it('folds Polish letters and joins words with hyphens', () => {
    expect(fileNameFrom('Zadowolenie klientów: łączna ocena, Żółć – 2025-Q3', 'csv')).toBe(
      'zadowolenie-klientow-laczna-ocena-zolc-2025-q3.csv',
    );
    expect(fileNameFrom('ŁÓDŹ', 'png')).toBe('lodz.png');
  });

  it('falls back when nothing is left, and stays short', () => {
    expect(fileNameFrom('…', 'csv')).toBe('dane.csv');
    expect(fileNameFrom('a'.repeat(200), 'csv')).toBe(`${'a'.repeat(80)}.csv`);
  });
});
