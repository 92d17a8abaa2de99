import { PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import request from 'supertest';
import { ACCESS_RULE } from '../src/common/access/access.decorator';
import { DEMO_LEAD_EMAIL, demoCoordinatorEmail } from '../src/database/seed/demo-seed';
import { IMPORT_LIMITS } from '../src/modules/imports/import-limits';
import { readXlsx } from '../src/modules/imports/xlsx-reader';
import { writeXlsx, xlsxParts } from '../src/modules/imports/xlsx-writer';
import { writeZip } from '../src/modules/imports/zip-archive';
import { bulkCsv, createBulkProgramme, csvFile, downloadTemplate, footprint, storedValues, upload, waitForRow } from './import-helpers';
import { demoIds, type DemoIds, officeNamesOf } from './support/fixtures';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * POST /api/import and GET /api/import/template on a real PostgreSQL through the HTTP stack. In the
 * demo's open quarter (the current one) offices 19-26 have nothing saved yet and 13-18 have drafts; each
 * test imports into an office of its own.
 */
describe('spreadsheet import', () => {
  let api: TestApi;
  let demo: DemoIds;
  let officeNames: string[];
  let lockedQuarterId: string;
  const cookies = new Map<string, string>();

  const session = async (email: string) => {
    if (!cookies.has(email)) cookies.set(email, await api.signIn(email));
    return cookies.get(email) as string;
  };
  const coordinatorOf = (position: number) => session(demoCoordinatorEmail(position));
  const office = (position: number) => demo.officeIds[position - 1];
  const userId = async (email: string) => (await api.owner.query(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id as string;

  const submissionQuery = `query($o: ID!, $p: ID!) { submission(officeId: $o, periodId: $p) { status values { value numerator denominator comment indicator { code } } } }`;

  beforeAll(async () => {
    api = await startTestApi({ rateLimits: { loginPerIp: 10_000, loginPerAccount: 10_000 } });
    demo = await demoIds(api.owner);
    officeNames = await officeNamesOf(api.owner, demo.programmeId);
    lockedQuarterId = demo.previousQuarterId;
  });

  afterAll(() => api.close());

  it('every HTTP route of every controller states an access rule (the import routes among them)', () => {
    const routes: string[] = [];
    const missing: string[] = [];
    for (const nestModule of api.app.get(ModulesContainer).values()) {
      for (const { instance } of nestModule.controllers.values()) {
        const prototype = Object.getPrototypeOf(instance);
        for (const name of Object.getOwnPropertyNames(prototype)) {
          const method = prototype[name];
          if (name === 'constructor' || typeof method !== 'function' || Reflect.getMetadata(PATH_METADATA, method) === undefined) continue;
          routes.push(`${prototype.constructor.name}.${name}`);
          if (!Reflect.getMetadata(ACCESS_RULE, method)) missing.push(`${prototype.constructor.name}.${name}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(routes).toEqual(expect.arrayContaining(['ImportsController.import', 'ImportsController.template', 'HealthController.check']));
  });

  describe('a CSV file', () => {
    it('is applied: values (decimal commas, ratios) are visible afterwards through the submission query', async () => {
      const cookie = await coordinatorOf(19);
      const file = csvFile([
        ['Wskaźnik', 'Wartość', 'Licznik', 'Mianownik', 'Komentarz'],
        ['E_SERVICES_COUNT', '14', null, null, null],
        ['CASES_ON_TIME_PCT', null, '95,5', '100', 'po zmianie organizacji'],
        ['DESK_WAIT_MINUTES', null, '1 250', '100', null],
      ]);
      const response = await upload(api, cookie, file, 'dane.csv', { periodId: demo.openQuarterId }).expect(200);
      expect(response.body).toEqual({
        applied: true,
        dryRun: false,
        rows: 3,
        values: 3,
        changed: 3,
        errors: [],
        errorCount: 0,
        targets: [{ officeId: office(19), office: officeNames[18], periodId: demo.openQuarterId, period: demo.openQuarterLabel }],
      });
      expect(response.headers['server-timing']).toMatch(/parse;dur=[\d.]+.*write;dur=[\d.]+/);

      const { body } = await api.graphql(submissionQuery, { o: office(19), p: demo.openQuarterId }, cookie);
      expect(body.data.submission.status).toBe('DRAFT');
      expect(body.data.submission.values).toEqual([
        { indicator: { code: 'CASES_ON_TIME_PCT' }, value: 95.5, numerator: 95.5, denominator: 100, comment: 'po zmianie organizacji' },
        { indicator: { code: 'DESK_WAIT_MINUTES' }, value: 12.5, numerator: 1250, denominator: 100, comment: null },
        { indicator: { code: 'E_SERVICES_COUNT' }, value: 14, numerator: null, denominator: null, comment: null },
      ]);
      // one audit row per value, plus the new submission's
      expect((await footprint(api.owner, [office(19)], demo.openQuarterId)).audit).toBe(4);
    });

    it('reads comma-separated files with office names and period labels in the rows', async () => {
      const cookie = await coordinatorOf(20);
      const file = csvFile(
        [
          ['office', 'period', 'indicator', 'value'],
          [officeNames[19], demo.openQuarterLabel.toLowerCase(), 'e_services_count', '7'],
        ],
        ',',
      );
      const response = await upload(api, cookie, file, 'data.csv').expect(200);
      expect(response.body).toMatchObject({ applied: true, changed: 1 });
      expect(await storedValues(api.owner, office(20), demo.openQuarterId)).toEqual([
        { code: 'E_SERVICES_COUNT', value: 7, numerator: null, denominator: null, comment: null },
      ]);
    });
  });

  describe('an XLSX file and the template', () => {
    it('the template has the header, a row per quarterly indicator prefilled with the office and period, and an explanation sheet', async () => {
      const cookie = await coordinatorOf(21);
      const response = await downloadTemplate(api, cookie, { programmeId: demo.programmeId, periodId: demo.openQuarterId }).expect(200);
      expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(response.headers['content-disposition']).toBe(`attachment; filename="import-dzierzoniow-demo-${demo.openQuarterLabel}.xlsx"`);
      const sheet = readXlsx(response.body as Buffer, IMPORT_LIMITS);
      const text = (row: number, column: number) => {
        const cell = sheet.rows[row].cells[column];
        return cell?.kind === 'text' ? cell.text : undefined;
      };
      expect([0, 1, 2, 5, 6, 7, 8].map((column) => text(0, column))).toEqual([
        'urząd (office)',
        'okres (period)',
        'wskaźnik (indicator)',
        'wartość (value)',
        'licznik (numerator)',
        'mianownik (denominator)',
        'komentarz (comment)',
      ]);
      // in the form's order: by CAF criterion (none last), then programme order
      const quarterly = await api.owner.query(
        `SELECT i.code FROM programme_indicator pi JOIN indicator i ON i.id = pi.indicator_id WHERE pi.programme_id = $1 AND i.periodicity = 'QUARTERLY' ORDER BY coalesce(i.caf_criterion, 10), pi.position`,
        [demo.programmeId],
      );
      expect(sheet.rows.slice(1).map((_, i) => text(i + 1, 2))).toEqual(quarterly.map((r: { code: string }) => r.code));
      expect(new Set(sheet.rows.slice(1).map((_, i) => `${text(i + 1, 0)}|${text(i + 1, 1)}`))).toEqual(
        new Set([`${officeNames[20]}|${demo.openQuarterLabel}`]),
      );

      // the whole template, filled in and sent back as it is: the values land
      const filled = sheet.rows.map((row, i) =>
        Array.from({ length: 9 }, (_, column) => {
          const cell = row.cells[column];
          if (i > 0 && text(i, 2) === 'E_SERVICES_COUNT' && column === 5) return 21;
          if (i > 0 && text(i, 2) === 'STAFF_TURNOVER_PCT' && column === 6) return 2;
          if (i > 0 && text(i, 2) === 'STAFF_TURNOVER_PCT' && column === 7) return 80;
          return cell === undefined ? null : cell.kind === 'number' ? cell.value : cell.text;
        }),
      );
      const answer = await upload(api, cookie, writeXlsx([{ name: 'Import', rows: filled }]), 'szablon.xlsx').expect(200);
      expect(answer.body).toEqual({
        applied: true,
        dryRun: false,
        rows: quarterly.length,
        values: 2,
        changed: 2,
        errors: [],
        errorCount: 0,
        targets: [{ officeId: office(21), office: officeNames[20], periodId: demo.openQuarterId, period: demo.openQuarterLabel }],
      });
      const { body } = await api.graphql(submissionQuery, { o: office(21), p: demo.openQuarterId }, cookie);
      expect(body.data.submission.values).toEqual([
        { indicator: { code: 'E_SERVICES_COUNT' }, value: 21, numerator: null, denominator: null, comment: null },
        { indicator: { code: 'STAFF_TURNOVER_PCT' }, value: 2.5, numerator: 2, denominator: 80, comment: null },
      ]);
    });

    it('a lead gets the template with the office left blank; a stranger to the programme is refused', async () => {
      const lead = await session(DEMO_LEAD_EMAIL);
      const response = await downloadTemplate(api, lead, { programmeId: demo.programmeId }).expect(200);
      const sheet = readXlsx(response.body as Buffer, IMPORT_LIMITS);
      expect(sheet.rows.length - 1).toBe(21); // every indicator, no period chosen
      expect(sheet.rows.slice(1).every((row) => row.cells[0] === undefined)).toBe(true);

      await request(api.app.getHttpServer()).get('/api/import/template').query({ programmeId: demo.programmeId }).expect(401);
      const stranger = await api.owner.query(`INSERT INTO programme (code, name) VALUES ('stranger', 'Inny') RETURNING id`);
      const other = await request(api.app.getHttpServer())
        .get('/api/import/template')
        .query({ programmeId: stranger[0].id })
        .set('Cookie', lead)
        .expect(403);
      expect(other.body).toEqual({ code: 'MAY_NOT_SEE_PROGRAMME', message: 'Nie masz dostępu do tego programu.' });
    });
  });

  describe('checks', () => {
    const messy = () =>
      csvFile([
        ['urząd', 'wskaźnik', 'wartość', 'licznik', 'mianownik'],
        [null, 'E_SERVICES_COUNT', 'dużo', null, null], // 2: not a number
        [null, 'CASES_ON_TIME_PCT', null, '120', '100'], // 3: numerator above denominator
        [null, 'NO_SUCH_INDICATOR', '5', null, null], // 4: unknown indicator
        [null, 'DESK_WAIT_MINUTES', null, '10', '0'], // 5: zero denominator
        ['Urząd Nieistniejący', 'E_APPLICATIONS_PCT', null, '1', '2'], // 6: unknown office
        [null, 'ABSENCE_RATE_PCT', null, '3', '100'], // 7: fine
        [null, 'ABSENCE_RATE_PCT', null, '4', '100'], // 8: duplicate of 7
        [null, 'E_SERVICES_COUNT', '2,5', null, null], // 9: count must be whole
      ]);

    it('a dry run changes nothing and lists every problem by row and column, in Polish by default', async () => {
      const cookie = await coordinatorOf(22);
      const before = await footprint(api.owner, [office(22)], demo.openQuarterId);
      const response = await upload(api, cookie, messy(), 'zle.csv', { periodId: demo.openQuarterId, dryRun: 'true' }).expect(200);
      expect(response.body).toMatchObject({ applied: false, dryRun: true, rows: 8, values: 8, changed: 0, errorCount: 7 });
      expect(
        response.body.errors.map((e: { row: number; column: string; cell?: string; code: string }) => [e.row, e.column, e.cell, e.code]),
      ).toEqual([
        [2, 'value', 'C2', 'NOT_A_NUMBER'],
        [3, 'numerator', 'D3', 'NUMERATOR_ABOVE_DENOMINATOR'],
        [4, 'indicator', 'B4', 'UNKNOWN_INDICATOR'],
        [5, 'denominator', 'E5', 'ZERO_DENOMINATOR'],
        [6, 'office', 'A6', 'OFFICE_UNKNOWN'],
        [8, 'indicator', 'B8', 'DUPLICATE_ROW'],
        [9, 'value', 'C9', 'NOT_WHOLE_NUMBER'],
      ]);
      expect(response.body.errors[0].message).toBe('„dużo” nie jest liczbą (np. 12,5 albo 12.5, bez separatorów tysięcy poza spacją).');
      expect(response.body.errors[5].message).toBe('Ten wskaźnik dla tego urzędu i okresu podano już w wierszu 7.');
      expect(await footprint(api.owner, [office(22)], demo.openQuarterId)).toEqual(before);
    });

    it('answers in English with Accept-Language: en', async () => {
      const cookie = await coordinatorOf(22);
      const response = await upload(
        api,
        cookie,
        messy(),
        'bad.csv',
        { periodId: demo.openQuarterId, dryRun: 'true' },
        { 'Accept-Language': 'en-GB,en;q=0.9,pl;q=0.5' },
      ).expect(200);
      expect(response.body.errors[0].message).toBe('"dużo" is not a number (e.g. 12.5 or 12,5; no thousands separators except spaces).');
      // the numerator and denominator named by what they count, in English
      expect(response.body.errors[1].message).toBe(
        'CASES_ON_TIME_PCT: the numerator (cases settled on time: 120) cannot exceed the denominator (cases settled: 100): it is a part of it.',
      );
      expect(response.body.errors[3].message).toMatch(/^DESK_WAIT_MINUTES: the denominator \(clients served\) cannot be zero\./);
    });

    it('a clean dry run reports no problems and still writes nothing', async () => {
      const cookie = await coordinatorOf(22);
      const before = await footprint(api.owner, [office(22)], demo.openQuarterId);
      const file = csvFile([
        ['indicator', 'value'],
        ['E_SERVICES_COUNT', '3'],
      ]);
      const response = await upload(api, cookie, file, 'ok.csv', { periodId: demo.openQuarterId, dryRun: 'true' }).expect(200);
      expect(response.body).toEqual({
        applied: false,
        dryRun: true,
        rows: 1,
        values: 1,
        changed: 0,
        errors: [],
        errorCount: 0,
        targets: [{ officeId: office(22), office: officeNames[21], periodId: demo.openQuarterId, period: demo.openQuarterLabel }],
      });
      expect(await footprint(api.owner, [office(22)], demo.openQuarterId)).toEqual(before);
    });

    it('a real run with one bad row writes nothing at all', async () => {
      const cookie = await coordinatorOf(23);
      const file = csvFile([
        ['wskaźnik', 'wartość', 'licznik', 'mianownik'],
        ['E_SERVICES_COUNT', '5', null, null],
        ['CASES_ON_TIME_PCT', null, '50', '100'],
        ['ABSENCE_RATE_PCT', null, '101', '100'],
      ]);
      const response = await upload(api, cookie, file, 'jeden-zly.csv', { periodId: demo.openQuarterId }).expect(200);
      expect(response.body).toMatchObject({
        applied: false,
        dryRun: false,
        changed: 0,
        errorCount: 1,
        errors: [{ row: 4, column: 'numerator', code: 'NUMERATOR_ABOVE_DENOMINATOR' }],
      });
      expect(await footprint(api.owner, [office(23)], demo.openQuarterId)).toEqual({ submissions: 0, values: 0, audit: 0, keys: 0 });
    });

    it('a file with unreadable cells is not applied either, and its other rows are still checked', async () => {
      const cookie = await coordinatorOf(23);
      const file = csvFile([
        ['wskaźnik', 'wartość', 'licznik', 'mianownik'],
        ['E_SERVICES_COUNT', 'x', null, null],
        ['CASES_ON_TIME_PCT', '50', null, null],
      ]);
      const response = await upload(api, cookie, file, 'x.csv', { periodId: demo.openQuarterId }).expect(200);
      expect(response.body.errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([
        [2, 'NOT_A_NUMBER'],
        [3, 'VALUE_NOT_FOR_RATIO'],
      ]);
      expect(await footprint(api.owner, [office(23)], demo.openQuarterId)).toMatchObject({ submissions: 0, values: 0 });
    });
  });

  describe('access and periods', () => {
    const file = () =>
      csvFile([
        ['office', 'indicator', 'value'],
        [officeNames[23], 'E_SERVICES_COUNT', '4'],
      ]);

    it('needs a session', async () => {
      const response = await upload(api, null, file(), 'a.csv', { periodId: demo.openQuarterId }).expect(401);
      expect(response.body).toEqual({ code: 'UNAUTHENTICATED', message: 'Zaloguj się, aby kontynuować.' });
    });

    it('a lead (who reads but does not enter values) is refused', async () => {
      const response = await upload(api, await session(DEMO_LEAD_EMAIL), file(), 'a.csv', { periodId: demo.openQuarterId }).expect(403);
      expect(response.body.code).toBe('NOT_A_COORDINATOR');
      expect(await footprint(api.owner, [office(24)], demo.openQuarterId)).toMatchObject({ submissions: 0, values: 0 });
    });

    it("another office's coordinator cannot import into the office: every row is refused, nothing written", async () => {
      const response = await upload(api, await coordinatorOf(25), file(), 'a.csv', { periodId: demo.openQuarterId }).expect(200);
      expect(response.body).toMatchObject({
        applied: false,
        errorCount: 1,
        errors: [{ row: 2, column: 'office', cell: 'A2', code: 'OFFICE_NOT_ALLOWED' }],
      });
      expect(response.body.errors[0].message).toContain(officeNames[23]);
      expect(await footprint(api.owner, [office(24), office(25)], demo.openQuarterId)).toMatchObject({
        submissions: 0,
        values: 0,
        audit: 0,
      });
    });

    it('a locked period is refused whole (409), before the file is read', async () => {
      const cookie = await coordinatorOf(24);
      const before = await footprint(api.owner, [office(24)], lockedQuarterId);
      const response = await upload(
        api,
        cookie,
        csvFile([
          ['indicator', 'value'],
          ['E_SERVICES_COUNT', '4'],
        ]),
        'a.csv',
        { periodId: lockedQuarterId },
      ).expect(409);
      expect(response.body).toEqual({
        code: 'PERIOD_LOCKED',
        message: `Do okresu ${demo.previousQuarterLabel} nie można już importować: okres jest zamknięty i tylko lider programu może go ponownie otworzyć. Nic nie zmieniono.`,
      });
      expect(await footprint(api.owner, [office(24)], lockedQuarterId)).toEqual(before);
    });

    it('a locked period named in the rows (no period chosen) is reported on its first row', async () => {
      const response = await upload(
        api,
        await coordinatorOf(24),
        csvFile([
          ['period', 'indicator', 'value'],
          [demo.previousQuarterLabel, 'E_SERVICES_COUNT', '4'],
        ]),
        'a.csv',
      ).expect(200);
      expect(response.body).toMatchObject({ applied: false, errors: [{ row: 2, column: 'period', code: 'PERIOD_LOCKED' }] });
    });

    it('a submitted submission cannot be changed by an import (the period chosen: see import-prefill for the refusal)', async () => {
      // office 1 handed in the open quarter in the demo; the period named in the rows
      const response = await upload(
        api,
        await coordinatorOf(1),
        csvFile([
          ['period', 'indicator', 'value'],
          [demo.openQuarterLabel, 'E_SERVICES_COUNT', '4'],
        ]),
        'a.csv',
      ).expect(200);
      expect(response.body).toMatchObject({ applied: false, errors: [{ row: 2, column: 'period', code: 'NOT_EDITABLE' }] });
      expect(response.body.errors[0].message).toBe(
        `Sprawozdanie urzędu „${officeNames[0]}” za okres ${demo.openQuarterLabel} jest przekazane do lidera, więc nie można go teraz zmieniać: jeśli trzeba coś poprawić, poproś lidera programu o zwrócenie go do poprawy.`,
      );
    });
  });

  describe('Idempotency-Key', () => {
    /** Uploads a file of E_SERVICES_COUNT = value into the open quarter with this Idempotency-Key. */
    const uploadKeyed = (cookie: string, value: number, key: string, query: Record<string, string> = {}) => {
      const file = csvFile([
        ['indicator', 'value'],
        ['E_SERVICES_COUNT', String(value)],
      ]);
      return upload(api, cookie, file, 'a.csv', { periodId: demo.openQuarterId, ...query }, { 'Idempotency-Key': key });
    };

    it('a retried upload with the same key applies once and gets the stored answer again', async () => {
      const cookie = await coordinatorOf(11);
      const version = async () =>
        (
          await api.owner.query(`SELECT version FROM submission WHERE office_id = $1 AND period_id = $2`, [office(11), demo.openQuarterId])
        )[0].version;
      const first = await uploadKeyed(cookie, 31, 'upload-11-a').expect(200);
      expect(first.body).toMatchObject({ applied: true, changed: 1 });
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      const afterFirst = { footprint: await footprint(api.owner, [office(11)], demo.openQuarterId), version: await version() };

      const retry = await uploadKeyed(cookie, 31, 'upload-11-a').expect(200);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect({ footprint: await footprint(api.owner, [office(11)], demo.openQuarterId), version: await version() }).toEqual(afterFirst);
    });

    it('the same key with another file is refused with 409', async () => {
      const cookie = await coordinatorOf(12);
      await uploadKeyed(cookie, 40, 'k-12').expect(200);
      const response = await uploadKeyed(cookie, 41, 'k-12').expect(409);
      expect(response.body).toEqual({
        code: 'IDEMPOTENCY_CONFLICT',
        message: 'Ten klucz Idempotency-Key został już użyty do importu innego pliku. Każdy nowy plik wymaga nowego klucza.',
      });
      expect((await storedValues(api.owner, office(12), demo.openQuarterId)).find((v) => v.code === 'E_SERVICES_COUNT')?.value).toBe(40);
    });

    it('a key is per user: another user may use the same key', async () => {
      await uploadKeyed(await coordinatorOf(13), 5, 'shared-key').expect(200);
      const other = await uploadKeyed(await coordinatorOf(14), 6, 'shared-key').expect(200);
      expect(other.body).toMatchObject({ applied: true, changed: 1 });
      expect(other.headers['idempotent-replayed']).toBeUndefined();
    });

    it('an import refused for its problems does not use up its key', async () => {
      const cookie = await coordinatorOf(15);
      await uploadKeyed(cookie, -1, 'k-15').expect(200);
      const fixed = await uploadKeyed(cookie, 1, 'k-15').expect(200);
      expect(fixed.body).toMatchObject({ applied: true, changed: 1 });
    });

    it('a value changed after the import is not overwritten by a retry of it', async () => {
      const cookie = await coordinatorOf(16);
      await uploadKeyed(cookie, 10, 'k-16').expect(200);
      const [{ version }] = await api.owner.query(`SELECT version FROM submission WHERE office_id = $1 AND period_id = $2`, [
        office(16),
        demo.openQuarterId,
      ]);
      const saved = await api.graphql(
        `mutation($i: SaveValuesInput!) { saveValues(input: $i) { version } }`,
        {
          i: {
            officeId: office(16),
            periodId: demo.openQuarterId,
            expectedVersion: version,
            values: [{ indicatorCode: 'E_SERVICES_COUNT', value: 99 }],
          },
        },
        cookie,
      );
      expect(saved.body.errors).toBeUndefined();
      await uploadKeyed(cookie, 10, 'k-16').expect(200);
      expect((await storedValues(api.owner, office(16), demo.openQuarterId)).find((v) => v.code === 'E_SERVICES_COUNT')?.value).toBe(99);
    });

    it('two identical requests at the same moment: one applies, the other waits for it and gets its answer', async () => {
      const cookie = await coordinatorOf(26);
      const user = await userId(demoCoordinatorEmail(26));
      // Hold the first import inside its transaction (after it took the key) until the second is waiting on that key.
      const blocker = api.owner.createQueryRunner();
      await blocker.connect();
      await blocker.startTransaction();
      await blocker.query(`LOCK TABLE audit_log IN SHARE MODE`);
      const send = () => uploadKeyed(cookie, 77, 'same-moment').then((r) => r);
      const both = Promise.all([send(), send()]);
      try {
        await waitForRow(
          api.owner,
          `SELECT 1 FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE a.datname = current_database() AND a.usename = 'officebench_app' AND NOT l.granted
            GROUP BY a.datname HAVING count(DISTINCT l.pid) = 2`,
        );
      } finally {
        await blocker.rollbackTransaction();
        await blocker.release();
      }
      const [a, b] = await both;
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(a.body).toEqual(b.body);
      expect(a.body).toMatchObject({ applied: true, changed: 1 });
      expect([a.headers['idempotent-replayed'], b.headers['idempotent-replayed']].filter(Boolean)).toEqual(['true']);
      expect(await footprint(api.owner, [office(26)], demo.openQuarterId, user)).toEqual({ submissions: 1, values: 1, audit: 2, keys: 1 });
    });

    it('is ignored by dry runs, which never store anything', async () => {
      const cookie = await coordinatorOf(17);
      const user = await userId(demoCoordinatorEmail(17));
      await uploadKeyed(cookie, 1, 'k-17', { dryRun: 'true' }).expect(200);
      expect((await footprint(api.owner, [], demo.openQuarterId, user)).keys).toBe(0);
      const real = await uploadKeyed(cookie, 2, 'k-17').expect(200);
      expect(real.body).toMatchObject({ applied: true });
    });

    it('refuses a malformed key', async () => {
      const response = await uploadKeyed(await coordinatorOf(17), 2, 'has spaces in it').expect(400);
      expect(response.body.code).toBe('BAD_IDEMPOTENCY_KEY');
    });
  });

  describe('files refused', () => {
    const cookie = () => coordinatorOf(18);
    const refused = async (
      file: Buffer,
      name: string,
      status: number,
      query: Record<string, string> = { periodId: demo.openQuarterId },
    ) => {
      const response = await upload(api, await cookie(), file, name, query).expect(status);
      expect(typeof response.body.message).toBe('string');
      return response.body as {
        code: string;
        message: string;
        errors?: Array<{ row: number; column: string; cell: string; message: string }>;
      };
    };
    const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const withSheet = (xml: string) =>
      writeZip(
        xlsxParts([{ name: 'Import', rows: [] }]).map((part) =>
          part.name === 'xl/worksheets/sheet1.xml' ? { ...part, data: Buffer.from(xml) } : part,
        ),
      );

    let before: Awaited<ReturnType<typeof footprint>>;
    beforeAll(async () => {
      before = await footprint(api.owner, [office(18)], demo.openQuarterId);
    });

    it('an oversized upload (413), before it is parsed', async () => {
      const big = Buffer.alloc(IMPORT_LIMITS.maxFileBytes + 1, 0x41);
      const body = await refused(big, 'big.csv', 413);
      expect(body).toEqual({
        code: 'FILE_TOO_LARGE',
        message: 'Plik jest za duży: dopuszczalne jest 10 MB. Podziel dane na kilka plików.',
      });
    });

    it('more rows than the limit (413)', async () => {
      const file = Buffer.from('indicator;value\n' + 'A;1\n'.repeat(IMPORT_LIMITS.maxRows + 1));
      expect((await refused(file, 'rows.csv', 413)).code).toBe('TOO_MANY_ROWS');
    });

    it('malformed CSV (400, naming the row)', async () => {
      const body = await refused(Buffer.from('indicator;value;comment\nE_SERVICES_COUNT;1;"unterminated\n'), 'bad.csv', 400);
      expect(body).toEqual({ code: 'CSV_MALFORMED', message: 'Niepoprawny plik CSV w wierszu 2: cudzysłów otwarty i niezamknięty.' });
    });

    it('malformed XLSX: a cut-off archive and broken XML (400)', async () => {
      const good = writeXlsx([
        {
          name: 'Import',
          rows: [
            ['indicator', 'value'],
            ['E_SERVICES_COUNT', 1],
          ],
        },
      ]);
      expect((await refused(good.subarray(0, good.length - 30), 'cut.xlsx', 400)).code).toBe('ZIP_MALFORMED');
      expect(
        (
          await refused(
            withSheet(`<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>`),
            'xml.xlsx',
            400,
          )
        ).code,
      ).toBe('XLSX_MALFORMED');
    });

    describe('zip bombs', () => {
      let bombFile: Buffer | null = null;
      /** A workbook whose sheet unpacks to just over the part limit (about 100 kB packed). */
      const bombWorkbook = () => {
        const row = '<row><c t="inlineStr"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>';
        bombFile ??= withSheet(
          `<worksheet xmlns="${MAIN}"><sheetData>${row.repeat(Math.ceil((IMPORT_LIMITS.maxPartBytes + 1024 * 1024) / row.length))}</sheetData></worksheet>`,
        );
        return Buffer.from(bombFile);
      };

      it('a tiny XLSX whose sheet declares that it unpacks past the limit (413)', async () => {
        const bomb = bombWorkbook();
        expect(bomb.length).toBeLessThan(IMPORT_LIMITS.maxFileBytes / 10);
        const body = await refused(bomb, 'bomb.xlsx', 413);
        expect(body.code).toBe('PART_TOO_LARGE');
      });

      it('one whose headers lie about the size: inflating stops at the declared size (413)', async () => {
        const bomb = bombWorkbook();
        const name = Buffer.from('xl/worksheets/sheet1.xml');
        for (let at = bomb.indexOf(name); at >= 0; at = bomb.indexOf(name, at + 1)) {
          if (bomb.readUInt32LE(at - 30) === 0x04034b50) bomb.writeUInt32LE(2048, at - 30 + 22);
          if (bomb.readUInt32LE(at - 46) === 0x02014b50) bomb.writeUInt32LE(2048, at - 46 + 24);
        }
        const body = await refused(bomb, 'liar.xlsx', 413);
        expect(body).toEqual({
          code: 'SIZE_MISMATCH',
          message: 'Część skoroszytu xl/worksheets/sheet1.xml jest większa, niż deklaruje plik: plik jest uszkodzony albo spreparowany.',
        });
      });
    });

    it('formula cells in XLSX, naming their cells (400)', async () => {
      const body = await refused(
        withSheet(
          `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>indicator</t></is></c><c r="B1" t="inlineStr"><is><t>value</t></is></c></row>` +
            `<row r="2"><c r="A2" t="inlineStr"><is><t>E_SERVICES_COUNT</t></is></c><c r="B2"><f>HYPERLINK("http://x","y")</f><v>0</v></c></row></sheetData></worksheet>`,
        ),
        'f.xlsx',
        400,
      );
      expect(body.code).toBe('FORMULAS');
      expect(body.message).toContain('(B2)');
      expect(body.errors).toEqual([
        { row: 2, column: 'value', cell: 'B2', code: 'FORMULA', message: 'Komórka zawiera formułę; wklej ją jako wartość.' },
      ]);
    });

    it('CSV cells that would run as formulas (400)', async () => {
      const body = await refused(
        csvFile([
          ['indicator', 'value', 'comment'],
          ['E_SERVICES_COUNT', '1', '=HYPERLINK("http://x")'],
          ['E_APPLICATIONS_PCT', '-2', '@SUM(1)'],
        ]),
        'inj.csv',
        400,
      );
      expect(body.code).toBe('FORMULA_INJECTION');
      expect(body.errors?.map((e) => e.cell)).toEqual(['C2', 'C3']);
    });

    it('macro and encrypted workbooks, and files that are neither CSV nor XLSX (415)', async () => {
      const macro = writeZip([
        ...xlsxParts([{ name: 'Import', rows: [['indicator', 'value']] }]),
        { name: 'xl/vbaProject.bin', data: Buffer.from('macro') },
      ]);
      expect((await refused(macro, 'm.xlsm', 415)).code).toBe('MACROS');
      const encrypted = Buffer.alloc(4096);
      encrypted.writeBigUInt64BE(0xd0cf11e0a1b11ae1n, 0);
      Buffer.from('EncryptionInfo', 'utf16le').copy(encrypted, 1024);
      expect((await refused(encrypted, 'secret.xlsx', 415)).code).toBe('ENCRYPTED');
      expect((await refused(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'x.png', 415)).code).toBe('UNSUPPORTED_FORMAT');
    });

    it('a request without a file, with a bad period or a bad dryRun (400/404)', async () => {
      const response = await request(api.app.getHttpServer())
        .post('/api/import')
        .set('Cookie', await cookie())
        .field('other', 'x')
        .expect(400);
      expect(response.body.code).toBe('NO_FILE');
      const file = csvFile([
        ['indicator', 'value'],
        ['E_SERVICES_COUNT', '1'],
      ]);
      expect((await refused(file, 'a.csv', 404, { periodId: '00000000-0000-4000-8000-000000000000' })).code).toBe('PERIOD_NOT_FOUND');
      expect((await refused(file, 'a.csv', 400, { periodId: 'nope' })).code).toBe('BAD_PARAMETER');
      expect((await refused(file, 'a.csv', 400, { periodId: demo.openQuarterId, dryRun: 'maybe' })).code).toBe('BAD_PARAMETER');
    });

    it('unknown columns and a missing header (400)', async () => {
      expect(
        (
          await refused(
            csvFile([
              ['indicator', 'vlaue'],
              ['E_SERVICES_COUNT', '1'],
            ]),
            'a.csv',
            400,
          )
        ).message,
      ).toBe('Nieznane kolumny: „vlaue”. Dozwolone: office, period, indicator, value, numerator, denominator, comment.');
      expect((await refused(csvFile([['E_SERVICES_COUNT', '1']]), 'a.csv', 400)).code).toBe('NO_HEADER');
    });

    it('none of the refused files wrote anything', async () => {
      expect(await footprint(api.owner, [office(18)], demo.openQuarterId)).toEqual(before);
    });
  });
});

describe('spreadsheet import rate limit', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ demoData: false, rateLimits: { mutationsPerAccount: 2 } });
  });

  afterAll(() => api.close());

  it('counts uploads as mutations of the account, refusing with 429 and Retry-After before the body is read', async () => {
    const programme = await createBulkProgramme(api.owner, { code: 'rate', offices: 1, indicators: 1, password: 'correct horse battery' });
    const cookie = await api.signIn(programme.email, 'correct horse battery');
    const file = bulkCsv(programme);
    for (let i = 0; i < 2; i++) await upload(api, cookie, file, 'a.csv', { periodId: programme.periodId, dryRun: 'true' }).expect(200);
    const refused = await upload(api, cookie, file, 'a.csv', { periodId: programme.periodId }, { 'Accept-Language': 'en' }).expect(429);
    expect(refused.body).toMatchObject({ code: 'RATE_LIMITED', message: 'Too many attempts; try again in a moment.' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(await footprint(api.owner, programme.officeIds, programme.periodId)).toMatchObject({ submissions: 0, values: 0 });
  });
});
