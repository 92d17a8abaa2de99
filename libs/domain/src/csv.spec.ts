import fc from 'fast-check';
import { CSV_BOM, buildCsv, csvCell, fileNameFrom, formatCsvNumber, neutraliseCsvCell, plainDecimal } from './csv';

/** A CSV reader (RFC 4180 quoting) for the round trips below: the text after the byte order mark, as rows of cells. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

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

describe('plainDecimal and formatCsvNumber', () => {
  it.each([
    [1234.5678, '1234.5678'],
    [-2.5, '-2.5'],
    [0, '0'],
    [1e-7, '0.0000001'],
    [-1.25e-9, '-0.00000000125'],
    [1e21, '1000000000000000000000'],
    [1.5e22, '15000000000000000000000'],
    [123456789.123, '123456789.123'],
  ])('writes %p as %j (no exponent, no grouping)', (value, text) => {
    expect(plainDecimal(value)).toBe(text);
  });

  it('uses the chosen decimal mark, a comma by default', () => {
    expect(formatCsvNumber(1234.5678)).toBe('1234,5678');
    expect(formatCsvNumber(1234.5678, '.')).toBe('1234.5678');
    expect(formatCsvNumber(-0.5, ',')).toBe('-0,5');
  });

  it('refuses what is not a finite number', () => {
    expect(() => plainDecimal(Number.NaN)).toThrow(RangeError);
    expect(() => plainDecimal(Infinity)).toThrow(RangeError);
  });

  it('gives every finite double back exactly, with either mark (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = plainDecimal(value);
        expect(text).not.toMatch(/e/i);
        expect(Number(text)).toBe(value === 0 ? 0 : value);
        expect(Number(formatCsvNumber(value, ',').replace(',', '.'))).toBe(value === 0 ? 0 : value);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('buildCsv with options', () => {
  it('keeps its defaults for the dashboard (semicolons, numbers with a decimal comma)', () => {
    expect(buildCsv(['a', 'b'], [['x', 1234.5678]]).slice(1)).toBe('a;b\r\nx;1234,5678\r\n');
  });

  it('quotes a decimal comma in a comma-separated file, so it parses back', () => {
    const csv = buildCsv(['a', 'b'], [[1234.5678, -2]], { separator: ',', decimal: ',' });
    expect(csv.slice(1)).toBe('a,b\r\n"1234,5678",-2\r\n');
    expect(parseCsv(csv, ',')).toEqual([
      ['a', 'b'],
      ['1234,5678', '-2'],
    ]);
  });

  it('writes tabs and points when asked, empty cells for null', () => {
    expect(buildCsv(['a', 'b', 'c'], [[0.1, null, 'x\ty']], { separator: '\t', decimal: '.' }).slice(1)).toBe(
      'a\tb\tc\r\n0.1\t\t"x\ty"\r\n',
    );
  });

  it('neutralises hostile text but never a number cell', () => {
    const hostile = ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(1)', '\tX', '\rX'];
    const csv = buildCsv(
      ['t', 'n'],
      hostile.map((text) => [text, -3.5]),
      { separator: ',', decimal: '.' },
    );
    const rows = parseCsv(csv, ',').slice(1);
    expect(rows.map(([text]) => text)).toEqual(hostile.map((text) => `'${text}`));
    expect(rows.map(([, n]) => n)).toEqual(hostile.map(() => '-3.5'));
  });

  it('any texts and numbers parse back to what was written, for every separator and mark (property)', () => {
    const separators = [';', ',', '\t'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...separators),
        fc.constantFrom(',' as const, '.' as const),
        fc.array(fc.tuple(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true })), { minLength: 1, maxLength: 6 }),
        (separator, decimal, cells) => {
          const csv = buildCsv(['text', 'number'], cells, { separator, decimal });
          expect(csv.startsWith(CSV_BOM)).toBe(true);
          const rows = parseCsv(csv, separator).slice(1);
          expect(rows).toHaveLength(cells.length);
          rows.forEach(([text, number], i) => {
            expect(text).toBe(neutraliseCsvCell(cells[i][0]));
            expect(Number(number.replace(',', '.'))).toBe(cells[i][1] === 0 ? 0 : cells[i][1]);
            const start = text.charAt(0);
            if (['=', '+', '-', '@', '\t', '\r'].includes(start)) expect(text).toMatch(/^[+-]?\d/);
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
