import { writeFileSync } from 'node:fs';
import { type Actor, type Grant, unitWord } from '@officebench/domain';
import type { DataSource } from 'typeorm';
import { DEMO_LEAD_EMAIL, demoCoordinatorEmail } from '../src/database/seed/demo-seed';
import { formatNumber, formatWithUnit } from '../src/modules/reports/pdf/pdf-format';
import { closePdfRenderer } from '../src/modules/reports/pdf/pdf-renderer';
import { quantileSummary, round } from '../src/modules/reports/programme-report.document';
import { ProgrammeReportService, type ReportProgress } from '../src/modules/reports/programme-report.service';
import { demoIds, officeNamesOf } from './support/fixtures';
import { pdfPages } from './support/pdf';
import { startTestApi, type TestApi } from './support/test-api';

const COMPLETENESS = `query($pr: ID!) { completeness(programmeId: $pr) { office { id } period { id } status } }`;
const DISTRIBUTION = `query($pr: ID!, $pe: ID!, $code: String!) {
  distribution(programmeId: $pr, periodId: $pe, indicatorCode: $code) { office { id name } value status }
}`;
const PROGRESS = `query($pr: ID!) {
  programmeProgress(programmeId: $pr) { target { indicator { code name nameEn } } officesWithData offices { office { id } } }
}`;
const CAF = `query($pr: ID!) { cafProgramme(programmeId: $pr) { closedCycles openCycles } }`;

interface Step {
  done: number;
  step: Parameters<ReportProgress>[1];
}

/** The actor a signed-in user is to the services: their grants as the database has them. */
async function actorOf(owner: DataSource, email: string): Promise<Actor> {
  const rows: Array<{ userId: string; role: Grant['role']; programmeId: string | null; officeId: string | null }> = await owner.query(
    `SELECT u.id AS "userId", g.role, g.programme_id AS "programmeId", g.office_id AS "officeId"
       FROM app_user u JOIN role_grant g ON g.user_id = u.id WHERE u.email = $1`,
    [email],
  );
  return { userId: rows[0].userId, grants: rows.map(({ role, programmeId, officeId }) => ({ role, programmeId, officeId })) };
}

/**
 * The rest of a table row whose first cell is `name` (the cells after it, from `next` on): the row's first line starts with the whole name
 * or, where the name wraps in its cell, with its first words.
 */
function rowOf(page: string, name: string, next: string): string | undefined {
  for (const line of page.split('\n')) {
    const words = line.split(' ');
    let prefix = '';
    let used = 0;
    while (used < words.length && name.startsWith(prefix === '' ? words[used] : `${prefix} ${words[used]}`)) {
      prefix = prefix === '' ? words[used] : `${prefix} ${words[used]}`;
      used += 1;
    }
    const rest = words.slice(used).join(' ');
    if (used > 0 && (prefix === name || name.startsWith(`${prefix} `)) && rest.startsWith(next)) return rest;
  }
  return undefined;
}

/** The lines of a page that start with `prefix` (a table row: its cells joined by spaces). */
const linesStarting = (page: string, prefix: string) => page.split('\n').filter((line) => line.startsWith(prefix));

describe('the programme report (ProgrammeReportService)', () => {
  let api: TestApi;
  let service: ProgrammeReportService;
  let programmeId: string;
  let periodId: string;
  let periodLabel: string;
  let officeIds: string[];
  let officeNames: string[];
  let lead: Actor;
  let leadCookie: string;
  let report: { content: Buffer; pageCount: number; filename: string };
  let pages: string[];
  let progress: Step[];

  const graphql = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const { body } = await api.graphql(query, variables, leadCookie);
    expect(body.errors).toBeUndefined();
    return body.data as T;
  };
  const distributionOf = async (code: string) =>
    (
      await graphql<{ distribution: Array<{ office: { id: string }; value: number | null; status: string | null }> }>(DISTRIBUTION, {
        pr: programmeId,
        pe: periodId,
        code,
      })
    ).distribution;
  /** The programme's indicators of the period's kind, in programme order (the report's rows). */
  const periodIndicators = (): Promise<Array<{ code: string; name: string; unit: string }>> =>
    api.owner.query(
      `SELECT i.code, i.name_pl AS name, i.unit FROM programme_indicator pi JOIN indicator i ON i.id = pi.indicator_id
        WHERE pi.programme_id = $1 AND i.periodicity = 'QUARTERLY' ORDER BY pi.position`,
      [programmeId],
    );
  const appendixPages = (all: string[], word: string) => all.filter((page) => page.startsWith(`${word}: `));

  beforeAll(async () => {
    api = await startTestApi();
    const ids = await demoIds(api.owner);
    ({ programmeId, officeIds } = ids);
    // The open quarter: some offices have handed in, some not, so every completeness column has a count to check.
    periodId = ids.openQuarterId;
    periodLabel = ids.openQuarterLabel;
    officeNames = await officeNamesOf(api.owner, programmeId);
    lead = await actorOf(api.owner, DEMO_LEAD_EMAIL);
    leadCookie = await api.signIn(DEMO_LEAD_EMAIL);
    service = api.app.get(ProgrammeReportService);
    progress = [];
    report = await service.make(lead, programmeId, periodId, 'pl', (done, step) => {
      progress.push({ done, step });
    });
    pages = await pdfPages(report.content);
    // To look at it (docs/screenshots/report-programme*.png are made from this file with scripts/pdf-to-png.mjs).
    if (process.env.PROGRAMME_REPORT_PDF) writeFileSync(process.env.PROGRAMME_REPORT_PDF, report.content);
  });

  afterAll(async () => {
    await closePdfRenderer();
    await api.close();
  });

  it('names an ASCII file after the programme and the period and counts its pages', () => {
    expect(report.filename).toMatch(/^raport-programu-[a-z0-9-]+\.pdf$/);
    expect(report.filename).toContain('dzierzoniow-demo');
    expect(report.pageCount).toBe(pages.length);
    expect(pages[0]).toContain('Raport programu');
    expect(pages[0]).toContain(`Okres ${periodLabel}`);
  });

  it('counts each office’s submission status as the lead’s completeness query has it', async () => {
    const { completeness } = await graphql<{
      completeness: Array<{ office: { id: string }; period: { id: string }; status: string | null }>;
    }>(COMPLETENESS, { pr: programmeId });
    const rows = completeness.filter((row) => row.period.id === periodId);
    const count = (status: string | null) => rows.filter((row) => row.status === status).length;
    const missing = officeIds.length - rows.filter((row) => row.status !== null).length;
    const expected = [officeIds.length, count('APPROVED'), count('SUBMITTED'), count('RETURNED'), count('DRAFT'), missing];
    // Not all in one status: the check below tells the columns apart.
    expect(new Set(expected.slice(1)).size).toBeGreaterThan(1);
    const page = pages.find((text) => text.startsWith('1. Kompletność danych')) as string;
    expect(linesStarting(page, 'Wszystkie urzędy ')).toContain(`Wszystkie urzędy ${expected.join(' ')}`);
  });

  it('gives each indicator’s count, minimum and median as the lead’s distribution query has them', async () => {
    const page = pages.find((text) => text.startsWith('2. Rozkłady wskaźników')) as string;
    let checked = 0;
    for (const indicator of await periodIndicators()) {
      const values = (await distributionOf(indicator.code)).flatMap(({ value }) => (value === null ? [] : [value]));
      const stats = quantileSummary(values);
      const row = rowOf(page, indicator.name, `${unitWord(indicator.unit, 'pl')} `);
      expect(row).toBeDefined();
      // n, approved, then min, Q1, median, Q3, max (or "brak wartości")
      const cells = (row as string).slice(unitWord(indicator.unit, 'pl').length + 1).split(' ');
      expect(cells[0]).toBe(String(values.length));
      if (!stats) continue;
      expect(cells[2]).toBe(formatNumber(round(stats.min), 'pl'));
      expect(cells[4]).toBe(formatNumber(round(stats.median), 'pl'));
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('gives each target’s offices with data as the lead’s programmeProgress query has them', async () => {
    const { programmeProgress } = await graphql<{
      programmeProgress: Array<{ target: { indicator: { name: string } }; officesWithData: number; offices: unknown[] }>;
    }>(PROGRESS, { pr: programmeId });
    expect(programmeProgress.length).toBeGreaterThan(0);
    const page = pages.filter((text) => text.startsWith('3. Postęp względem celów programu')).join('\n');
    for (const summary of programmeProgress) {
      const at = page.indexOf(summary.target.indicator.name);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(page.slice(at)).toContain(`${summary.officesWithData} / ${summary.offices.length}`);
    }
  });

  it('has the CAF cycles of the lead’s cafProgramme query', async () => {
    const { cafProgramme } = await graphql<{ cafProgramme: { closedCycles: number; openCycles: number } }>(CAF, { pr: programmeId });
    const page = pages.find((text) => text.startsWith('4. Samoocena CAF')) as string;
    expect(cafProgramme.closedCycles).toBeGreaterThan(0);
    expect(linesStarting(page, 'zamknięte ')).toContain(`zamknięte ${cafProgramme.closedCycles}`);
  });

  it('has one appendix page per office, in the programme’s order, with the office’s values of the lead’s distribution query', async () => {
    const appendix = appendixPages(pages, 'Załącznik');
    expect(appendix).toHaveLength(officeIds.length);
    expect(appendix.map((page) => page.split('\n')[0])).toEqual(officeNames.map((name) => `Załącznik: ${name}`));
    // Each appendix is one page: the page after it starts another appendix or ends the report.
    const firstAppendix = pages.indexOf(appendix[0]);
    expect(pages.length - firstAppendix).toBe(officeIds.length);

    let values = 0;
    for (const indicator of await periodIndicators()) {
      for (const row of await distributionOf(indicator.code)) {
        const page = appendix[officeIds.indexOf(row.office.id)];
        // pdfjs gives the no-break space between a number and its unit as a space.
        const shown = (row.value === null ? '–' : formatWithUnit(round(row.value), indicator.unit, 'pl')).replace(/\s/g, ' ');
        expect(rowOf(page, indicator.name, `${shown} `)).toBeDefined();
        if (row.value !== null) values += 1;
      }
    }
    expect(values).toBeGreaterThan(0);
  });

  it('reports progress from 0 to 1, never back, through gathering, offices and rendering in that order', () => {
    expect(progress[0]).toEqual({ done: 0, step: 'gathering' });
    expect(progress[progress.length - 1]).toEqual({ done: 1, step: 'rendering' });
    for (let index = 1; index < progress.length; index += 1) expect(progress[index].done).toBeGreaterThanOrEqual(progress[index - 1].done);
    const order = ['gathering', 'offices', 'rendering'];
    const steps = progress.map(({ step }) => order.indexOf(step));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(new Set(progress.map(({ step }) => step))).toEqual(new Set(order));
  });

  it('is made in English too', async () => {
    const english = await service.make(lead, programmeId, periodId, 'en', () => undefined);
    if (process.env.PROGRAMME_REPORT_PDF) writeFileSync(process.env.PROGRAMME_REPORT_PDF.replace(/\.pdf$/, '-en.pdf'), english.content);
    const text = await pdfPages(english.content);
    expect(english.filename).toMatch(/^programme-report-[a-z0-9-]+\.pdf$/);
    expect(text[0]).toContain('Programme report');
    expect(text.some((page) => page.startsWith('2. Distributions of the indicators'))).toBe(true);
    expect(appendixPages(text, 'Appendix').map((page) => page.split('\n')[0])).toEqual(officeNames.map((name) => `Appendix: ${name}`));
    expect(text.join('\n')).not.toMatch(/Załącznik|Kompletność/);
  });

  it('is refused to an office’s coordinator, even of an office of the programme', async () => {
    const coordinator = await actorOf(api.owner, demoCoordinatorEmail(1));
    const calls: Step[] = [];
    await expect(
      service.make(coordinator, programmeId, periodId, 'pl', (done, step) => void calls.push({ done, step })),
    ).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    expect(calls).toEqual([]);
  });
});
