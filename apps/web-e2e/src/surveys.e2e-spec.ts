import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { baseUrl, launchChromium, saveScreenshot } from './support/browser';
import { downloadFrom, parseCsv } from './support/downloads';
import { expectNoSidewaysScroll } from './support/layout';
import { mainNavigation } from './support/menu';
import { DEMO_ACCOUNTS, logIn } from './support/session';
import { formIssuedAt } from './support/survey-form';
import { rowTexts } from './support/tables';

/*
 * The dashboard's survey pages (issue 21, docs/surveys.md). The coordinator of demo office 9 (whose surveys
 * no other journey touches) opens a client round of the open year from the page and gets its link and QR
 * poster; three clients answer through the public page; the page's live count follows; the coordinator
 * makes two single-use links for an employee round, seen once, then closes the client round without handing
 * the year in and sees the indicator with every per-question result held back (fewer than 10 answers).
 * The lead sees the round in the programme's overview and adds an extra question, then takes it away again
 * (other journeys open client rounds with the standard questions). The tests run in order, sharing the rounds.
 */
const OFFICE = 9;
const DESK = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
/** The open year of the demo: both questionnaires can be opened for it. */
const YEAR = String(new Date().getUTCFullYear());
/** The clients' key answers: two of three satisfied (4 or 5). */
const OVERALL = ['5', '4', '2'];

/** axe clean and nothing sideways, then a screenshot into apps/web-e2e/screenshots. */
async function checkPage(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  await expectNoSidewaysScroll(page);
  await saveScreenshot(page, name);
}

/** A round's card of the open year on the coordinator's page, by its heading ("Ankieta klientów"); the demo has past years' too. */
const roundCard = (page: Page, title: string, year = `Rok ${YEAR}`): Locator =>
  page
    .getByRole('region', { name: year, exact: true })
    .locator('article.survey-round')
    .filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });

/**
 * Answers the public form as a person: the key question and one more, then "Wyślij odpowiedzi". A form sent
 * sooner than 3 s after the server issued it comes back with the "zbyt szybko" notice and the answers kept;
 * it is sent again once the token's own moment has passed (read from the page, waited for as a condition).
 */
async function answerAsClient(page: Page, url: string, overall: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'Ankieta satysfakcji klientów urzędu', exact: true }).waitFor();
  await page.locator(`label[for="${overall === '1' ? 'q_OVERALL' : `q_OVERALL-${overall}`}"]`).click();
  await page.locator('label[for="q_COURTESY-4"]').click();
  const send = page.getByRole('button', { name: 'Wyślij odpowiedzi', exact: true });
  const thanks = page.getByRole('heading', { level: 1, name: 'Dziękujemy za wypełnienie ankiety', exact: true });
  const tooFast = page.getByText(/^Formularz został wysłany zbyt szybko\./);
  await send.click();
  await thanks.or(tooFast).waitFor();
  if (await tooFast.isVisible()) {
    await page.waitForFunction((deadline) => Date.now() >= deadline, (await formIssuedAt(page)) + 3_000);
    await send.click();
    await thanks.waitFor();
  }
}

describe('the survey pages of the dashboard (issue 21), office 9', () => {
  let browser: Browser;
  const opened: BrowserContext[] = [];
  let officeName = '';
  let surveyUrl = '';

  async function freshPage(viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ viewport });
    context.setDefaultTimeout(20_000);
    opened.push(context);
    return context.newPage();
  }
  async function coordinatorPage(viewport: { width: number; height: number }): Promise<Page> {
    const page = await freshPage(viewport);
    await logIn(page, DEMO_ACCOUNTS.coordinator(OFFICE));
    await (await mainNavigation(page)).getByRole('link', { name: 'Ankiety satysfakcji', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Ankiety satysfakcji', exact: true }).waitFor();
    return page;
  }

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the coordinator opens a client survey of the open year and gets its link and QR poster; clients answer; the count follows', async () => {
    const page = await coordinatorPage(DESK);
    officeName = (await page.locator('main .eyebrow').textContent()) ?? '';
    expect(officeName).not.toBe('');
    await checkPage(page, 'surveys-office-desk-start');

    await page.getByRole('button', { name: `Otwórz ankietę klientów ${YEAR}`, exact: true }).click();
    const card = roundCard(page, 'Ankieta klientów');
    await card.waitFor();
    // The new round's heading has the focus: the button that opened it is gone.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ankieta klientów');
    expect(await page.getByRole('button', { name: `Otwórz ankietę klientów ${YEAR}`, exact: true }).count()).toBe(0);
    expect(
      await card.getByText('Wyniki poszczególnych pytań pokażemy po zamknięciu ankiety, jeśli odpowie co najmniej 10 osób.').count(),
    ).toBe(1);
    surveyUrl = await card.getByRole('textbox', { name: 'Link do ankiety', exact: true }).inputValue();
    expect(surveyUrl).toMatch(new RegExp(`^${baseUrl().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/ankieta/[A-Za-z0-9]{10}$`));
    await card.getByRole('button', { name: 'Kopiuj link', exact: true }).waitFor();
    const qr = card.getByRole('img', { name: `Kod QR z linkiem do ankiety: ${surveyUrl}`, exact: true });
    await qr.waitFor();
    expect(await qr.evaluate((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0)).toBe(true);
    const poster = card.locator('.survey-poster');
    expect(await poster.textContent()).toContain(officeName);
    expect(await poster.textContent()).toContain(surveyUrl);
    expect(await card.locator('.survey-round__responses').textContent()).toBe('0 odpowiedzi');
    await checkPage(page, 'surveys-office-desk-client-open');
    // Printed, the page shows the poster alone (print CSS): what a printer gets. The browser's dialog is
    // replaced by a record of the call (headless Chromium has no printer).
    await page.evaluate(() => {
      window.print = () => {
        (window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1;
      };
    });
    await card.getByRole('button', { name: 'Drukuj plakat', exact: true }).click();
    expect(await page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    // Left out, the rest of the page is out of the accessibility tree too: found by class.
    const display = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).display);
    expect(await display('.site-header')).toBe('none');
    expect(await display('.survey-round__responses')).toBe('none');
    expect(await display('.survey-poster.print-target')).not.toBe('none');
    // The poster starts the first page.
    expect(
      await page.locator('.survey-poster.print-target').evaluate((element) => element.getBoundingClientRect().top + window.scrollY),
    ).toBeLessThan(100);
    await saveScreenshot(page, 'surveys-poster-print', { fullPage: false });
    await page.emulateMedia({ media: 'screen' });

    // Three clients answer on their phones, each in a browser of their own.
    for (const overall of OVERALL) await answerAsClient(await freshPage(PHONE), surveyUrl, overall);

    // The page asks again every 20 s while the round is open, and says what changed politely.
    await card
      .locator('.survey-round__responses')
      .filter({ hasText: /^3 odpowiedzi$/ })
      .waitFor({ timeout: 45_000 });
    expect(await page.locator('main [role="status"][aria-live="polite"]').first().textContent()).toMatch(
      new RegExp(`^Ankieta klientów ${YEAR}: teraz [1-3] odpowied(ź|zi)\\.$`),
    );
  }, 120_000);

  it('the coordinator makes two single-use links for employees, shown once, with a CSV of them', async () => {
    const page = await coordinatorPage(DESK);
    await page.getByRole('button', { name: `Otwórz ankietę pracowników ${YEAR}`, exact: true }).click();
    const card = roundCard(page, 'Ankieta pracowników');
    await card.waitFor();
    // Nothing left to open in the year: the section is gone.
    expect(await page.getByRole('heading', { level: 2, name: 'Otwórz ankietę', exact: true }).count()).toBe(0);

    const count = card.getByRole('textbox', { name: 'Liczba linków', exact: true });
    await count.fill('501');
    await card.getByRole('button', { name: 'Utwórz jednorazowe linki', exact: true }).click();
    await card.getByRole('alert').filter({ hasText: 'Liczba linków to liczba całkowita od 1 do 500.' }).waitFor();
    expect(await count.getAttribute('aria-invalid')).toBe('true');
    await count.fill('2');
    await card.getByRole('button', { name: 'Utwórz jednorazowe linki', exact: true }).click();
    await card.getByText('Utworzono 2 jednorazowe linki.', { exact: true }).waitFor();
    await card.getByText(/^Linki są widoczne tylko teraz/).waitFor();
    const links = await card.getByRole('list', { name: 'Jednorazowe linki', exact: true }).getByRole('listitem').allTextContents();
    expect(links).toHaveLength(2);
    for (const link of links) expect(link).toMatch(/\/ankieta\/[A-Za-z0-9]{10}\?t=[A-Za-z0-9_-]+$/);
    expect(links[0].startsWith(baseUrl())).toBe(true);
    expect(await card.locator('.survey-round__responses').textContent()).toBe('0 odpowiedzi');
    await card.locator('dd').filter({ hasText: /^2$/ }).waitFor();

    const csv = await downloadFrom(page, card.getByRole('button', { name: 'Pobierz jako CSV', exact: true }));
    expect(csv.name).toMatch(/\.csv$/);
    expect(parseCsv(csv.bytes)).toEqual([
      ['Nr', 'Link'],
      ['1', links[0]],
      ['2', links[1]],
    ]);
    await card.getByRole('button', { name: 'Drukuj', exact: true }).waitFor();
    await checkPage(page, 'surveys-office-desk-employee-links');

    // Shown once: after a reload the page has no way to show them again.
    await page.reload();
    await roundCard(page, 'Ankieta pracowników').waitFor();
    expect(await page.getByRole('list', { name: 'Jednorazowe linki', exact: true }).count()).toBe(0);
    expect(await page.content()).not.toContain(links[0].split('?t=')[1]);
  });

  it('the coordinator closes the client survey without handing the year in and sees the indicator, per-question results held back', async () => {
    const page = await coordinatorPage(DESK);
    const card = roundCard(page, 'Ankieta klientów');
    await card.getByRole('button', { name: 'Zamknij ankietę', exact: true }).click();
    const ask = card.getByRole('group', { name: `Zamknąć ankietę klientów ${YEAR}?`, exact: true });
    await ask.waitFor();
    expect(await ask.textContent()).toContain(
      `odsetek zadowolonych respondentów zostanie wpisany do rocznego zgłoszenia urzędu za ${YEAR}`,
    );
    const submit = ask.getByRole('checkbox', { name: 'Przekaż roczne zgłoszenie do zatwierdzenia', exact: true });
    expect(await submit.isChecked()).toBe(false);
    await checkPage(page, 'surveys-office-desk-close-confirm');
    // Cancelled, the focus goes back to the button.
    await ask.getByRole('button', { name: 'Anuluj', exact: true }).click();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Zamknij ankietę');
    await card.getByRole('button', { name: 'Zamknij ankietę', exact: true }).click();
    await ask.getByRole('button', { name: 'Tak, zamknij ankietę', exact: true }).click();

    await card.getByRole('heading', { level: 4, name: 'Wynik', exact: true }).waitFor();
    // The round's heading has the focus: the buttons that closed it are gone.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Ankieta klientów');
    expect(await card.locator('dd').first().textContent()).toBe('zamknięta');
    expect(await card.locator('.survey-round__indicator').textContent()).toBe('66,7\u00a0%');
    expect(await card.getByText('w przygotowaniu', { exact: false }).count()).toBeGreaterThan(0);
    await card.getByRole('link', { name: `Przejdź do zgłoszenia za ${YEAR}`, exact: true }).waitFor();
    // Three respondents: every question is below the threshold of 10, with no number shown.
    const rows = await rowTexts(card.getByRole('table', { name: 'Wyniki pytań', exact: true }));
    expect(rows.length).toBeGreaterThan(5);
    for (const [, answered, ...rest] of rows) {
      expect(answered).toBe('za mało odpowiedzi (mniej niż 10)');
      expect(rest.every((cell) => cell === '')).toBe(true);
    }
    await card.getByText('Żadne pytanie nie ma jeszcze dość odpowiedzi, by pokazać jego średnią.', { exact: true }).waitFor();
    await card.getByText('Wyniki grup porównawczych za ten rok jeszcze nie opublikowano.', { exact: true }).waitFor();
    await checkPage(page, 'surveys-office-desk-closed');

    // In English the page follows, its counts with English plurals.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Satisfaction surveys', exact: true }).waitFor();
    const english = roundCard(page, 'Client survey', `Year ${YEAR}`);
    expect(await english.locator('.survey-round__responses').textContent()).toBe('3 responses');
    expect(await english.locator('.survey-round__indicator').textContent()).toBe('66.7%');
    await checkPage(page, 'surveys-office-desk-closed-en');
  });

  it('on a phone the page fits and is accessible, the open and the closed round and the past years', async () => {
    const page = await coordinatorPage(PHONE);
    await roundCard(page, 'Ankieta pracowników').waitFor();
    expect(await roundCard(page, 'Ankieta klientów').locator('.survey-round__indicator').textContent()).toBe('66,7\u00a0%');
    // The demo's past years are folded under their headings (the page stays short); one opens on request.
    const earlier = page.locator('details.surveys-year');
    expect(await earlier.count()).toBe(2);
    expect(await earlier.evaluateAll((all) => all.map((details) => (details as HTMLDetailsElement).open))).toEqual([false, false]);
    await checkPage(page, 'surveys-office-phone');
    await earlier.first().locator('summary').click();
    await earlier.first().getByRole('heading', { name: 'Ankieta klientów', exact: true }).waitFor();
    await checkPage(page, 'surveys-office-phone-earlier-year');
  });

  for (const [device, viewport] of [
    ['desk', DESK],
    ['phone', PHONE],
  ] as const) {
    it(`the lead sees the round in the programme’s overview (${device})`, async () => {
      const page = await freshPage(viewport);
      await logIn(page, DEMO_ACCOUNTS.lead);
      await (await mainNavigation(page)).getByRole('link', { name: 'Ankiety', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Ankiety', exact: true }).waitFor();
      const rows = await rowTexts(page.getByRole('table', { name: 'Ankiety urzędów', exact: true }));
      const ours = rows.filter(([office, , year]) => office === officeName && year === YEAR);
      expect(ours).toEqual([
        [officeName, 'Ankieta klientów', YEAR, 'zamknięta', '3', '66,7\u00a0%'],
        [officeName, 'Ankieta pracowników', YEAR, 'otwarta', '0', '–'],
      ]);
      await page.getByText(/^Otwarte: \d+, zamknięte: \d+\.$/).waitFor();
      await checkPage(page, `surveys-programme-${device}`);
      // One year at a time: the year before holds the demo's closed surveys, both questionnaires of all 26 offices.
      await page.getByLabel('Rok', { exact: true }).selectOption(String(Number(YEAR) - 1));
      await page.getByText('Otwarte: 0, zamknięte: 52.', { exact: true }).waitFor();
      const earlier = await rowTexts(page.getByRole('table', { name: 'Ankiety urzędów', exact: true }));
      expect(earlier.map(([, , year, state]) => `${year} ${state}`)).toEqual(Array(52).fill(`${Number(YEAR) - 1} zamknięta`));
    });
  }

  it('the lead adds an extra rating question to the employee questionnaire and saves it', async () => {
    const page = await freshPage(DESK);
    await logIn(page, DEMO_ACCOUNTS.lead);
    await (await mainNavigation(page)).getByRole('link', { name: 'Ankiety', exact: true }).click();
    const section = page.getByRole('region', { name: 'Pytania ankiety pracowników', exact: true });
    await section.getByText('Program nie ma pytań dodatkowych.', { exact: true }).waitFor();
    await section.getByRole('button', { name: 'Dodaj pytanie', exact: true }).click();
    const extra = section.getByRole('group', { name: 'Pytanie dodatkowe 1', exact: true });
    // The focus is in the new question's first field.
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.id?.endsWith('-code') === true);
    await extra.getByRole('textbox', { name: 'Kod', exact: true }).fill('remote_work');
    expect(await extra.getByRole('combobox', { name: 'Rodzaj', exact: true }).inputValue()).toBe('LIKERT');
    await extra.getByRole('textbox', { name: 'Treść po polsku', exact: true }).fill('Jak ocenia Pan/Pani możliwość pracy zdalnej?');
    // Without its English text it is refused here, in the API's words.
    await section.getByRole('button', { name: 'Zapisz pytania dodatkowe', exact: true }).click();
    await section.getByRole('alert').filter({ hasText: 'REMOTE_WORK: brak treści pytania w wersji angielska.' }).waitFor();
    await extra.getByRole('textbox', { name: 'Treść po angielsku', exact: true }).fill('How do you rate the option of remote work?');
    await section.getByRole('button', { name: 'Zapisz pytania dodatkowe', exact: true }).click();
    const outcome = section.getByRole('status').filter({ hasText: 'Zapisano pytania dodatkowe.' }).or(section.getByRole('alert'));
    await outcome.waitFor();
    expect(await outcome.textContent()).toBe('Zapisano pytania dodatkowe.');
    // Kept as the API stores it: the code in capitals.
    expect(await extra.getByRole('textbox', { name: 'Kod', exact: true }).inputValue()).toBe('REMOTE_WORK');
    await checkPage(page, 'surveys-programme-extras-saved');

    await page.reload();
    const kept = page
      .getByRole('region', { name: 'Pytania ankiety pracowników', exact: true })
      .getByRole('group', { name: 'Pytanie dodatkowe 1', exact: true });
    expect(await kept.getByRole('textbox', { name: 'Treść po angielsku', exact: true }).inputValue()).toBe(
      'How do you rate the option of remote work?',
    );
  });
});
