import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { failure } from './import-failure.testing';
import { readImportFile } from './import-file';
import { IMPORT_LIMITS, type ImportLimits } from './import-limits';
import type { Sheet } from './sheet';
import { readXlsx } from './xlsx-reader';
import { writeXlsx, xlsxParts } from './xlsx-writer';
import { writeZip, type ZipInput } from './zip-archive';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

const values = (sheet: Sheet) =>
  sheet.rows.map((r) => [
    r.row,
    Array.from(r.cells, (c) => (c === undefined ? null : c.kind === 'number' ? c.value : `${c.kind}:${c.text}`)),
  ]);

/** A workbook whose first sheet is this XML (between <sheetData> tags), with other parts replaced or added. */
function workbook(sheetData: string, extra: Record<string, string | Buffer> = {}): Buffer {
  const parts = xlsxParts([{ name: 'Import', rows: [] }]).map((part) =>
    part.name === 'xl/worksheets/sheet1.xml'
      ? { ...part, data: Buffer.from(`<worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData></worksheet>`) }
      : part,
  );
  const replaced = parts.map((part) => (extra[part.name] === undefined ? part : { name: part.name, data: Buffer.from(extra[part.name]) }));
  const added: ZipInput[] = Object.entries(extra)
    .filter(([name]) => !parts.some((p) => p.name === name))
    .map(([name, data]) => ({ name, data: Buffer.from(data) }));
  return writeZip([...replaced, ...added]);
}

/** Rewrites the declared uncompressed size of one entry in both the local and the central header. */
function lieAboutSize(zip: Buffer, name: string, declared: number): Buffer {
  const copy = Buffer.from(zip);
  for (let at = 0; at < copy.length - 4; at++) {
    const signature = copy.readUInt32LE(at);
    if (signature === 0x04034b50 && copy.toString('utf8', at + 30, at + 30 + copy.readUInt16LE(at + 26)) === name)
      copy.writeUInt32LE(declared, at + 22);
    if (signature === 0x02014b50 && copy.toString('utf8', at + 46, at + 46 + copy.readUInt16LE(at + 28)) === name)
      copy.writeUInt32LE(declared, at + 24);
  }
  return copy;
}

describe('readXlsx', () => {
  it('reads inline strings, shared strings (rich text, no phonetic runs), numbers, booleans and errors by cell reference', () => {
    const strings = `<sst xmlns="${MAIN}"><si><t>Urząd</t></si><si><r><t>CASE_</t></r><r><rPr><b/></rPr><t>DAYS</t></r><rPh><t>x</t></rPh></si><si><t xml:space="preserve"> a_x000D_b </t></si></sst>`;
    const file = workbook(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>wartość &amp; &#322;</t></is></c></row>' +
        '<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3"><v>12.5</v></c><c r="C3" t="b"><v>1</v></c><c r="D3" t="e"><v>#DIV/0!</v></c><c r="E3" t="s"><v>2</v></c></row>',
      {
        'xl/sharedStrings.xml': strings,
        'xl/_rels/workbook.xml.rels':
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/></Relationships>',
      },
    );
    expect(values(readXlsx(file, IMPORT_LIMITS))).toEqual([
      [1, ['text:Urząd', null, 'text:wartość & ł']],
      [3, ['text:CASE_DAYS', 12.5, 'text:TRUE', 'error:#DIV/0!', 'text: a\rb ']],
    ]);
  });

  it('reads namespace-prefixed parts (as .NET writers make them) and cells without references', () => {
    const file = workbook('', {
      'xl/worksheets/sheet1.xml': `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    });
    expect(values(readXlsx(file, IMPORT_LIMITS))).toEqual([[1, ['text:a', 2]]]);
  });

  it('shows a percentage-formatted number as the percent the user typed (45% → 45)', () => {
    const styles = `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot;%&quot;"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>`;
    const file = workbook('<row r="1"><c r="A1" s="1"><v>0.145</v></c><c r="B1" s="2"><v>0.5</v></c><c r="C1" s="3"><v>0.5</v></c></row>', {
      'xl/styles.xml': styles,
    });
    expect(values(readXlsx(file, IMPORT_LIMITS))).toEqual([[1, [14.5, 0.5, 50]]]);
  });

  it('lists formula cells (never evaluated) with their positions', () => {
    const file = workbook(
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="B2"><f>A1*2</f><v>2</v></c><c r="C2" t="str"><f t="shared" si="0"/><v>x</v></c></row>',
    );
    expect(readXlsx(file, IMPORT_LIMITS).formulas).toEqual([
      { row: 2, column: 1 },
      { row: 2, column: 2 },
    ]);
  });

  it('reads workbooks written by another program (openpyxl): character references, percent formats, numbers in text columns; later sheets left out', () => {
    const file = readFileSync(join(__dirname, 'fixtures/openpyxl-values.xlsx'));
    expect(values(readXlsx(file, IMPORT_LIMITS))).toEqual([
      [1, ['text:Urząd', 'text:Okres', 'text:Wskaźnik', 'text:Wartość', 'text:Licznik', 'text:Mianownik', 'text:Komentarz']],
      [2, ['text:Urząd Miasta Dzierżoniów', 'text:2011-Q2', 'text:E_SERVICES_COUNT', 14, null, null, 'text:zażółć gęślą jaźń']],
      [3, ['text:Urząd Miasta Dzierżoniów', 'text:2011-Q2', 'text:CASES_ON_TIME_PCT', null, 95.5, 100]],
      [4, ['text:Urząd Miasta Dzierżoniów', 'text:2011-Q2', 'text:E_APPLICATIONS_PCT', 45.5]],
      [6, ['text:Urząd Miasta Dzierżoniów', 2011, 'text:CLIENT_SATISFIED_PCT', null, 80, 120, 'text:okres wpisany jako liczba']],
    ]);
    const withFormula = readXlsx(readFileSync(join(__dirname, 'fixtures/openpyxl-formula.xlsx')), IMPORT_LIMITS);
    expect(withFormula.formulas).toEqual([{ row: 2, column: 1 }]);
  });

  it('reads a workbook it wrote (the template writer) back', () => {
    const file = writeXlsx([
      { name: 'A', rows: [['x', 1.5, null, { value: 'y', style: 'muted' }]] },
      { name: 'B', rows: [['ignored']] },
    ]);
    expect(values(readXlsx(file, IMPORT_LIMITS))).toEqual([[1, ['text:x', 1.5, null, 'text:y']]]);
  });

  it.each([
    ['a macro workbook (vbaProject.bin)', () => workbook('', { 'xl/vbaProject.bin': 'binary' }), 415, 'MACROS'],
    [
      'a macro workbook (content type)',
      () =>
        workbook('', {
          '[Content_Types].xml': '<Types><Override ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>',
        }),
      415,
      'MACROS',
    ],
    ['a binary workbook', () => workbook('', { 'xl/workbook.bin': 'binary' }), 415, 'XLSB'],
    ['a zip that is no workbook', () => writeZip([{ name: 'word/document.xml', data: Buffer.from('<w/>') }]), 415, 'UNSUPPORTED_FORMAT'],
    [
      'a DOCTYPE (entity expansion)',
      () => workbook('', { 'xl/worksheets/sheet1.xml': '<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet/>' }),
      400,
      'XLSX_MALFORMED',
    ],
    ['unbalanced XML', () => workbook('<row r="1"><c r="A1"><v>1</v></row>'), 400, 'XLSX_MALFORMED'],
    ['a missing shared string', () => workbook('<row r="1"><c r="A1" t="s"><v>7</v></c></row>'), 400, 'XLSX_MALFORMED'],
    ['a number cell holding text', () => workbook('<row r="1"><c r="A1"><v>abc</v></c></row>'), 400, 'XLSX_MALFORMED'],
    ['a truncated archive', () => workbook('<row r="1"><c r="A1"><v>1</v></c></row>').subarray(0, 300), 400, 'ZIP_MALFORMED'],
  ])('refuses %s', (_name, build, status, code) => {
    const error = failure(() => readImportFile(build(), IMPORT_LIMITS));
    expect([error.status, error.code]).toEqual([status, code]);
  });

  it('refuses a damaged part (checksum)', () => {
    const file = workbook('<row r="1"><c r="A1"><v>1</v></c></row>');
    const central = file.lastIndexOf(Buffer.from('xl/worksheets/sheet1.xml')) - 46;
    const copy = Buffer.from(file);
    copy.writeUInt32LE((copy.readUInt32LE(central + 16) + 1) >>> 0, central + 16);
    expect(failure(() => readXlsx(copy, IMPORT_LIMITS)).params).toEqual({ reason: 'xl/worksheets/sheet1.xml fails its checksum' });
  });

  it('refuses an encrypted entry and an OLE compound file (old .xls or password-protected workbook)', () => {
    const file = Buffer.from(workbook(''));
    const central = file.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    file.writeUInt16LE(file.readUInt16LE(central + 8) | 1, central + 8);
    expect(failure(() => readXlsx(file, IMPORT_LIMITS)).code).toBe('ENCRYPTED');
    const ole = Buffer.alloc(512);
    ole.writeBigUInt64BE(0xd0cf11e0a1b11ae1n, 0);
    expect(failure(() => readImportFile(ole, IMPORT_LIMITS)).code).toBe('OLD_XLS_OR_ENCRYPTED');
    Buffer.from('EncryptionInfo', 'utf16le').copy(ole, 100);
    expect(failure(() => readImportFile(ole, IMPORT_LIMITS)).code).toBe('ENCRYPTED');
  });

  describe('zip bombs', () => {
    const limits: ImportLimits = {
      ...IMPORT_LIMITS,
      maxPartBytes: 4 * 1024 * 1024,
      maxTotalBytes: 6 * 1024 * 1024,
      ratioFloorBytes: 64 * 1024,
    };
    /** A sheet of `bytes` of repeated rows: compresses about 1000 times. */
    const bigSheet = (bytes: number) => {
      const row = '<row><c t="inlineStr"><is><t>aaaaaaaaaaaaaaaaaaaa</t></is></c></row>';
      return `<worksheet xmlns="${MAIN}"><sheetData>${row.repeat(Math.ceil(bytes / row.length))}</sheetData></worksheet>`;
    };

    it('refuses a part whose declared size passes the part limit, before inflating it', () => {
      const file = workbook('', { 'xl/worksheets/sheet1.xml': bigSheet(5 * 1024 * 1024) });
      expect(file.length).toBeLessThan(64 * 1024);
      const error = failure(() => readXlsx(file, limits));
      expect([error.status, error.code]).toEqual([413, 'PART_TOO_LARGE']);
    });

    it('refuses a part that unpacks more than the ratio limit', () => {
      const file = workbook('', { 'xl/worksheets/sheet1.xml': bigSheet(2 * 1024 * 1024) });
      const error = failure(() => readXlsx(file, limits));
      expect([error.status, error.code, error.params.ratio]).toEqual([413, 'ZIP_BOMB', 100]);
    });

    it('stops inflating a part whose headers lie about its size', () => {
      const file = lieAboutSize(workbook('', { 'xl/worksheets/sheet1.xml': bigSheet(50 * 1024 * 1024) }), 'xl/worksheets/sheet1.xml', 1000);
      const started = process.hrtime.bigint();
      const error = failure(() => readXlsx(file, IMPORT_LIMITS));
      expect([error.status, error.code]).toEqual([413, 'SIZE_MISMATCH']);
      // 50 MB were never produced: the inflater stopped at the declared 1,000 bytes.
      expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(2000);
    });

    it('counts the parts read together against the total limit', () => {
      const sheet = Buffer.from(`<worksheet xmlns="${MAIN}"><sheetData>${'<row><c><v>1</v></c></row>'.repeat(1)}</sheetData></worksheet>`);
      const strings = `<sst xmlns="${MAIN}">${'<si><t>x</t></si>'.repeat((3 * 1024 * 1024) / 17)}</sst>`;
      const styles = `<styleSheet xmlns="${MAIN}"><cellXfs>${'<xf numFmtId="0"/>'.repeat((3.5 * 1024 * 1024) / 18)}</cellXfs></styleSheet>`;
      const file = workbook('', {
        'xl/worksheets/sheet1.xml': sheet,
        'xl/sharedStrings.xml': strings,
        'xl/styles.xml': styles,
        'xl/_rels/workbook.xml.rels':
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
      });
      const error = failure(() => readXlsx(file, { ...limits, maxRatio: 10_000 }));
      expect([error.status, error.code, error.params.max]).toEqual([413, 'PART_TOO_LARGE', 6 * 1024 * 1024]);
    });

    it('has a compression ratio only a crafted file reaches (a real sheet of numbers stays far below it)', () => {
      const rows = Array.from(
        { length: 20_000 },
        (_, i) =>
          `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>Urząd ${i % 600}</t></is></c><c r="B${i + 1}"><v>${(i * 7.31) % 1000}</v></c></row>`,
      ).join('');
      const xml = Buffer.from(`<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`);
      expect(xml.length / deflateRawSync(xml).length).toBeLessThan(IMPORT_LIMITS.maxRatio / 4);
    });
  });

  it('stops at the row limit', () => {
    const file = workbook(Array.from({ length: 5 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join(''));
    const error = failure(() => readXlsx(file, { ...IMPORT_LIMITS, maxRows: 3 }));
    expect([error.status, error.code]).toEqual([413, 'TOO_MANY_ROWS']);
  });
});
