import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { baseUrl, launchChromium, saveScreenshot } from './support/browser';
import { collectCspViolations } from './support/csp';
import { graphql } from './support/graphql';
import { expectNoSidewaysScroll } from './support/layout';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './support/session';
import { formIssuedAt } from './support/survey-form';

/*
 * The public answering page of the satisfaction surveys (issue 21, docs/surveys.md): server-rendered HTML
 * with one stylesheet and one small script, no login. The coordinator of demo office 18 (whose surveys no
 * other journey touches) opens a client round and an employee round in the open year and makes two
 * single-use links; clients answer on a phone with the keyboard, through the error summary, without
 * JavaScript and in English; employees answer through their links, once each; the rounds count every answer.
 * The tests run in order, sharing the two rounds.
 */
const OFFICE = 18;
const PHONE = { width: 390, height: 844 };
const DESK = { width: 1366, height: 900 };

/** The client questionnaire's questions in the order of the page: the key question first, the open one last. */
const CLIENT_CODES = ['OVERALL', 'COMPETENCE', 'COURTESY', 'WAITING_TIME', 'INFORMATION', 'ACCESS', 'E_SERVICES', 'IMPROVE'];
const LIKERT_VALUES = ['1', '2', '3', '4', '5'];

const TEXTS = {
  pl: {
    clientTitle: 'Ankieta satysfakcji klientów urzędu',
    employeeTitle: 'Ankieta satysfakcji pracowników urzędu',
    send: 'Wyślij odpowiedzi',
    thanks: 'Dziękujemy za wypełnienie ankiety',
    tooFast: 'Formularz został wysłany zbyt szybko.',
    otherLanguage: 'English',
  },
  en: {
    clientTitle: 'Client satisfaction survey',
    employeeTitle: 'Employee satisfaction survey',
    send: 'Send answers',
    thanks: 'Thank you for answering the survey',
    tooFast: 'The form was sent too quickly.',
    otherLanguage: 'Polski',
  },
} as const;
type Language = keyof typeof TEXTS;

const ALREADY_ANSWERED = 'Z tej przeglądarki już wysłano odpowiedź w tej ankiecie.';
const KEY_QUESTION_MISSING = 'Pytanie 1: prosimy odpowiedzieć na pytanie o ogólne zadowolenie (ocena od 1 do 5).';

interface Round {
  id: string;
  code: string;
  responses: number;
  invited: number | null;
}
const ROUND = 'id code responses invited';

/** The page's answers as sent: the checked choice of each question and the open answer (no callback: works without script). */
async function answersOnPage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const answers: Record<string, string> = {};
    for (const element of Array.from((document.getElementById('survey-form') as HTMLFormElement).elements)) {
      const { name, type, checked, value } = element as HTMLInputElement;
      if (name.startsWith('q_') && (type === 'radio' ? checked : value !== '')) answers[name] = value;
    }
    return answers;
  });
}

/**
 * Resolves once the server takes the form: 3 s after it issued it, the time its signed token carries
 * (survey-form:v1:<round>:<issued at, ms>:<nonce>). That moment is the server's rule on real time, and a page
 * without script can signal nothing, so this waits for the token's own deadline, read from the page.
 */
async function untilFormAccepted(page: Page): Promise<void> {
  const left = (await formIssuedAt(page)) + 3_000 - Date.now();
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
}

/**
 * Sends the form with Enter on its button and waits for the thanks page. A form sent sooner than 3 s after
 * it was issued comes back with the "too fast" notice and every answer kept; it is sent again once the
 * server takes it, as a person would after reading the notice.
 */
async function sendAnswers(page: Page, language: Language): Promise<void> {
  const texts = TEXTS[language];
  const button = page.getByRole('button', { name: texts.send, exact: true });
  const thanks = page.getByRole('heading', { level: 1, name: texts.thanks, exact: true });
  const tooFast = page.getByRole('alert').filter({ hasText: texts.tooFast });
  const sent = await answersOnPage(page);
  await button.press('Enter');
  await thanks.or(tooFast).waitFor();
  if (await tooFast.isVisible()) {
    expect(await answersOnPage(page)).toEqual(sent);
    await untilFormAccepted(page);
    await button.press('Enter');
    await thanks.waitFor();
  }
  expect(new URL(page.url()).pathname).toMatch(/^\/ankieta\/[A-Za-z0-9]{10}\/dziekujemy$/);
}

/** Chooses a rating by clicking its label, as a finger does. */
async function choose(page: Page, code: string, value: string): Promise<void> {
  await page.locator(`label[for="${value === '1' ? `q_${code}` : `q_${code}-${value}`}"]`).click();
}

/** The name of the focused element: `q_<CODE>` for a question's input, else its tag and text. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    if (!element || element === document.body) return 'body';
    if (element.name?.startsWith('q_')) return element.name;
    return `${element.tagName.toLowerCase()}:${element.textContent?.trim()}`;
  });
}

async function checkedValue(page: Page, code: string): Promise<string | null> {
  return page.evaluate((name) => document.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? null, `q_${code}`);
}

describe('the public survey answering page (issue 21), office 18', () => {
  let browser: Browser;
  let coordinator: BrowserContext;
  let clientRound: Round;
  let employeeRound: Round;
  let employeeLinks: string[];
  const opened: BrowserContext[] = [];

  /** A fresh browser profile (no login, empty local storage), closed after the test. */
  async function freshPage(options: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext(options);
    context.setDefaultTimeout(20_000);
    opened.push(context);
    return { context, page: await context.newPage() };
  }

  const formUrl = (query = '') => `${baseUrl()}/ankieta/${clientRound.code}${query}`;

  beforeAll(async () => {
    browser = await launchChromium();
    coordinator = await browser.newContext();
    await graphql(coordinator, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
      e: DEMO_ACCOUNTS.coordinator(OFFICE),
      p: DEMO_PASSWORD,
    });
    const { me } = await graphql<{ me: { roles: Array<{ programme: { id: string } | null; office: { id: string } | null }> } }>(
      coordinator,
      '{ me { roles { programme { id } office { id } } } }',
    );
    const role = me.roles.find((candidate) => candidate.office !== null && candidate.programme !== null);
    const programmeId = role?.programme?.id as string;
    const officeId = role?.office?.id as string;
    const { surveyOffice } = await graphql<{ surveyOffice: { openable: Array<{ kind: string; periodId: string; periodLabel: string }> } }>(
      coordinator,
      'query($pr: ID!, $o: ID!) { surveyOffice(programmeId: $pr, officeId: $o) { openable { kind periodId periodLabel } } }',
      { pr: programmeId, o: officeId },
    );
    // The open year of the demo: both questionnaires can be opened for it.
    const year = String(new Date().getUTCFullYear());
    const periodOf = (kind: string) => surveyOffice.openable.find((o) => o.kind === kind && o.periodLabel === year)?.periodId;
    const open = async (kind: 'CLIENT' | 'EMPLOYEE') =>
      (
        await graphql<{ openSurveyRound: Round }>(
          coordinator,
          `mutation($pr: ID!, $o: ID!, $p: ID!, $k: SurveyKind!) { openSurveyRound(programmeId: $pr, officeId: $o, periodId: $p, kind: $k) { ${ROUND} } }`,
          { pr: programmeId, o: officeId, p: periodOf(kind), k: kind },
        )
      ).openSurveyRound;
    clientRound = await open('CLIENT');
    employeeRound = await open('EMPLOYEE');
    const { createSurveyInvitations } = await graphql<{ createSurveyInvitations: { links: string[] } }>(
      coordinator,
      'mutation($r: ID!, $n: Int!) { createSurveyInvitations(roundId: $r, count: $n) { links } }',
      { r: employeeRound.id, n: 2 },
    );
    employeeLinks = createSurveyInvitations.links;
    expect(employeeLinks).toHaveLength(2);
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a client answers on a phone with the keyboard; the light page, then thanks, then the browser remembers', async () => {
    const { context, page } = await freshPage({ viewport: PHONE });
    const violations = await collectCspViolations(context);
    const requested: Array<{ type: string; url: string }> = [];
    page.on('request', (request) => requested.push({ type: request.resourceType(), url: request.url() }));
    const response = await page.goto(formUrl());
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: TEXTS.pl.clientTitle, exact: true }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('pl');

    // The light page: its own stylesheet and script, nothing of the dashboard's bundle.
    expect(requested.filter(({ type }) => type === 'script').map(({ url }) => new URL(url).pathname)).toEqual([
      '/ankieta/zasoby/ankieta.js',
    ]);
    expect(requested.filter(({ type }) => type === 'stylesheet').map(({ url }) => new URL(url).pathname)).toEqual([
      '/ankieta/zasoby/ankieta.css',
    ]);
    expect(requested.filter(({ url }) => new URL(url).pathname.startsWith('/assets/'))).toEqual([]);
    expect(await page.getByText(ALREADY_ANSWERED).isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, 'survey-answer-phone-form');

    // Every choice is a labelled radio whose whole label (a 44 px target at least) fits the phone's width.
    const radios = page.getByRole('radio');
    expect(await radios.count()).toBe(5 + 6 * 6); // the key question has no "not applicable"
    const boxes = await page.locator('.choice label').evaluateAll((labels) =>
      labels.map((label) => {
        const box = label.getBoundingClientRect();
        return { left: box.left, right: box.right, height: box.height };
      }),
    );
    expect(boxes).toHaveLength(41);
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(PHONE.width);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    expect(await page.getByRole('radio', { name: '4 — zadowolony(‑a)', exact: true }).count()).toBe(7);
    expect(await page.getByRole('radio', { name: 'nie dotyczy', exact: true }).count()).toBe(6);

    // The keyboard: one Tab stop per question, then the button.
    const stops: string[] = [];
    for (let presses = 0; presses < 20 && !stops.includes(`button:${TEXTS.pl.send}`); presses += 1) {
      await page.keyboard.press('Tab');
      stops.push(await focused(page));
    }
    expect(stops).toEqual(['a:English', ...CLIENT_CODES.map((code) => `q_${code}`), `button:${TEXTS.pl.send}`]);

    // From the top again to the key question: Space chooses, the arrows go through every rating; the focus shows.
    await page.reload();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('q_OVERALL');
    const focusRing = await page
      .locator('label[for="q_OVERALL"]')
      .evaluate((label) => `${getComputedStyle(label).outlineStyle} ${getComputedStyle(label).outlineWidth}`);
    expect(focusRing).toBe('solid 3px');
    await page.keyboard.press('Space');
    const visited = [await checkedValue(page, 'OVERALL')];
    for (let presses = 0; presses < 4; presses += 1) {
      await page.keyboard.press('ArrowDown');
      visited.push(await checkedValue(page, 'OVERALL'));
    }
    expect(visited).toEqual(LIKERT_VALUES);
    await page.keyboard.press('ArrowUp');
    expect(await checkedValue(page, 'OVERALL')).toBe('4');
    // The next question answered "not applicable" (up from the first choice goes round to the last).
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowUp');
    expect(await checkedValue(page, 'COMPETENCE')).toBe('na');
    // The open answer: Tab through the other questions, which stay unanswered.
    for (let presses = 0; presses < 6; presses += 1) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('q_IMPROVE');
    await page.keyboard.type('Dłuższe godziny otwarcia w czwartki.');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(`button:${TEXTS.pl.send}`);
    expect(await answersOnPage(page)).toEqual({ q_OVERALL: '4', q_COMPETENCE: 'na', q_IMPROVE: 'Dłuższe godziny otwarcia w czwartki.' });

    await sendAnswers(page, 'pl');
    expect(await axeViolations(page)).toEqual([]);
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, 'survey-answer-thanks');

    // The form again from this browser: the note says an answer was sent (it does not stop another).
    await page.goto(formUrl());
    await page.getByText(ALREADY_ANSWERED).waitFor();
    expect(await page.getByRole('button', { name: TEXTS.pl.send, exact: true }).isEnabled()).toBe(true);
    expect(violations.list).toEqual([]);
  });

  it('a client who skips the key question gets the error summary, focused, whose link leads to the question', async () => {
    const { page } = await freshPage({ viewport: PHONE });
    await page.goto(formUrl());
    await choose(page, 'COURTESY', '5');
    // The form is `novalidate`: the server's summary in the page's language, not the browser's own bubble.
    await untilFormAccepted(page);
    await page.getByRole('button', { name: TEXTS.pl.send, exact: true }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await page.title()).toMatch(/^Błąd: /);
    expect(await summary.getByRole('heading', { level: 2 }).textContent()).toBe(
      'Odpowiedzi nie zostały wysłane. Prosimy poprawić formularz (1 uwaga).',
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    // What was chosen stays chosen; the question says what is wrong, and its inputs point to it.
    expect(await checkedValue(page, 'COURTESY')).toBe('5');
    const firstRadio = page.locator('#q_OVERALL');
    expect(await firstRadio.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${(await firstRadio.getAttribute('aria-describedby')) as string}`).textContent()).toBe(
      KEY_QUESTION_MISSING,
    );
    expect(await axeViolations(page)).toEqual([]);
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, 'survey-answer-phone-errors');

    await summary.getByRole('link', { name: KEY_QUESTION_MISSING, exact: true }).click();
    // The key question's first choice has the focus, and the whole question is in view: its text, its error and the choice.
    expect(await focused(page)).toBe('q_OVERALL');
    const inView = async (selector: string) => {
      const box = await page.locator(selector).first().boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height;
    };
    expect([
      await inView('fieldset.question.has-error legend'),
      await inView(`#${(await firstRadio.getAttribute('aria-describedby')) as string}`),
      await inView('#q_OVERALL'),
    ]).toEqual([true, true, true]);
    await choose(page, 'OVERALL', '2');
    await sendAnswers(page, 'pl');
  });

  it('works end to end without JavaScript', async () => {
    const { page } = await freshPage({ viewport: PHONE, javaScriptEnabled: false });
    await page.goto(formUrl());
    await choose(page, 'OVERALL', '5');
    await choose(page, 'WAITING_TIME', '3');
    await page.getByRole('textbox', { name: /^8\. Co powinniśmy poprawić\?/ }).fill('Bez JavaScriptu też działa.');
    await sendAnswers(page, 'pl');
    expect(await page.getByText('Odpowiedzi zostały zapisane. Można już zamknąć tę stronę.').isVisible()).toBe(true);
  });

  it('speaks English with ?lang=en, and the language link goes both ways', async () => {
    const { page } = await freshPage({ viewport: PHONE });
    await page.goto(formUrl('?lang=en'));
    const english = page.getByRole('heading', { level: 1, name: TEXTS.en.clientTitle, exact: true });
    await english.waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('radio', { name: '5 — very satisfied', exact: true }).count()).toBe(7);

    await page.getByRole('link', { name: TEXTS.en.otherLanguage, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: TEXTS.pl.clientTitle, exact: true }).waitFor();
    expect(new URL(page.url()).search).toBe('?lang=pl');
    await page.getByRole('link', { name: TEXTS.pl.otherLanguage, exact: true }).click();
    await english.waitFor();
    expect(await page.getByRole('button', { name: TEXTS.en.send, exact: true }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Sent in English, thanked in English.
    await choose(page, 'OVERALL', '3');
    await sendAnswers(page, 'en');
    expect(new URL(page.url()).search).toBe('?lang=en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });

  it('an employee’s link answers once on a phone, then says it has been used (410)', async () => {
    const { page } = await freshPage({ viewport: PHONE });
    const link = `${baseUrl()}${employeeLinks[0]}`;
    expect((await page.goto(link))?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: TEXTS.pl.employeeTitle, exact: true }).waitFor();
    // No "already answered" note on an employee survey, often filled in on a shared computer.
    expect(await page.locator('#already-answered').count()).toBe(0);
    await choose(page, 'OVERALL', '4');
    await choose(page, 'WORKLOAD', '2');
    await sendAnswers(page, 'pl');
    expect(await page.evaluate(() => Object.keys(window.localStorage))).toEqual([]);

    const used = await page.goto(link);
    expect(used?.status()).toBe(410);
    await page.getByRole('heading', { level: 1, name: 'Ten link jest nieważny', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: TEXTS.pl.send }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, 'survey-answer-link-used');
    // An English-speaking employee reads the same message in English.
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await page.locator('html[lang="en"]').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toBe('Ten link jest nieważny');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('looks right on a desk, for clients and for an employee', async () => {
    const { page } = await freshPage({ viewport: DESK });
    await page.goto(formUrl());
    await page.getByRole('heading', { level: 1, name: TEXTS.pl.clientTitle, exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expectNoSidewaysScroll(page);
    // One readable column in the middle of the window, the button as wide as its words.
    const column = await page.locator('main').boundingBox();
    const button = await page.getByRole('button', { name: TEXTS.pl.send, exact: true }).boundingBox();
    expect(column && Math.abs(column.x + column.width / 2 - DESK.width / 2)).toBeLessThanOrEqual(1);
    expect(column && column.width).toBeLessThanOrEqual(700);
    expect(button && column && button.width).toBeLessThan((column?.width ?? 0) / 2);
    await saveScreenshot(page, 'survey-answer-desk-form');

    await page.goto(`${baseUrl()}${employeeLinks[1]}`);
    await page.getByRole('heading', { level: 1, name: TEXTS.pl.employeeTitle, exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await choose(page, 'OVERALL', '5');
    await sendAnswers(page, 'pl');
  });

  it('counts every answer sent in the rounds, clients and employees', async () => {
    const round = async (id: string) =>
      (
        await graphql<{ surveyRound: Round & { responseRatePct: number } }>(
          coordinator,
          `query($id: ID!) { surveyRound(id: $id) { ${ROUND} responseRatePct } }`,
          { id },
        )
      ).surveyRound;
    // Clients: the keyboard, the corrected error, without JavaScript, in English. Employees: both links.
    expect(await round(clientRound.id)).toMatchObject({ responses: 4, invited: null });
    expect(await round(employeeRound.id)).toMatchObject({ responses: 2, invited: 2, responseRatePct: 100 });
  });
});
