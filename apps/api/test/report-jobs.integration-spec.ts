import request from 'supertest';
import { DEMO_LEAD_EMAIL, demoCoordinatorEmail } from '../src/database/seed/demo-seed';
import { ReportJobsRepository, type ReportStep } from '../src/modules/reports/report-jobs.repository';
import { addSecondProgramme, demoIds } from './support/fixtures';
import { pdfPages } from './support/pdf';
import { startTestApi, type TestApi } from './support/test-api';

const FIELDS = 'id state progress step pageCount sizeBytes current downloadUrl failure language period { id label }';
const REQUEST = `mutation($pr: ID!, $pe: ID!, $l: String!) { requestProgrammeReport(programmeId: $pr, periodId: $pe, language: $l) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { programmeReport(id: $id) { ${FIELDS} } }`;
const LIST = `query($pr: ID!) { programmeReports(programmeId: $pr) { ${FIELDS} } }`;
const HOME = `query($pr: ID!) { leadHome(programmeId: $pr) { completeness { offices submitted approved } } }`;

interface Report {
  id: string;
  state: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';
  progress: number;
  step: ReportStep | null;
  pageCount: number | null;
  sizeBytes: number | null;
  current: boolean;
  downloadUrl: string | null;
  failure: string | null;
  language: string;
  period: { id: string; label: string };
}

const codeOf = (body: { errors?: Array<{ extensions?: { code?: string } }> }) => body.errors?.[0]?.extensions?.code;

/** A promise with its resolve function outside: a gate a job waits at until the test opens it. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => undefined as void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('programme reports made in the background (pg-boss)', () => {
  let api: TestApi;
  let programmeId: string;
  let periodId: string;
  let officeIds: string[];
  let leadCookie: string;
  let coordinatorCookie: string;
  let written: Array<{ id: string; progress: number; step: ReportStep }>;
  let hold: { at: ReportStep; reached: ReturnType<typeof gate>; release: ReturnType<typeof gate> } | null = null;

  const one = async (id: string, cookie = leadCookie): Promise<Report | null> => {
    const { body } = await api.graphql(ONE, { id }, cookie);
    expect(body.errors).toBeUndefined();
    return body.data.programmeReport;
  };

  /** Waits for the job's end by asking, as the lead's page does (pg-boss polls its queue every second). */
  const finished = async (id: string): Promise<Report> => {
    for (;;) {
      const report = (await one(id)) as Report;
      if (report.state === 'DONE' || report.state === 'FAILED') return report;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  const requestReport = async (language = 'pl', period = periodId): Promise<Report> => {
    const { body } = await api.graphql(REQUEST, { pr: programmeId, pe: period, l: language }, leadCookie);
    expect(body.errors).toBeUndefined();
    return body.data.requestProgrammeReport;
  };

  beforeAll(async () => {
    api = await startTestApi();
    ({ programmeId, officeIds, previousQuarterId: periodId } = await demoIds(api.owner));
    leadCookie = await api.signIn(DEMO_LEAD_EMAIL);
    coordinatorCookie = await api.signIn(demoCoordinatorEmail(1));
    // Records every progress write of the jobs (and can hold a job at a step): the real repository is called.
    const repository = api.app.get(ReportJobsRepository);
    const progress = repository.progress.bind(repository);
    jest.spyOn(repository, 'progress').mockImplementation(async (manager, id, value, step) => {
      written.push({ id, progress: value, step });
      if (hold !== null && hold.at === step) {
        const { reached, release } = hold;
        hold = null;
        reached.open();
        await release.opened;
      }
      return progress(manager, id, value, step);
    });
  }, 120_000);

  beforeEach(() => {
    written = [];
  });

  afterAll(async () => {
    await api?.close();
  });

  it('makes the report in the background with progress while the dashboard keeps answering, and hands out the PDF', async () => {
    const reached = gate();
    const release = gate();
    hold = { at: 'offices', reached, release };
    const asked = await requestReport();
    expect(asked).toMatchObject({ state: 'QUEUED', progress: 0, downloadUrl: null, current: true, language: 'pl' });
    expect(asked.period.id).toBe(periodId);

    // The job is held in the middle of its offices' pages: it is running and says how far it is.
    await reached.opened;
    const running = (await one(asked.id)) as Report;
    expect(running.state).toBe('RUNNING');
    expect(running.progress).toBeGreaterThan(0);
    expect(running.progress).toBeLessThan(1);
    // The dashboard answers meanwhile (the job holds no connection and no lock it needs).
    const home = await api.graphql(HOME, { pr: programmeId }, leadCookie);
    expect(home.body.errors).toBeUndefined();
    expect(home.body.data.leadHome.completeness.offices).toBe(officeIds.length);
    release.open();

    const done = await finished(asked.id);
    expect(done).toMatchObject({ state: 'DONE', progress: 1, step: null, current: true, failure: null });
    expect(done.downloadUrl).toBe(`/api/reports/programme/${asked.id}.pdf`);

    // Progress only grows, through the three steps in order, and the job wrote it as it went.
    const mine = written.filter(({ id }) => id === asked.id);
    expect(mine.length).toBeGreaterThan(3);
    mine.slice(1).forEach((write, i) => expect(write.progress).toBeGreaterThanOrEqual(mine[i].progress));
    const steps = [...new Set(mine.map(({ step }) => step))];
    expect(steps).toEqual(['gathering', 'offices', 'rendering'].filter((step) => steps.includes(step as ReportStep)));
    expect(steps).toContain('offices');
    expect(steps).toContain('rendering');

    const download = await request(api.app.getHttpServer())
      .get(done.downloadUrl as string)
      .set('Cookie', leadCookie)
      .buffer(true);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="[A-Za-z0-9._-]+\.pdf"$/);
    const pdf = download.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBe(done.sizeBytes);
    const pages = await pdfPages(pdf);
    expect(pages).toHaveLength(done.pageCount as number);
    const [{ name }] = await api.owner.query(`SELECT name FROM programme WHERE id = $1`, [programmeId]);
    expect(pages[0]).toContain(name);
    expect(pages[0]).toContain(done.period.label);
  });

  it('hands out the kept report while the data is unchanged and makes a new one after a change, which replaces it', async () => {
    const kept = (await api.graphql(LIST, { pr: programmeId }, leadCookie)).body.data.programmeReports as Report[];
    const first = kept.find((report) => report.state === 'DONE' && report.language === 'pl' && report.period.id === periodId) as Report;
    expect(first).toBeDefined();
    const again = await requestReport();
    expect(again.id).toBe(first.id);
    expect(again.state).toBe('DONE');
    expect(written).toEqual([]);

    // A submission of the period changes (the lead returns one): the kept report is no longer current.
    await api.owner.query(`UPDATE submission SET version = version + 1 WHERE programme_id = $1 AND period_id = $2 AND office_id = $3`, [
      programmeId,
      periodId,
      officeIds[0],
    ]);
    expect((await one(first.id))?.current).toBe(false);
    const fresh = await requestReport();
    expect(fresh.id).not.toBe(first.id);
    expect((await finished(fresh.id)).state).toBe('DONE');
    // The older report of the same period and language is gone; the new one is current.
    expect(await one(first.id)).toBeNull();
    const list = (await api.graphql(LIST, { pr: programmeId }, leadCookie)).body.data.programmeReports as Report[];
    expect(list.filter((report) => report.period.id === periodId && report.language === 'pl').map(({ id }) => id)).toEqual([fresh.id]);
  });

  it('makes an English report separately and two requests at once share one report', async () => {
    const [a, b] = await Promise.all([requestReport('en'), requestReport('en')]);
    expect(a.id).toBe(b.id);
    const done = await finished(a.id);
    expect(done.state).toBe('DONE');
    const { body } = await request(api.app.getHttpServer())
      .get(done.downloadUrl as string)
      .set('Cookie', leadCookie)
      .buffer(true);
    const pages = await pdfPages(body as Buffer);
    expect(pages.join('\n')).toMatch(/Page 1 of|1 \/ |page 1/i);
  });

  it('refuses everyone but the lead and bad input with clear errors', async () => {
    const [{ id }] = await api.owner.query(`SELECT id FROM programme_report WHERE state = 'DONE' LIMIT 1`);
    // A coordinator: refused on asking and listing, sees no report, cannot download one.
    const asked = await api.graphql(REQUEST, { pr: programmeId, pe: periodId, l: 'pl' }, coordinatorCookie);
    expect(codeOf(asked.body)).toBe('FORBIDDEN');
    expect(codeOf((await api.graphql(LIST, { pr: programmeId }, coordinatorCookie)).body)).toBe('FORBIDDEN');
    expect(await one(id, coordinatorCookie)).toBeNull();
    const stolen = await request(api.app.getHttpServer()).get(`/api/reports/programme/${id}.pdf`).set('Cookie', coordinatorCookie);
    expect(stolen.status).toBe(404);
    expect(stolen.headers['content-type']).not.toBe('application/pdf');
    // Anonymous.
    expect((await request(api.app.getHttpServer()).get(`/api/reports/programme/${id}.pdf`)).status).toBe(401);
    expect(codeOf((await api.graphql(LIST, { pr: programmeId })).body)).toBe('UNAUTHENTICATED');
    // Bad input: an unknown language, a period of another programme, ids that are not ids.
    const language = await api.graphql(REQUEST, { pr: programmeId, pe: periodId, l: 'de' }, leadCookie);
    expect(codeOf(language.body)).toBe('BAD_USER_INPUT');
    expect(language.body.errors[0].message).toBe('Język raportu: pl albo en.');
    const second = await addSecondProgramme(api.owner, [officeIds[0]]);
    const foreign = await api.graphql(REQUEST, { pr: programmeId, pe: second.periodId, l: 'pl' }, leadCookie);
    expect(codeOf(foreign.body)).toBe('NOT_FOUND');
    // (an id that is not a uuid is refused by the schema's input checks before any resolver)
    expect(codeOf((await api.graphql(REQUEST, { pr: programmeId, pe: 'x', l: 'pl' }, leadCookie)).body)).toBe('BAD_USER_INPUT');
    expect(codeOf((await api.graphql(ONE, { id: 'not-an-id' }, leadCookie)).body)).toBe('BAD_USER_INPUT');
    expect((await request(api.app.getHttpServer()).get('/api/reports/programme/x.pdf').set('Cookie', leadCookie)).status).toBe(404);
    // The database refuses a report that claims to be done without its file.
    await expect(api.owner.query(`UPDATE programme_report SET content = NULL WHERE id = $1`, [id])).rejects.toThrow(
      /programme_report_done/,
    );
  });
});
