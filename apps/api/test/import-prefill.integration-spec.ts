import { DEMO_LEAD_EMAIL, demoCoordinatorEmail } from '../src/database/seed/demo-seed';
import { IMPORT_LIMITS } from '../src/modules/imports/import-limits';
import { interpretSheet } from '../src/modules/imports/import-table';
import { readXlsx } from '../src/modules/imports/xlsx-reader';
import { writeXlsx } from '../src/modules/imports/xlsx-writer';
import { csvFile, downloadTemplate, footprint, storedValues, upload } from './import-helpers';
import { demoIds, type DemoIds, officeNamesOf } from './support/fixtures';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * The import's choice of period, its refusal of handed-in periods, the prefilled template and its round
 * trip, and its words in Polish and English, on a real PostgreSQL through the HTTP stack. In the demo's
 * open quarter offices 1-5 have submitted, 6-10 are approved, 11-12 returned, 13-18 drafts (half
 * filled), 19-26 not started.
 */
describe('spreadsheet import: periods, prefilled template, languages', () => {
  let api: TestApi;
  let demo: DemoIds;
  let officeNames: string[];
  const cookies = new Map<string, string>();
  const coordinatorOf = async (position: number) => {
    const email = demoCoordinatorEmail(position);
    if (!cookies.has(email)) cookies.set(email, await api.signIn(email));
    return cookies.get(email) as string;
  };
  const office = (position: number) => demo.officeIds[position - 1];
  const versionOf = async (position: number) =>
    (
      await api.owner.query(`SELECT version FROM submission WHERE office_id = $1 AND period_id = $2`, [
        office(position),
        demo.openQuarterId,
      ])
    )[0]?.version as number | undefined;

  /** The template's Import sheet as cell values (numbers as numbers, text as text, empty as null), nine columns a row. */
  const templateRows = async (position: number, query: Record<string, string> = {}) => {
    const response = await downloadTemplate(api, await coordinatorOf(position), { periodId: demo.openQuarterId, ...query }).expect(200);
    const sheet = readXlsx(response.body as Buffer, IMPORT_LIMITS);
    return sheet.rows.map((row) =>
      Array.from({ length: 9 }, (_, column) => {
        const cell = row.cells[column];
        return cell === undefined ? null : cell.kind === 'number' ? cell.value : cell.kind === 'text' ? cell.text : null;
      }),
    );
  };

  beforeAll(async () => {
    api = await startTestApi({ rateLimits: { loginPerIp: 10_000, loginPerAccount: 10_000 } });
    demo = await demoIds(api.owner);
    officeNames = await officeNamesOf(api.owner, demo.programmeId);
    // A comment on one of office 13's draft values, so that the round trip carries comments too.
    await api.owner.query(
      `UPDATE submission_value v SET comment = 'zmiana organizacji pracy'
         FROM submission s, indicator i
        WHERE v.submission_id = s.id AND i.id = v.indicator_id AND s.office_id = $1 AND s.period_id = $2
          AND i.code = (SELECT i2.code FROM submission_value v2 JOIN indicator i2 ON i2.id = v2.indicator_id
                         WHERE v2.submission_id = s.id ORDER BY i2.code LIMIT 1)`,
      [office(13), demo.openQuarterId],
    );
  });

  afterAll(() => api.close());

  describe('the choice of period (importPeriods)', () => {
    const query = `query($p: ID!) { importPeriods(programmeId: $p) { importable period { id label state } offices { officeId officeName status importable } } }`;
    type ImportPeriod = { importable: boolean; period: { id: string; label: string }; offices: Array<{ status: string | null }> };
    /** The demo's open CAF period and open year (no submission yet: importable by every office) beside the open quarter. */
    const openCafAndYear = (periods: ImportPeriod[]) =>
      periods.filter((p) => p.period.id !== demo.openQuarterId).map((p) => [p.period.label, p.importable, p.offices[0].status]);
    const openQuarter = (periods: ImportPeriod[]) => periods.filter((p) => p.period.id === demo.openQuarterId);

    it('lists the open quarter as importable for a draft or returned office, with its status', async () => {
      for (const [position, status] of [
        [13, 'DRAFT'],
        [11, 'RETURNED'],
        [20, null],
      ] as const) {
        const { body } = await api.graphql(query, { p: demo.programmeId }, await coordinatorOf(position));
        expect(body.errors).toBeUndefined();
        expect(openCafAndYear(body.data.importPeriods)).toEqual([
          [`CAF ${demo.openQuarterLabel.slice(0, 4)}`, true, null],
          [demo.openQuarterLabel.slice(0, 4), true, null],
        ]);
        expect(openQuarter(body.data.importPeriods)).toEqual([
          {
            importable: true,
            period: { id: demo.openQuarterId, label: demo.openQuarterLabel, state: 'OPEN' },
            offices: [{ officeId: office(position), officeName: officeNames[position - 1], status, importable: true }],
          },
        ]);
      }
    });

    it('does not offer it to an office that submitted or was approved, and never a locked period', async () => {
      for (const [position, status] of [
        [1, 'SUBMITTED'],
        [6, 'APPROVED'],
      ] as const) {
        const { body } = await api.graphql(query, { p: demo.programmeId }, await coordinatorOf(position));
        expect(openCafAndYear(body.data.importPeriods)).toEqual([
          [`CAF ${demo.openQuarterLabel.slice(0, 4)}`, true, null],
          [demo.openQuarterLabel.slice(0, 4), true, null],
        ]);
        expect(openQuarter(body.data.importPeriods)).toEqual([
          {
            importable: false,
            period: { id: demo.openQuarterId, label: demo.openQuarterLabel, state: 'OPEN' },
            offices: [{ officeId: office(position), officeName: officeNames[position - 1], status, importable: false }],
          },
        ]);
      }
    });

    it('is empty for the lead, who imports nothing', async () => {
      const { body } = await api.graphql(query, { p: demo.programmeId }, await api.signIn(DEMO_LEAD_EMAIL));
      expect(body.data.importPeriods).toEqual([]);
    });
  });

  describe('a submitted period', () => {
    const file = () =>
      csvFile([
        ['indicator', 'value'],
        ['E_SERVICES_COUNT', '4'],
      ]);

    it('is refused with a clear Polish message, the status in words, and nothing changed (dry run and real run)', async () => {
      const cookie = await coordinatorOf(2);
      const before = { footprint: await footprint(api.owner, [office(2)], demo.openQuarterId), version: await versionOf(2) };
      for (const dryRun of ['true', 'false']) {
        const response = await upload(api, cookie, file(), 'a.csv', { periodId: demo.openQuarterId, dryRun }).expect(409);
        expect(response.body).toEqual({
          code: 'SUBMISSION_NOT_EDITABLE',
          message: `Do okresu ${demo.openQuarterLabel} nie można importować. Sprawozdanie urzędu „${officeNames[1]}” za okres ${demo.openQuarterLabel} jest przekazane do lidera, więc nie można go teraz zmieniać: jeśli trzeba coś poprawić, poproś lidera programu o zwrócenie go do poprawy. Nic nie zmieniono.`,
        });
        expect(response.body.message).not.toMatch(/SUBMITTED/);
      }
      expect({ footprint: await footprint(api.owner, [office(2)], demo.openQuarterId), version: await versionOf(2) }).toEqual(before);
    });

    it('in English when the user chose English (Accept-Language, as the import page sends it)', async () => {
      const response = await upload(
        api,
        await coordinatorOf(2),
        file(),
        'a.csv',
        { periodId: demo.openQuarterId },
        { 'Accept-Language': 'en' },
      ).expect(409);
      expect(response.body.message).toBe(
        `Nothing can be imported into ${demo.openQuarterLabel}. The submission of "${officeNames[1]}" for ${demo.openQuarterLabel} is submitted for review, so it cannot be changed now: if something needs correcting, ask the programme lead to return it. Nothing was changed.`,
      );
    });

    it('has no template either: an approved period is refused the same way', async () => {
      const response = await downloadTemplate(api, await coordinatorOf(7), { periodId: demo.openQuarterId }).expect(409);
      expect(JSON.parse((response.body as Buffer).toString('utf8'))).toEqual({
        code: 'SUBMISSION_NOT_EDITABLE',
        message: `Do okresu ${demo.openQuarterLabel} nie można importować. Sprawozdanie urzędu „${officeNames[6]}” za okres ${demo.openQuarterLabel} jest zatwierdzone, więc nie można go teraz zmieniać: zmienić je można dopiero, gdy lider programu ponownie je otworzy. Nic nie zmieniono.`,
      });
    });
  });

  describe('the prefilled template', () => {
    it("holds the office's saved values, in the form's order, with the form's units and Polish definitions", async () => {
      const rows = await templateRows(13);
      const saved = await storedValues(api.owner, office(13), demo.openQuarterId);
      expect(saved.length).toBeGreaterThan(3);
      expect(saved.some((v) => v.comment)).toBe(true);

      const { body } = await api.graphql(
        `query($o: ID!, $p: ID!) { submissionForm(officeId: $o, periodId: $p) { lines { indicator { code unit } } } }`,
        { o: office(13), p: demo.openQuarterId },
        await coordinatorOf(13),
      );
      const lines: Array<{ indicator: { code: string; unit: string } }> = body.data.submissionForm.lines;
      // the form's order
      expect(rows.slice(1).map((row) => row[2])).toEqual(lines.map((line) => line.indicator.code));
      // the form's unit words (apps/web/src/app/messages.pl.ts)
      const unitWords: Record<string, string> = {
        pct: '%',
        days: 'dni',
        minutes: 'min',
        count: 'szt.',
        per_1000: 'na 1000',
        hours: 'godz.',
      };
      expect(rows.slice(1).map((row) => row[4])).toEqual(lines.map((line) => unitWords[line.indicator.unit]));
      expect(rows.find((row) => row[2] === 'CASES_ON_TIME_PCT')?.[3]).toMatch(
        / \(licznik: sprawy załatwione w terminie; mianownik: sprawy załatwione\)$/,
      );

      // the saved values in their cells
      const byCode = new Map(rows.slice(1).map((row) => [row[2], row]));
      for (const value of saved) {
        const row = byCode.get(value.code)!;
        expect([row[0], row[1]]).toEqual([officeNames[12], demo.openQuarterLabel]);
        if (value.numerator !== null) expect([row[5], row[6], row[7]]).toEqual([null, value.numerator, value.denominator]);
        else expect([row[5], row[6], row[7]]).toEqual([value.value, null, null]);
        expect(row[8]).toBe(value.comment);
      }
      const filled = rows.slice(1).filter((row) => row[5] !== null || row[6] !== null);
      expect(filled).toHaveLength(saved.length);
    });

    it('round-trips: sent back unchanged it changes nothing; with one cell changed, just that value', async () => {
      const cookie = await coordinatorOf(13);
      const rows = await templateRows(13);
      const before = { values: await storedValues(api.owner, office(13), demo.openQuarterId), version: await versionOf(13) };
      const audit = async () => (await footprint(api.owner, [office(13)], demo.openQuarterId)).audit;
      const auditBefore = await audit();

      const unchanged = await upload(api, cookie, writeXlsx([{ name: 'Import', rows }]), 'szablon.xlsx', {
        periodId: demo.openQuarterId,
      }).expect(200);
      expect(unchanged.body).toMatchObject({ applied: true, changed: 0, values: before.values.length, errorCount: 0 });
      expect(unchanged.body.targets).toEqual([
        { officeId: office(13), office: officeNames[12], periodId: demo.openQuarterId, period: demo.openQuarterLabel },
      ]);
      expect({ values: await storedValues(api.owner, office(13), demo.openQuarterId), version: await versionOf(13) }).toEqual(before);
      expect(await audit()).toBe(auditBefore);

      // one ratio's numerator changed (kept within its range)
      const ratioRow = rows.findIndex((row, i) => i > 0 && typeof row[6] === 'number' && typeof row[7] === 'number');
      const code = rows[ratioRow][2] as string;
      const numerator = Math.max(0, (rows[ratioRow][6] as number) - 1);
      const changedRows = rows.map((row, i) => (i === ratioRow ? row.map((cell, c) => (c === 6 ? numerator : cell)) : row));
      const changed = await upload(api, cookie, writeXlsx([{ name: 'Import', rows: changedRows }]), 'szablon.xlsx', {
        periodId: demo.openQuarterId,
      }).expect(200);
      expect(changed.body).toMatchObject({ applied: true, changed: 1, errorCount: 0 });
      const after = await storedValues(api.owner, office(13), demo.openQuarterId);
      expect(after.filter((v) => v.code !== code)).toEqual(before.values.filter((v) => v.code !== code));
      expect(after.find((v) => v.code === code)?.numerator).toBe(numerator);
      expect(await versionOf(13)).toBe((before.version as number) + 1);
      expect(await audit()).toBe(auditBefore + 1);
    });

    it('a not-started office gets the rows empty, and an unchanged file from it imports nothing', async () => {
      const rows = await templateRows(21);
      expect(rows.slice(1).every((row) => row.slice(5).every((cell) => cell === null))).toBe(true);
      const table = interpretSheet(readXlsx(writeXlsx([{ name: 'Import', rows }]), IMPORT_LIMITS), IMPORT_LIMITS);
      expect(table.rows).toEqual([]);
    });

    it('is in English with lang=en: English names, units and definitions', async () => {
      const rows = await templateRows(13, { lang: 'en' });
      const row = rows.find((r) => r[2] === 'CASES_ON_TIME_PCT')!;
      expect(row[3]).toMatch(/ \(numerator: cases settled on time; denominator: cases settled\)$/);
      expect(row[4]).toBe('%');
      expect(rows.find((r) => r[2] === 'E_SERVICES_COUNT')?.[4]).toBe('items');
    });
  });
});
