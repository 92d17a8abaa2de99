import ExcelJS from 'exceljs';
import { exportStatusLabel, indicatorHeader, neutraliseCsvCell } from '@officebench/domain';
import request from 'supertest';
import { DEMO_LEAD_EMAIL, demoCoordinatorEmail } from '../src/database/seed/demo-seed';
import { demoAssessorEmail } from '../src/database/seed/caf-seed';
import { IMPORT_LIMITS } from '../src/modules/imports/import-limits';
import { ZipArchive } from '../src/modules/imports/zip-archive';
import { demoIds } from './support/fixtures';
import {
  BENCH_INDICATORS,
  type BenchApi,
  distinctiveProgramme,
  RELEASE_PERIOD,
  sessionCookieFor,
  startBenchApi,
} from './support/random-programme';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * The CSV and XLSX exports (docs/reports.md, "Exports"), read back with exceljs and a small RFC 4180
 * reader and compared with what the GraphQL API answers the same caller: the office's own values
 * (`submission`), the released cells (`benchmark`), the lead's identified values (`distribution`).
 */

type Cell = string | number | null;
interface Sheet {
  name: string;
  rows: Cell[][];
}

/** GET an export route, the body read whole as a Buffer whatever its type. */
function download(api: TestApi, path: string, query: Record<string, string>, cookie?: string): request.Test {
  let get = request(api.app.getHttpServer()).get(path).query(query);
  if (cookie) get = get.set('Cookie', cookie);
  return get.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

/** Every sheet as rows of plain values (no formula may be in any cell: that fails the read). */
async function readXlsx(content: Buffer): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const width = sheet.getRow(1).cellCount;
    const rows: Cell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      rows[number - 1] = Array.from({ length: width }, (_, c) => {
        const cell = row.getCell(c + 1);
        if (cell.type === ExcelJS.ValueType.Formula) throw new Error(`a formula in ${sheet.name}!${cell.address}`);
        const value = cell.value;
        if (value === null || value === undefined) return null;
        if (typeof value === 'number' || typeof value === 'string') return value;
        throw new Error(`an unexpected cell ${cell.address}: ${JSON.stringify(value)}`);
      });
    });
    return { name: sheet.name, rows };
  });
}

/** RFC 4180 with the given separator: the text after the byte order mark, rows ended by CRLF. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) throw new Error('the file does not end with CRLF');
  return rows;
}

/** The CSV's rows, checked against the XLSX sheet cell by cell: texts equal, numbers equal once the decimal mark is read. */
function expectSameTable(csv: string[][], sheet: Sheet, decimal: ',' | '.'): void {
  expect(csv).toHaveLength(sheet.rows.length);
  sheet.rows.forEach((row, r) => {
    const line = csv[r];
    expect(line.length).toBeLessThanOrEqual(row.length);
    row.forEach((cell, c) => {
      const text = line[c] ?? '';
      if (typeof cell === 'number') {
        expect(text).toMatch(decimal === ',' ? /^-?\d+(,\d+)?$/ : /^-?\d+(\.\d+)?$/);
        expect(Number(text.replace(',', '.'))).toBe(cell);
      } else expect(text).toBe(cell ?? '');
    });
  });
}

const HOSTILE = ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(1)', '\tX', '\rX'];
const PRECISE = 1234.5678;
const NEGATIVE = -2.5;

describe('exports of the demo programme', () => {
  let api: TestApi;
  let programmeId: string;
  let officeId: string;
  let otherOfficeId: string;
  let coordinator: string;
  let otherCoordinator: string;
  let assessor: string;
  let lead: string;
  let previousQuarterId: string;
  let periods: Array<{ id: string; label: string; released: boolean }>;
  let officeName: string;

  const gql = async (query: string, variables: Record<string, unknown>, cookie: string) => {
    const { body } = await api.graphql(query, variables, cookie);
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  beforeAll(async () => {
    api = await startTestApi();
    const ids = await demoIds(api.owner);
    programmeId = ids.programmeId;
    previousQuarterId = ids.previousQuarterId;
    coordinator = await api.signIn(demoCoordinatorEmail(2));
    const me = await gql(`{ me { roles { role office { id } } } }`, {}, coordinator);
    officeId = me.me.roles.find((role: { role: string }) => role.role === 'OFFICE_COORDINATOR').office.id;
    otherOfficeId = ids.officeIds.find((id) => id !== officeId) as string;
    const otherPosition = ids.officeIds.indexOf(otherOfficeId) + 1;
    otherCoordinator = await api.signIn(demoCoordinatorEmail(otherPosition));
    assessor = await api.signIn(demoAssessorEmail(ids.officeIds.indexOf(officeId) + 1, 1));
    lead = await api.signIn(DEMO_LEAD_EMAIL);

    // Hostile text where users type it (the office's name, comments on its values), a value with
    // many digits and a negative one, written as the owner.
    officeName = HOSTILE[0];
    await api.owner.query(`UPDATE office SET name = $2 WHERE id = $1`, [officeId, officeName]);
    const values: Array<{ submission_id: string; indicator_id: string; input_kind: string }> = await api.owner.query(
      `SELECT v.submission_id, v.indicator_id, i.input_kind FROM submission s JOIN submission_value v ON v.submission_id = s.id JOIN indicator i ON i.id = v.indicator_id
        WHERE s.office_id = $1 AND s.period_id = $2 AND v.value IS NOT NULL ORDER BY i.code`,
      [officeId, previousQuarterId],
    );
    expect(values.length).toBeGreaterThanOrEqual(HOSTILE.length);
    const plain: typeof values = await api.owner.query(
      `SELECT v.submission_id, v.indicator_id, i.input_kind FROM submission s JOIN submission_value v ON v.submission_id = s.id
         JOIN indicator i ON i.id = v.indicator_id JOIN period p ON p.id = s.period_id
        WHERE s.office_id = $1 AND v.value IS NOT NULL AND i.input_kind <> 'RATIO' ORDER BY p.starts_on DESC, i.code`,
      [officeId],
    );
    expect(plain.length).toBeGreaterThanOrEqual(2);
    // The submission is approved: its values are frozen by a trigger, which the owner steps past here.
    await api.owner.transaction(async (manager) => {
      await manager.query(`SET LOCAL session_replication_role = replica`);
      const set = (row: (typeof values)[number], column: 'comment' | 'value', value: string | number) =>
        manager.query(`UPDATE submission_value SET ${column} = $3 WHERE submission_id = $1 AND indicator_id = $2`, [
          row.submission_id,
          row.indicator_id,
          value,
        ]);
      for (const [i, text] of HOSTILE.entries()) await set(values[i], 'comment', text);
      await set(plain[0], 'value', PRECISE);
      await set(plain[1], 'value', NEGATIVE);
    });

    periods = (
      await api.owner.query(
        `SELECT id, label, released_at IS NOT NULL AS released FROM period WHERE programme_id = $1 AND opens_at <= now() ORDER BY starts_on, kind, label`,
        [programmeId],
      )
    ).map((p: { id: string; label: string; released: boolean }) => p);
  });

  afterAll(async () => {
    await api?.close();
  });

  const officeQuery = (extra: Record<string, string> = {}) => ({ programmeId, officeId, ...extra });

  it('office.xlsx: the own values per period equal the submission query’s, at full precision, units in the headers', async () => {
    const response = await download(api, '/api/exports/office.xlsx', officeQuery(), coordinator);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-disposition']).toBe('attachment; filename="officebench-hyperlink-http-x-dane.xlsx"');
    const [values, comparison] = await readXlsx(response.body);
    expect([values.name, comparison.name]).toEqual(['Wartości', 'Porównanie']);

    const [header, ...rows] = values.rows;
    expect(header.slice(0, 4)).toEqual(['Okres', 'Początek', 'Koniec', 'Status zgłoszenia']);
    expect(rows.map((row) => row[0])).toEqual(periods.map((p) => p.label));
    let compared = 0;
    for (const period of periods) {
      const row = rows.find((r) => r[0] === period.label)!;
      const { submission } = await gql(
        `query($o: ID!, $p: ID!) { submission(officeId: $o, periodId: $p) {
           status values { indicator { code name nameEn unit isRatio } value numerator denominator comment } } }`,
        { o: officeId, p: period.id },
        coordinator,
      );
      expect(row[3]).toBe(exportStatusLabel(submission?.status ?? null, 'pl'));
      for (const value of submission?.values ?? []) {
        const column = header.indexOf(indicatorHeader(value.indicator, 'pl'));
        expect(column).toBeGreaterThan(3);
        expect(row[column]).toBe(value.value);
        if (value.indicator.isRatio && value.numerator !== null) {
          expect(header[column + 1]).toMatch(/– licznik/);
          expect([row[column + 1], row[column + 2]]).toEqual([value.numerator, value.denominator]);
        }
        if (value.comment) {
          const commentColumn = header.findIndex((h, i) => i > column && String(h).endsWith('– komentarz'));
          expect(row[commentColumn]).toBe(neutraliseCsvCell(value.comment));
        }
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(10);
    const flat = rows.flat();
    expect(flat).toContain(PRECISE);
    expect(flat).toContain(NEGATIVE);
    // Units are in the headers: "Name [unit]".
    expect(header.slice(4).some((h) => /\[.+\]$/.test(String(h)))).toBe(true);
  });

  it('office.xlsx: the comparison sheet holds exactly the benchmark query’s cells of every released period and peer group', async () => {
    const response = await download(api, '/api/exports/office.xlsx', officeQuery(), coordinator);
    const [, comparison] = await readXlsx(response.body);
    const [header, ...rows] = comparison.rows;
    const col = (name: string) => header.indexOf(name);
    const key = (row: Cell[]) => `${row[col('Okres')]}|${row[col('Grupa porównawcza')]}|${row[col('Kod wskaźnika')]}`;
    const byKey = new Map(rows.map((row) => [key(row), row]));
    expect(byKey.size).toBe(rows.length);
    let cells = 0;
    let suppressed = 0;
    for (const period of periods.filter((p) => p.released)) {
      const { benchmark } = await gql(
        `query($pr: ID!, $p: ID!, $o: ID!) { benchmark(programmeId: $pr, periodId: $p, officeId: $o) {
           indicator { code unit } peerGroup { name } own suppressed suppressionReason contributorsBand mean pooledRate median p25 p75 ownQuartile } }`,
        { pr: programmeId, p: period.id, o: officeId },
        coordinator,
      );
      for (const cell of benchmark) {
        const row = byKey.get(`${period.label}|${cell.peerGroup.name}|${cell.indicator.code}`);
        expect(row).toBeDefined();
        expect({
          unit: row![col('Jednostka')],
          reason: row![col('Kod powodu ukrycia')],
          band: row![col('Liczba urzędów')],
          mean: row![col('Średnia')],
          pooled: row![header.findIndex((h) => String(h).startsWith('Wskaźnik łączny'))],
          median: row![col('Mediana')],
          p25: row![col('Dolny kwartyl')],
          p75: row![col('Górny kwartyl')],
          own: row![col('Wartość urzędu')],
          quartile: row![col('Kwartyl urzędu (1-4)')],
        }).toEqual({
          unit: cell.indicator.unit,
          reason: cell.suppressionReason,
          band: cell.contributorsBand,
          mean: cell.mean,
          pooled: cell.pooledRate,
          median: cell.median,
          p25: cell.p25,
          p75: cell.p75,
          own: cell.own,
          quartile: cell.ownQuartile,
        });
        if (cell.suppressed) {
          suppressed += 1;
          expect(String(row![col('Status komórki')])).toMatch(/^ukryta: /);
          expect(row!.slice(col('Liczba urzędów'), col('Górny kwartyl') + 1).every((v) => v === null)).toBe(true);
        }
        cells += 1;
      }
    }
    expect(rows).toHaveLength(cells);
    expect(cells).toBeGreaterThan(20);
    expect(suppressed).toBeGreaterThan(0);
    expect(suppressed).toBeLessThan(cells);
  });

  it.each([
    [{}, ';', ','],
    [{ separator: 'comma', decimal: 'comma' }, ',', ','],
    [{ separator: 'tab', decimal: 'point' }, '\t', '.'],
    [{ separator: 'semicolon', decimal: 'point' }, ';', '.'],
  ] as const)('the CSV files with %j are the sheets, UTF-8 with BOM and CRLF', async (options, separator, decimal) => {
    const xlsx = await readXlsx((await download(api, '/api/exports/office.xlsx', officeQuery(), coordinator)).body);
    for (const [path, sheet, name] of [
      ['/api/exports/office-values.csv', xlsx[0], 'wartosci'],
      ['/api/exports/office-comparison.csv', xlsx[1], 'porownanie'],
    ] as const) {
      const response = await download(api, path, officeQuery(options), coordinator);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['content-disposition']).toBe(`attachment; filename="officebench-hyperlink-http-x-${name}.csv"`);
      const bytes = response.body as Buffer;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      expect(
        text
          .replace(/"[^"]*"/g, '')
          .split('\n')
          .every((line) => line === '' || line.endsWith('\r')),
      ).toBe(true);
      expectSameTable(parseCsv(text, separator), sheet, decimal);
      if (name === 'wartosci') {
        const precise = decimal === ',' ? '1234,5678' : '1234.5678';
        expect(text).toContain(separator === ',' && decimal === ',' ? `"${precise}"` : `${separator}${precise}`);
      }
    }
  });

  it('hostile text comes out neutralised in both formats, negative numbers stay numbers', async () => {
    const xlsx = await readXlsx((await download(api, '/api/exports/office.xlsx', officeQuery(), coordinator)).body);
    const texts = xlsx[0].rows.flat().filter((cell): cell is string => typeof cell === 'string');
    for (const hostile of HOSTILE) expect(texts).toContain(`'${hostile}`);
    expect(texts.filter((t) => /^[=+\-@\t\r]/.test(t))).toEqual([]);
    expect(xlsx[0].rows.flat()).toContain(NEGATIVE);

    const csv = parseCsv(
      (
        (await download(api, '/api/exports/office-values.csv', officeQuery({ separator: 'comma', decimal: 'point' }), coordinator))
          .body as Buffer
      )
        .toString('utf8')
        .slice(1),
      ',',
    );
    for (const hostile of HOSTILE) expect(csv.flat()).toContain(`'${hostile}`);
    expect(csv.flat()).toContain('-2.5');
    expect(csv.flat().filter((t) => /^[=+@\t\r]/.test(t) || /^-(?!\d+(\.\d+)?$)/.test(t))).toEqual([]);

    // The office's name in the lead's programme export.
    const programme = await readXlsx((await download(api, '/api/exports/programme.xlsx', { programmeId }, lead)).body);
    expect(programme[0].rows.map((row) => row[0])).toContain(`'${officeName}`);
    const programmeCsv = parseCsv(
      ((await download(api, '/api/exports/programme.csv', { programmeId }, lead)).body as Buffer).toString('utf8').slice(1),
      ';',
    );
    expect(programmeCsv.map((row) => row[0])).toContain(`'${officeName}`);
    expect(programmeCsv.flat().filter((t) => /^[=+@\t\r]/.test(t))).toEqual([]);
  });

  it('programme.xlsx and .csv: the lead’s identified values equal the distribution query’s, a row per office and period', async () => {
    const query = { programmeId, periodId: previousQuarterId };
    const response = await download(api, '/api/exports/programme.xlsx', query, lead);
    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="officebench-dzierzoniow-demo-[a-z0-9-]+-program\.xlsx"$/,
    );
    const [sheet] = await readXlsx(response.body);
    const [header, ...rows] = sheet.rows;
    expect(header.slice(0, 6)).toEqual(['Urząd', 'Rodzaj urzędu', 'Okres', 'Początek', 'Koniec', 'Status zgłoszenia']);
    const { programme } = await gql(
      `query($id: ID!) { programme(id: $id) { indicators { code name nameEn unit periodicity } } }`,
      { id: programmeId },
      lead,
    );
    let compared = 0;
    for (const indicator of programme.indicators) {
      const column = header.indexOf(indicatorHeader(indicator, 'pl'));
      expect(column).toBeGreaterThan(5);
      const { body } = await api.graphql(
        `query($pr: ID!, $p: ID!, $c: String!) { distribution(programmeId: $pr, periodId: $p, indicatorCode: $c) { office { name } value status } }`,
        { pr: programmeId, p: previousQuarterId, c: indicator.code },
        lead,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data.distribution).toHaveLength(rows.length);
      for (const office of body.data.distribution) {
        const row = rows.find((r) => r[0] === neutraliseCsvCell(office.office.name))!;
        expect(row[column]).toBe(office.value);
        expect(row[5]).toBe(exportStatusLabel(office.status, 'pl'));
        if (office.value !== null) compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(20);

    const csv = parseCsv(
      ((await download(api, '/api/exports/programme.csv', { ...query, separator: 'tab' }, lead)).body as Buffer).toString('utf8').slice(1),
      '\t',
    );
    expectSameTable(csv, sheet, ',');

    // Without a period: every office in every period that has opened, as the completeness query lists them.
    const all = await readXlsx((await download(api, '/api/exports/programme.xlsx', { programmeId }, lead)).body);
    const { completeness } = await gql(`query($pr: ID!) { completeness(programmeId: $pr) { status } }`, { pr: programmeId }, lead);
    expect(all[0].rows).toHaveLength(completeness.length + 1);
  });

  it('English when lang=en', async () => {
    const [values, comparison] = await readXlsx(
      (await download(api, '/api/exports/office.xlsx', officeQuery({ lang: 'en' }), coordinator)).body,
    );
    expect([values.name, comparison.name]).toEqual(['Values', 'Comparison']);
    expect(values.rows[0].slice(0, 4)).toEqual(['Period', 'Start', 'End', 'Submission status']);
  });

  it('access as the officeScorecard and benchmark queries: others 403, anonymous 401, unknown 404, bad ids and options 400', async () => {
    const status = async (path: string, query: Record<string, string>, cookie?: string) => {
      const response = await download(api, path, query, cookie);
      const body = response.headers['content-type']?.startsWith('application/json')
        ? JSON.parse((response.body as Buffer).toString('utf8'))
        : null;
      return { status: response.status, code: body?.code, message: body?.message };
    };
    for (const path of ['/api/exports/office.xlsx', '/api/exports/office-values.csv', '/api/exports/office-comparison.csv']) {
      expect(await status(path, officeQuery(), otherCoordinator)).toMatchObject({ status: 403, code: 'MAY_NOT_READ_OFFICE' });
      expect(await status(path, officeQuery(), assessor)).toMatchObject({ status: 403 });
      expect(await status(path, officeQuery())).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      expect((await status(path, officeQuery(), lead)).status).toBe(200);
      expect(await status(path, { programmeId, officeId: 'x' }, coordinator)).toMatchObject({ status: 400, code: 'BAD_PARAMETER' });
      expect(await status(path, { officeId }, coordinator)).toMatchObject({ status: 400, code: 'BAD_PARAMETER' });
      expect(await status(path, { programmeId, officeId: '00000000-0000-4000-8000-000000000000' }, coordinator)).toMatchObject({
        status: 404,
        code: 'OFFICE_NOT_FOUND',
      });
      expect(await status(path, { programmeId: '00000000-0000-4000-8000-000000000000', officeId }, coordinator)).toMatchObject({
        status: 404,
        code: 'PROGRAMME_NOT_FOUND',
      });
    }
    expect(await status('/api/exports/office-values.csv', officeQuery({ separator: 'pipe' }), coordinator)).toMatchObject({
      status: 400,
      code: 'BAD_PARAMETER',
      message: 'Niepoprawny parametr separator: oczekiwano semicolon, comma, tab.',
    });
    expect(await status('/api/exports/office-values.csv', officeQuery({ decimal: 'x', lang: 'en' }), coordinator)).toMatchObject({
      status: 400,
      message: 'Invalid parameter decimal: expected comma, point.',
    });
    expect(await status('/api/exports/office.xlsx', officeQuery({ lang: 'en' }), otherCoordinator)).toMatchObject({
      message: "Only the office's coordinators and the programme's lead may download its data.",
    });

    for (const path of ['/api/exports/programme.xlsx', '/api/exports/programme.csv']) {
      expect(await status(path, { programmeId }, coordinator)).toMatchObject({ status: 403, code: 'LEAD_ONLY' });
      expect(await status(path, { programmeId }, assessor)).toMatchObject({ status: 403, code: 'LEAD_ONLY' });
      expect(await status(path, { programmeId })).toMatchObject({ status: 401 });
      expect(await status(path, { programmeId, periodId: '00000000-0000-4000-8000-000000000000' }, lead)).toMatchObject({
        status: 404,
        code: 'PERIOD_NOT_FOUND',
      });
      expect(await status(path, { programmeId: 'nope' }, lead)).toMatchObject({ status: 400, code: 'BAD_PARAMETER' });
      expect(await status(path, { programmeId, lang: 'en' }, coordinator)).toMatchObject({
        message: "Only the programme's lead may download the programme's values.",
      });
    }
  });
});

/**
 * The attack suite's export check (benchmark-attacks.integration-spec.ts, "error messages, refusals and
 * the import template"): every office gets distinctive numbers that cannot occur by chance, the period is
 * released, and everything office 1's coordinator downloads is scanned for any other office's numbers,
 * written with a decimal point or comma.
 */
describe('an office’s exports hold no other office’s value', () => {
  let bench: BenchApi;

  beforeAll(async () => {
    bench = await startBenchApi();
  });
  afterAll(() => bench?.api.close());

  it('office.xlsx and both CSV files (either decimal mark) carry only the office’s own numbers; the lead’s export carries everyone’s', async () => {
    const { api } = bench;
    const { n, draft, days, numerator, denominator, count } = distinctiveProgramme();
    expect(BENCH_INDICATORS).toHaveLength(3);
    const seeded = await bench.seed(draft, { users: true, secondPeriod: false });
    const leadCookie = await sessionCookieFor(api.owner, seeded.leadUserId);
    const office = await sessionCookieFor(api.owner, seeded.coordinatorUserIds[0]);
    const released = await api.graphql(RELEASE_PERIOD, { p: seeded.periodId }, leadCookie);
    expect(released.body.errors).toBeUndefined();

    // The exports write numbers at full precision: a secret is an integer as it is, or a fraction's
    // first two decimals (rounded or cut) followed by any further digits, with a point or a comma.
    const secrets = (i: number) => {
      const ratio = (numerator(i) / denominator(i)) * 100;
      const point = (t: string) => t.replace('.', '[.,]');
      const fraction = (x: number) => [
        ...new Set([point(String(x)), point(x.toFixed(2)), `${point((Math.trunc(x * 100) / 100).toFixed(2))}\\d+`]),
      ];
      return [...fraction(days(i)), String(numerator(i)), String(denominator(i)), String(count(i)), ...fraction(ratio)];
    };
    /** Every other office's numbers that occur in `text` as numbers of their own (the patterns that matched). */
    const leaked = (text: string, except: number) =>
      [...Array(n).keys()]
        .filter((i) => i !== except)
        .flatMap((i) => secrets(i).filter((pattern) => new RegExp(`(?<![\\w.,-])${pattern}(?![\\w-])`).test(text)));
    const pattern = (x: number) => String(x).replace('.', '[.,]');

    const query = { programmeId: seeded.programmeId, officeId: seeded.officeIds[0] };
    const xlsx = await download(api, '/api/exports/office.xlsx', query, office);
    expect(xlsx.status).toBe(200);
    const archive = new ZipArchive(xlsx.body as Buffer, IMPORT_LIMITS);
    const parts = archive.names().map((name) => archive.read(name)!.toString('utf8'));
    const texts = [parts.join('')];
    for (const path of ['/api/exports/office-values.csv', '/api/exports/office-comparison.csv']) {
      for (const options of [{}, { decimal: 'point' }, { separator: 'comma', decimal: 'comma' }] as Array<Record<string, string>>) {
        const response = await download(api, path, { ...query, ...options }, office);
        expect(response.status).toBe(200);
        texts.push((response.body as Buffer).toString('utf8'));
      }
    }
    // The released cells are in the comparison (so the scan sees what an office is shown)...
    const comparison = (await readXlsx(xlsx.body))[1];
    expect(comparison.rows.length).toBeGreaterThan(3);
    expect(comparison.rows.some((row) => row.includes('opublikowana'))).toBe(true);
    // ...the office's own numbers are found by the scan...
    expect(texts.flatMap((text) => leaked(text, -1))).toEqual(
      expect.arrayContaining([String(count(0)), String(numerator(0)), pattern(days(0))]),
    );
    // ...and no other office's.
    expect(texts.flatMap((text) => leaked(text, 0))).toEqual([]);

    // The scan can fail: the lead's identified export holds every office's numbers.
    const programme = await download(api, '/api/exports/programme.csv', { programmeId: seeded.programmeId, decimal: 'point' }, leadCookie);
    expect(programme.status).toBe(200);
    expect(leaked((programme.body as Buffer).toString('utf8'), 0)).toEqual(
      expect.arrayContaining([...Array(n).keys()].slice(1).flatMap((i) => [pattern(days(i)), String(count(i))])),
    );
  });
});
