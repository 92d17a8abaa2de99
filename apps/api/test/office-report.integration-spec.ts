import { writeFileSync } from 'node:fs';
import request from 'supertest';
import { demoAssessorEmail } from '../src/database/seed/caf-seed';
import { DEMO_LEAD_EMAIL, demoCoordinatorEmail } from '../src/database/seed/demo-seed';
import { reportPeriod } from '../src/modules/reports/office-report.service';
import { asciiSlug, formatChange, formatNumber, formatWithUnit } from '../src/modules/reports/pdf/pdf-format';
import { demoIds } from './support/fixtures';
import { pdfInfo, pdfPages } from './support/pdf';
import { BENCH_INDICATORS, distinctiveProgramme, RELEASE_PERIOD, sessionCookieFor, startBenchApi } from './support/random-programme';
import { startTestApi, type TestApi } from './support/test-api';

type Language = 'pl' | 'en';

/** The body as a Buffer whatever its type (a PDF, or a JSON refusal). */
function download(api: TestApi, query: Record<string, string>, cookie?: string, headers: Record<string, string> = {}) {
  let call = request(api.app.getHttpServer()).get('/api/reports/office.pdf').query(query);
  if (cookie) call = call.set('Cookie', cookie);
  for (const [name, value] of Object.entries(headers)) call = call.set(name, value);
  return call.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

const json = (body: Buffer) => JSON.parse(body.toString('utf8')) as { code: string; message: string };

/** The PDF's text with no-break spaces as spaces (pdf-text.mjs already folds whitespace; the numbers here are written the same way). */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

const SCORECARD = `query($pr: ID!, $office: ID!, $group: ID) {
  officeScorecard(programmeId: $pr, officeId: $office, peerGroupId: $group) {
    office { id name }
    peerGroup { id name }
    lines {
      indicator { code name nameEn unit }
      latestPeriod { id } change comparedPeriod { id label }
      own suppressed mean median versusMean
      trend { period { id label } own peerMean }
    }
  }
}`;

interface Line {
  indicator: { code: string; name: string; nameEn: string; unit: string };
  latestPeriod: { id: string } | null;
  change: number | null;
  comparedPeriod: { id: string; label: string } | null;
  own: number | null;
  suppressed: boolean;
  mean: number | null;
  median: number | null;
  versusMean: string | null;
  trend: Array<{ period: { id: string; label: string }; own: number | null; peerMean: number | null }>;
}

const READING = { reading: true } as const;

/**
 * The change a row shows: the scorecard's when the report's period is the line's latest handed-in one, else the own value against the
 * latest earlier released period with a value (the scorecard's trend points).
 */
function changeOf(line: Line): number | null {
  const at = line.trend.findIndex((point) => point.period.id === line.comparedPeriod?.id);
  if (line.latestPeriod?.id === line.comparedPeriod?.id) return line.change;
  const own = at >= 0 ? line.trend[at].own : null;
  const before = line.trend
    .slice(0, Math.max(at, 0))
    .filter((point) => point.own !== null)
    .at(-1);
  return own === null || !before ? null : own - (before.own as number);
}

describe('the office report (GET /api/reports/office.pdf)', () => {
  let api: TestApi;
  let programmeId: string;
  let officeId: string;
  let cookie: string;
  let period: { id: string; label: string };

  const reportOf = async (query: Record<string, string>, who = cookie, headers: Record<string, string> = {}) => {
    const answer = await download(api, { programmeId, officeId, ...query }, who, headers);
    expect({ status: answer.status, type: answer.headers['content-type'] }).toEqual({ status: 200, type: 'application/pdf' });
    return { answer, pages: (await pdfPages(answer.body)).map(plain) };
  };

  beforeAll(async () => {
    api = await startTestApi();
    programmeId = (await demoIds(api.owner)).programmeId;
    cookie = await api.signIn(demoCoordinatorEmail(2));
    const { body } = await api.graphql(`{ me { roles { role office { id } } } }`, {}, cookie);
    officeId = body.data.me.roles.find((role: { role: string }) => role.role === 'OFFICE_COORDINATOR').office.id;
    const periods = (
      await api.graphql(
        `query($id: ID!) { programme(id: $id) { periods { id label kind releasedAt endsOn } } }`,
        { id: programmeId },
        cookie,
      )
    ).body.data.programme.periods;
    const chosen = reportPeriod(
      periods.map((p: { endsOn: string; releasedAt: string | null }) => ({
        ...p,
        endsOn: new Date(p.endsOn),
        releasedAt: p.releasedAt && new Date(p.releasedAt),
      })),
      null,
    );
    period = { id: chosen!.id, label: chosen!.label };
  });
  afterAll(() => api?.close());

  /** Each scorecard line of the report's period as its row starts in the PDF: own value, change, median, mean. */
  async function expectedRows(language: Language) {
    const { body } = await api.graphql(SCORECARD, { pr: programmeId, office: officeId, group: null }, cookie);
    expect(body.errors).toBeUndefined();
    const lines = (body.data.officeScorecard.lines as Line[]).filter((line) => line.comparedPeriod?.id === period.id);
    return {
      scorecard: body.data.officeScorecard as { office: { name: string }; peerGroup: { name: string } },
      lines,
      rows: lines.map((line) => ({
        line,
        text: plain(
          [
            formatWithUnit(line.own, line.indicator.unit, language, READING),
            formatChange(changeOf(line), language, READING),
            formatWithUnit(line.median, line.indicator.unit, language),
            formatWithUnit(line.mean, line.indicator.unit, language),
          ].join(' '),
        ),
      })),
    };
  }

  it('holds the scorecard of the latest released period as officeScorecard gives it, with trends, CAF and practices (Polish)', async () => {
    const { answer, pages } = await reportOf({});
    const { scorecard, lines, rows } = await expectedRows('pl');
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(lines.filter((line) => line.mean !== null).length).toBeGreaterThan(0);

    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['content-disposition']).toBe(
      `attachment; filename="raport-${asciiSlug(scorecard.office.name)}-${asciiSlug(period.label)}.pdf"`,
    );
    expect(answer.headers['content-disposition']).toMatch(/^[\x20-\x7e]+$/);

    const text = pages.join('\n');
    const textLines = text.split('\n');
    expect(text).toContain('Raport urzędu');
    expect(text).toContain(`Urząd ${scorecard.office.name}`);
    expect(text).toContain(`Okres ${period.label}`);
    expect(text).toContain(`Grupa porównawcza ${scorecard.peerGroup.name}`);
    // Every line's own value, change, median and mean, on the first line of its row.
    for (const row of rows) {
      expect({ code: row.line.indicator.code, found: textLines.some((line) => line.includes(row.text)) }).toEqual({
        code: row.line.indicator.code,
        found: true,
      });
    }
    // The standing against the mean, once per line that has one.
    const verdicts = (text.match(/lepiej niż średnia|gorzej niż średnia|tak jak średnia/g) ?? []).length;
    expect(verdicts).toBe(lines.filter((line) => line.versusMean !== null).length);
    // The trends: each released period's own value and the group's mean, as the scorecard's trend points.
    for (const line of lines) {
      for (const point of line.trend) {
        const expected = plain(`${point.period.label} ${formatNumber(point.own, 'pl', READING)} ${formatNumber(point.peerMean, 'pl')}`);
        expect({ code: line.indicator.code, period: point.period.label, found: text.includes(expected) }).toEqual({
          code: line.indicator.code,
          period: point.period.label,
          found: true,
        });
      }
    }
    // CAF: the latest closed self-assessment's total, as the radar gives it.
    const cycles = (
      await api.graphql(
        `query($pr: ID!, $o: ID!) { cafOffice(programmeId: $pr, officeId: $o) { cycles { id state closedAt } } }`,
        { pr: programmeId, o: officeId },
        cookie,
      )
    ).body.data.cafOffice.cycles.filter((cycle: { state: string }) => cycle.state === 'CLOSED');
    expect(cycles.length).toBeGreaterThan(0);
    const latest = [...cycles].sort((a, b) => a.closedAt.localeCompare(b.closedAt)).at(-1);
    const radar = (
      await api.graphql(
        `query($c: ID!) { cafRadar(cycleId: $c) { periodLabel total previousTotal criteria { criterion score } } }`,
        { c: latest.id },
        cookie,
      )
    ).body.data.cafRadar;
    expect(text).toContain(`Samoocena CAF (${radar.periodLabel})`);
    expect(text).toContain(
      plain(`Suma (9 kryteriów, maks. 900) ${formatNumber(radar.total, 'pl')} ${formatNumber(radar.previousTotal, 'pl')}`),
    );
    // Practices: the suggestions the office's page shows, by title.
    const suggestions = (
      await api.graphql(
        `query($pr: ID!, $p: ID!, $o: ID!) { practiceSuggestions(programmeId: $pr, periodId: $p, officeId: $o) { practices { practice { title } } } }`,
        { pr: programmeId, p: period.id, o: officeId },
        cookie,
      )
    ).body.data.practiceSuggestions as Array<{ practices: Array<{ practice: { title: string } }> }>;
    expect(text).toContain('Sugerowane dobre praktyki');
    for (const title of suggestions.flatMap((s) => s.practices.map((p) => p.practice.title))) expect(text).toContain(title);
    // Footer and document information.
    expect(pages[0]).toContain(`strona 1 z ${pages.length}`);
    expect(pages.at(-1)).toContain(`strona ${pages.length} z ${pages.length}`);
    const info = await pdfInfo(answer.body);
    expect(info.author).toBe('OfficeBench');
    expect(info.title).toBe(`Raport urzędu: ${scorecard.office.name}, ${period.label}`);
  });

  it('is written in English with lang=en, or with Accept-Language: en', async () => {
    const { rows } = await expectedRows('en');
    const asks: Array<{ query: Record<string, string>; headers: Record<string, string> }> = [
      { query: { lang: 'en' }, headers: {} },
      { query: {}, headers: { 'Accept-Language': 'en' } },
    ];
    for (const ask of asks) {
      const { pages } = await reportOf(ask.query, cookie, ask.headers);
      const text = pages.join('\n');
      expect(text).toContain('Office report');
      expect(text).toContain(`Period ${period.label}`);
      expect(text).not.toContain('Wskaźnik');
      expect(pages[0]).toContain(`page 1 of ${pages.length}`);
      const textLines = text.split('\n');
      for (const row of rows) expect(textLines.some((line) => line.includes(row.text))).toBe(true);
    }
  });

  it('shows a period not released yet with the own values only, and says so', async () => {
    const ids = await demoIds(api.owner);
    const { pages } = await reportOf({ periodId: ids.openQuarterId });
    const text = pages.join('\n');
    expect(text).toContain(`Wyniki okresu ${ids.openQuarterLabel} nie zostały jeszcze opublikowane`);
    const cells = (
      await api.graphql(
        `query($pr: ID!, $p: ID!, $o: ID!) { benchmark(programmeId: $pr, periodId: $p, officeId: $o) { indicator { code unit } peerGroup { id } own mean } }`,
        { pr: programmeId, p: ids.openQuarterId, o: officeId },
        cookie,
      )
    ).body.data.benchmark as Array<{ indicator: { unit: string }; own: number | null; mean: number | null }>;
    expect(cells.every((cell) => cell.mean === null)).toBe(true);
    const withOwn = cells.filter((cell) => cell.own !== null);
    // Every row says the period is not released; no group statistic is shown (four dashes: median, mean, middle half, and no chart).
    expect((text.match(/okres nieopublikowany/g) ?? []).length).toBeGreaterThan(0);
    for (const cell of withOwn) expect(text).toContain(plain(formatWithUnit(cell.own, cell.indicator.unit, 'pl', READING)));
  });

  it('shows a CAF period when asked for: its indicators against the group', async () => {
    const periods = (
      await api.graphql(`query($id: ID!) { programme(id: $id) { periods { id label kind releasedAt } } }`, { id: programmeId }, cookie)
    ).body.data.programme.periods as Array<{ id: string; label: string; kind: string; releasedAt: string | null }>;
    const caf = periods.find((p) => p.kind === 'CAF_CYCLE' && p.releasedAt !== null);
    expect(caf).toBeDefined();
    const { pages } = await reportOf({ periodId: caf!.id });
    const cells = (
      await api.graphql(
        `query($pr: ID!, $p: ID!, $o: ID!, $g: ID) { benchmark(programmeId: $pr, periodId: $p, officeId: $o, peerGroupId: $g) { indicator { unit } own mean } }`,
        { pr: programmeId, p: caf!.id, o: officeId, g: null },
        cookie,
      )
    ).body.data.benchmark as Array<{ indicator: { unit: string }; own: number | null; mean: number | null }>;
    const text = pages.join('\n');
    expect(text).toContain(`Okres ${caf!.label}`);
    const own = cells.find((cell) => cell.own !== null);
    expect(own).toBeDefined();
    expect(text).toContain(plain(formatWithUnit(own!.own, own!.indicator.unit, 'pl', READING)));
  });

  it('is for the programme’s lead too, and for another peer group when asked', async () => {
    const lead = await api.signIn(DEMO_LEAD_EMAIL);
    const groups = (await api.graphql(SCORECARD, { pr: programmeId, office: officeId, group: null }, lead)).body.data;
    expect(groups.officeScorecard.office.id).toBe(officeId);
    const all = (
      await api.graphql(`query($id: ID!) { programme(id: $id) { peerGroups { id name basis } } }`, { id: programmeId }, lead)
    ).body.data.programme.peerGroups.find((group: { basis: string }) => group.basis === 'ALL');
    const { answer, pages } = await reportOf({ peerGroupId: all.id }, lead);
    // OFFICE_REPORT_PDF=<file> keeps this report (docs/reports.md: docs/screenshots/report-office.png is its first page, by scripts/pdf-to-png.mjs).
    if (process.env.OFFICE_REPORT_PDF) writeFileSync(process.env.OFFICE_REPORT_PDF, answer.body);
    expect(pages.join('\n')).toContain(`Grupa porównawcza ${all.name}`);
  });

  it('holds none of the other offices’ demo values that the office could not read anyway', async () => {
    const { pages } = await reportOf({});
    const text = pages.join('\n');
    // Every other office's identified numbers in the programme, as the owner reads them: values, ratio parts, CAF scores and totals.
    const others: Array<{ n: number }> = await api.owner.query(
      `SELECT v.value::float8 AS n FROM submission_value v JOIN submission s ON s.id = v.submission_id JOIN period p ON p.id = s.period_id
        WHERE p.programme_id = $1 AND s.office_id <> $2 AND v.value IS NOT NULL
       UNION SELECT v.numerator::float8 FROM submission_value v JOIN submission s ON s.id = v.submission_id JOIN period p ON p.id = s.period_id
        WHERE p.programme_id = $1 AND s.office_id <> $2 AND v.numerator IS NOT NULL
       UNION SELECT v.denominator::float8 FROM submission_value v JOIN submission s ON s.id = v.submission_id JOIN period p ON p.id = s.period_id
        WHERE p.programme_id = $1 AND s.office_id <> $2 AND v.denominator IS NOT NULL
       UNION SELECT unnest(c.criterion_scores)::float8 FROM caf_cycle c WHERE c.programme_id = $1 AND c.office_id <> $2
       UNION SELECT c.total::float8 FROM caf_cycle c WHERE c.programme_id = $1 AND c.office_id <> $2 AND c.total IS NOT NULL`,
      [programmeId, officeId],
    );
    expect(others.length).toBeGreaterThan(100);
    // What the office may legitimately read: the answers of the queries the report is made from (every number in them, and every
    // number written in their texts), the released statistics of every cell, and the page's own furniture (page numbers, years, days).
    const answers = [
      await api.graphql(SCORECARD, { pr: programmeId, office: officeId, group: null }, cookie),
      await api.graphql(
        `query($pr: ID!, $o: ID!) { officeScorecard(programmeId: $pr, officeId: $o) { lines { progress { baseline latest change target { value } } } } }`,
        { pr: programmeId, o: officeId },
        cookie,
      ),
      await api.graphql(
        `query($pr: ID!, $p: ID!, $o: ID!) { benchmark(programmeId: $pr, periodId: $p, officeId: $o) { own mean median p25 p75 contributorsBand } }`,
        { pr: programmeId, p: period.id, o: officeId },
        cookie,
      ),
      await api.graphql(
        `query($pr: ID!, $o: ID!) { cafOffice(programmeId: $pr, officeId: $o) { cycles { id total previousTotal consensus { score } } } }`,
        { pr: programmeId, o: officeId },
        cookie,
      ),
      await api.graphql(
        `query($pr: ID!, $p: ID!, $o: ID!) { practiceSuggestions(programmeId: $pr, periodId: $p, officeId: $o) { practices { practice { title summary office { name } } } } }`,
        { pr: programmeId, p: period.id, o: officeId },
        cookie,
      ),
      await api.graphql(`query($id: ID!) { programme(id: $id) { peerGroups { name } } }`, { id: programmeId }, cookie),
    ].map((answer) => JSON.stringify(answer.body));
    const cycles = JSON.parse(answers[3]).data.cafOffice.cycles as Array<{ id: string }>;
    for (const cycle of cycles) {
      answers.push(
        JSON.stringify(
          (
            await api.graphql(
              `query($c: ID!) { cafRadar(cycleId: $c) { total previousTotal criteria { score previousScore } peers { means } } }`,
              { c: cycle.id },
              cookie,
            )
          ).body,
        ),
      );
    }
    const codes = (JSON.parse(answers[0]).data.officeScorecard.lines as Line[]).map((line) => line.indicator.code);
    for (const code of codes) {
      answers.push(
        JSON.stringify(
          (
            await api.graphql(
              `query($pr: ID!, $o: ID!, $c: String!) { trend(programmeId: $pr, officeId: $o, indicatorCode: $c) { own peerMean peerMedian } }`,
              { pr: programmeId, o: officeId, c: code },
              cookie,
            )
          ).body,
        ),
      );
    }
    const published: Array<{ n: number }> = await api.owner.query(
      `SELECT unnest(ARRAY[c.mean, c.median, c.p25, c.p75, c.pooled_rate])::float8 AS n FROM benchmark_cell c JOIN period p ON p.id = c.period_id
        WHERE p.programme_id = $1 AND c.suppression_reason IS NULL`,
      [programmeId],
    );
    const written = (n: number) => [formatNumber(n, 'pl'), formatNumber(n, 'pl', READING)].map(plain);
    // The changes the report works out from the office's own values (each released period against the one before).
    const changes = (JSON.parse(answers[0]).data.officeScorecard.lines as Line[]).flatMap((line) => {
      const own = line.trend.map((point) => point.own).filter((value): value is number => value !== null);
      return [line.change ?? 0, ...own.slice(1).map((value, i) => value - own[i])].map(Math.abs);
    });
    const legitimate = new Set<string>([
      ...changes.flatMap(written),
      ...answers.flatMap((answer) => (answer.match(/-?\d+(?:\.\d+)?/g) ?? []).flatMap((n) => written(Math.abs(Number(n))))),
      ...published.filter(({ n }) => n !== null).flatMap(({ n }) => written(n)),
      ...[...Array(2101).keys()].filter((n) => n <= pages.length || n <= 31 || (n >= 2000 && n <= 2100)).map(String),
    ]);
    const escape = (t: string) => t.replace(/[.,]/g, '\\$&');
    const secret = [...new Set(others.flatMap(({ n }) => written(n)))].filter((t) => !legitimate.has(t));
    const scan = (where: string) => secret.filter((t) => new RegExp(`(?<![\\w,.-]|\\d )${escape(t)}(?!\\d|,\\d| \\d{3})`).test(where));
    expect(secret.length).toBeGreaterThan(50);
    expect(scan(text)).toEqual([]);
    // The scan can fail: another office's value written as the report writes an own value.
    expect(scan(`Wartość urzędu ${secret[0]} dni`)).toEqual([secret[0]]);
    // The scan sees numbers: the office's own values are in the report, written the same way.
    const own = (JSON.parse(answers[0]).data.officeScorecard.lines as Line[]).filter((line) => line.comparedPeriod?.id === period.id);
    expect(own.filter((line) => line.own !== null && text.includes(written(line.own)[1])).length).toBe(
      own.filter((l) => l.own !== null).length,
    );
  });

  it('refuses anonymous callers, another office’s coordinator and an assessor; bad ids are 400, unknown ones 404, in Polish or English', async () => {
    const other = await api.signIn(demoCoordinatorEmail(3));
    const assessor = await api.signIn(demoAssessorEmail(2, 1));
    const ids = { programmeId, officeId };
    const cases: Array<[string, Record<string, string>, string | undefined, number, string, RegExp]> = [
      ['anonymous', ids, undefined, 401, 'UNAUTHENTICATED', /Zaloguj się/],
      ['anonymous, English', { ...ids, lang: 'en' }, undefined, 401, 'UNAUTHENTICATED', /Sign in/],
      ['another office', ids, other, 403, 'FORBIDDEN', /Nie masz uprawnień/],
      ['another office, English', { ...ids, lang: 'en' }, other, 403, 'FORBIDDEN', /You may not/],
      ['an assessor', ids, assessor, 403, 'FORBIDDEN', /Nie masz uprawnień/],
      ['no ids', {}, cookie, 400, 'BAD_USER_INPUT', /programmeId, officeId/],
      ['bad office id', { ...ids, officeId: 'x1' }, cookie, 400, 'BAD_USER_INPUT', /officeId nie jest poprawnym/],
      ['bad period id', { ...ids, periodId: '12', lang: 'en' }, cookie, 400, 'BAD_USER_INPUT', /periodId is not a valid/],
      ['bad language', { ...ids, lang: 'de' }, cookie, 400, 'BAD_USER_INPUT', /lang może być tylko/],
      ['unknown period', { ...ids, periodId: '00000000-0000-4000-8000-000000000000' }, cookie, 404, 'NOT_FOUND', /Nie znaleziono okresu/],
      [
        'unknown peer group',
        { ...ids, peerGroupId: '00000000-0000-4000-8000-000000000000', lang: 'en' },
        cookie,
        404,
        'NOT_FOUND',
        /Peer group not found/,
      ],
    ];
    const answers = [];
    for (const [name, query, who] of cases) {
      const answer = await download(api, query, who);
      answers.push({ name, status: answer.status, code: json(answer.body).code });
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
    }
    expect(answers).toEqual(cases.map(([name, , , status, code]) => ({ name, status, code })));
    for (const [, query, who, , , pattern] of cases) expect(json((await download(api, query, who)).body).message).toMatch(pattern);
  });
});

/**
 * No other office's value, the attack suite's way (benchmark-attacks.integration-spec.ts, "error messages, refusals and the import
 * template carry no other office's value"): a programme whose offices hold distinctive numbers (two decimals, six digits) that cannot
 * occur by chance, released by its lead; office 1's report may hold its own numbers and the released statistics, and no other office's,
 * written in any of the ways the report writes a number.
 */
describe('the office report and other offices’ values', () => {
  let bench: Awaited<ReturnType<typeof startBenchApi>>;
  beforeAll(async () => {
    bench = await startBenchApi();
  });
  afterAll(() => bench?.api.close());

  it('holds no other office’s value in either language, and the scan can fail', async () => {
    const { n, draft, days, numerator, denominator, count } = distinctiveProgramme();
    expect(draft.offices[0].entries).toHaveLength(BENCH_INDICATORS.length);
    const seeded = await bench.seed(draft, { users: true, secondPeriod: false });
    const lead = await sessionCookieFor(bench.api.owner, seeded.leadUserId);
    expect((await bench.api.graphql(RELEASE_PERIOD, { p: seeded.periodId }, lead)).body.errors).toBeUndefined();
    const office = await sessionCookieFor(bench.api.owner, seeded.coordinatorUserIds[0]);

    /** An office's numbers written every way the report (or a careless one) could write them. */
    const secrets = (i: number) => {
      const ratio = (numerator(i) / denominator(i)) * 100;
      const values = [days(i), numerator(i), denominator(i), count(i), ratio];
      const written = values.flatMap((value) =>
        (['pl', 'en'] as const).flatMap((language) => [
          formatNumber(value, language),
          formatNumber(value, language, READING),
          String(value),
          value.toFixed(2),
        ]),
      );
      return [...new Set(written.map(plain))];
    };
    const escape = (text: string) => text.replace(/[.,+\-\s]/g, (c) => (c === ' ' ? ' ' : `\\${c}`));
    /** Every other office's numbers that occur in `text` as numbers of their own. */
    const leaked = (text: string, except: number) =>
      [...Array(n).keys()]
        .filter((i) => i !== except)
        .flatMap((i) => secrets(i).filter((t) => new RegExp(`(?<![\\w.,-]|\\d )${escape(t)}(?![\\w-]|[.,]\\d| \\d)`).test(text)));

    const texts: string[] = [];
    for (const lang of ['pl', 'en']) {
      const answer = await download(bench.api, { programmeId: seeded.programmeId, officeId: seeded.officeIds[0], lang }, office);
      expect(answer.status).toBe(200);
      texts.push(plain((await pdfPages(answer.body)).join('\n')));
    }
    // The report holds the office's own values (the scan below would see any other office's)...
    expect(leaked(texts[0], -1)).toEqual(expect.arrayContaining([plain(formatNumber(count(0), 'pl')), plain(formatNumber(days(0), 'pl'))]));
    expect(leaked(texts[1], -1)).toEqual(expect.arrayContaining([formatNumber(count(0), 'en'), formatNumber(days(0), 'en')]));
    expect(texts.flatMap((text) => leaked(text, 0))).toEqual([]);
    // ...and the scan fails on a text holding another office's value, however the report would write it.
    expect(leaked(`Mediana ${plain(formatNumber(days(5), 'pl', READING))} dni`, 0)).not.toEqual([]);
    expect(leaked(`Median ${plain(formatNumber(count(7), 'en'))}`, 0)).not.toEqual([]);
  });
});
