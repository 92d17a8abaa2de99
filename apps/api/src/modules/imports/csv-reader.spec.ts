import { detectDelimiter, readCsv } from './csv-reader';
import { failure } from './import-failure.testing';
import { IMPORT_LIMITS } from './import-limits';
import type { Sheet } from './sheet';

const csv = (text: string | Buffer) => readCsv(typeof text === 'string' ? Buffer.from(text, 'utf8') : text, IMPORT_LIMITS);
const texts = (sheet: Sheet) => sheet.rows.map((r) => [r.row, r.cells.map((c) => (c?.kind === 'text' ? c.text : null))]);

describe('readCsv', () => {
  it('reads semicolon-separated UTF-8 with a BOM, CRLF line ends and Polish text', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const sheet = csv(Buffer.concat([bom, Buffer.from('urząd;wskaźnik;wartość\r\nŁódź;E_SERVICES_COUNT;12,5\r\n', 'utf8')]));
    expect(texts(sheet)).toEqual([
      [1, ['urząd', 'wskaźnik', 'wartość']],
      [2, ['Łódź', 'E_SERVICES_COUNT', '12,5']],
    ]);
  });

  it('reads comma-separated files with quoted delimiters, doubled quotes and line breaks inside quotes', () => {
    const sheet = csv('indicator,value,comment\nA,"1,5","say ""hi""\nnext line"\nB,2,\n');
    expect(texts(sheet)).toEqual([
      [1, ['indicator', 'value', 'comment']],
      [2, ['A', '1,5', 'say "hi"\nnext line']],
      [3, ['B', '2', null]],
    ]);
  });

  it('numbers rows as records and leaves out blank ones (row numbers stay those a spreadsheet shows)', () => {
    const sheet = csv('indicator;value\n\nA;1\n;\nB;2');
    expect(sheet.rows.map((r) => r.row)).toEqual([1, 3, 5]);
  });

  it('picks the delimiter of the header line, semicolon on a tie', () => {
    expect(detectDelimiter('a;b;c\n1,2')).toBe(';');
    expect(detectDelimiter('a,b,c\n')).toBe(',');
    expect(detectDelimiter('a\tb\n')).toBe('\t');
    expect(detectDelimiter('"a;b",c\n')).toBe(',');
    expect(detectDelimiter('a;b,c')).toBe(';');
  });

  it.each([
    ['indicator;value\nA;"1\n', { code: 'CSV_MALFORMED', params: { row: 2, reason: 'UNCLOSED_QUOTE' } }],
    ['indicator;value\nA;"1"x\n', { code: 'CSV_MALFORMED', params: { row: 2, reason: 'AFTER_QUOTE' } }],
    ['', { code: 'EMPTY_FILE', params: {} }],
    [' \n\n', { code: 'EMPTY_FILE', params: {} }],
  ])('refuses %j', (text, expected) => {
    const error = failure(() => csv(text));
    expect({ status: error.status, code: error.code, params: error.params }).toEqual({ status: 400, ...expected });
  });

  it('refuses text that is not UTF-8 (e.g. Windows-1250), naming the row', () => {
    const cp1250 = Buffer.concat([Buffer.from('indicator;comment\nA;'), Buffer.from([0xb3, 0xf3, 0x64, 0x9f]), Buffer.from('\n')]);
    const error = failure(() => csv(cp1250));
    expect([error.status, error.code, error.params]).toEqual([400, 'NOT_UTF8', { row: 2 }]);
  });

  it('refuses UTF-16 and binary content', () => {
    expect(failure(() => csv(Buffer.from('\ufeffindicator;value', 'utf16le'))).code).toBe('UTF16');
    const binary = failure(() => csv(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])));
    expect([binary.status, binary.code]).toEqual([415, 'UNSUPPORTED_FORMAT']);
  });

  it('stops at the row limit', () => {
    const limits = { ...IMPORT_LIMITS, maxRows: 3 };
    expect(readCsv(Buffer.from('indicator;value\nA;1\nB;2\nC;3\n'), limits).rows).toHaveLength(4);
    const error = failure(() => readCsv(Buffer.from('indicator;value\nA;1\nB;2\nC;3\nD;4\n'), limits));
    expect([error.status, error.code, error.params]).toEqual([413, 'TOO_MANY_ROWS', { max: 3 }]);
  });

  it('keeps a trailing empty field and a file without a final line break', () => {
    expect(texts(csv('a;b;\n1;2;'))).toEqual([
      [1, ['a', 'b', null]],
      [2, ['1', '2', null]],
    ]);
  });
});
