import type { BrowserContext, Page } from 'playwright-core';
import { baseUrl, openPagePerTest, saveScreenshot } from './support/browser';
import { demoPeriods } from './support/demo-periods';
import { currentPath, DEMO_ACCOUNTS, DEMO_PASSWORD, logIn, submitLogin } from './support/session';

const OFFICE_PATH = /^\/programmes\/[^/]+\/offices\/[^/]+$/;
const PROGRAMME_PATH = /^\/programmes\/[^/]+$/;
/** The office home's card of one open period under "Do zrobienia". */
const taskCard = (page: Page, label: string) =>
  page
    .getByRole('region', { name: 'Do zrobienia', exact: true })
    .locator('.office-task')
    .filter({ hasText: `Sprawozdanie za ${label}` });
const GENERIC_LOGIN_ERROR = 'Nie udało się zalogować. Sprawdź adres e-mail i hasło.';

describe('sessions', () => {
  let context: BrowserContext;
  let page: Page;
  openPagePerTest({ width: 1280, height: 900 }, (opened) => ({ context, page } = opened));

  it('lands a coordinator on "Mój urząd" with the office and its open periods', async () => {
    await logIn(page, DEMO_ACCOUNTS.coordinator(1));
    await page.waitForURL((url) => OFFICE_PATH.test(url.pathname));

    await page.getByRole('heading', { level: 1, name: 'Urząd Miasta Dzierżoniów', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Mój urząd', exact: true }).waitFor();
    expect(await page.title()).toBe('Mój urząd: Urząd Miasta Dzierżoniów – OfficeBench');
    expect(await page.locator('.site-header').textContent()).toContain('Koordynator: Urząd Miasta Dzierżoniów');

    const { openQuarter } = await demoPeriods();
    // The office handed in everything; the reviewing journey may have approved it since.
    const quarter = taskCard(page, openQuarter);
    await quarter.getByText(/^(przesłane|zatwierdzone)$/).waitFor();
    expect(await quarter.textContent()).toContain('Przekazane – nic więcej do zrobienia.');
    await quarter.getByRole('link', { name: `Zobacz: sprawozdanie za ${openQuarter}`, exact: true }).waitFor();
    await saveScreenshot(page, 'my-office');
  });

  it('shows "nie rozpoczęto" to a coordinator whose office has not started the open quarter', async () => {
    await logIn(page, DEMO_ACCOUNTS.coordinator(19));
    await page.waitForURL((url) => OFFICE_PATH.test(url.pathname));
    const { openQuarter } = await demoPeriods();
    const quarter = taskCard(page, openQuarter);
    await quarter.getByText('nie rozpoczęto', { exact: true }).waitFor();
    expect(await quarter.textContent()).toMatch(/Wypełnione wskaźniki: 0 z [1-9]\d*/);
    await quarter.getByRole('link', { name: `Wypełnij: sprawozdanie za ${openQuarter}`, exact: true }).waitFor();
  });

  it('lands a lead on the programme’s dashboard, with links to the programme’s pages', async () => {
    await logIn(page, DEMO_ACCOUNTS.lead);
    await page.waitForURL((url) => PROGRAMME_PATH.test(url.pathname));
    await page.getByRole('heading', { level: 1, name: 'Pulpit programu', exact: true }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Nawigacja główna' });
    await nav.getByRole('link', { name: 'Przegląd programu', exact: true }).waitFor();
    await nav.getByRole('link', { name: 'Konta programu', exact: true }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/accounts'));
    await page.getByRole('heading', { level: 1, name: 'Konta użytkowników programu' }).waitFor();
    // After an in-app navigation the new page's heading has the focus.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Konta użytkowników programu');
  });

  it('lands an admin on all accounts', async () => {
    await logIn(page, DEMO_ACCOUNTS.admin);
    await page.waitForURL((url) => url.pathname === '/accounts');
    await page.getByRole('heading', { level: 1, name: 'Wszystkie konta użytkowników' }).waitFor();
    const users = page.getByRole('table', { name: 'Użytkownicy', exact: true });
    await users.getByRole('rowheader', { name: 'Lider programu (demo)' }).waitFor();
    expect(await users.locator('tbody tr').count()).toBeGreaterThanOrEqual(28);
  });

  it('answers a wrong password and an unknown e-mail with the same generic error', async () => {
    await page.goto(`${baseUrl()}/login`);
    await submitLogin(page, DEMO_ACCOUNTS.coordinator(26), 'not-the-password');
    const alert = page.getByRole('alert');
    await alert.getByText(GENERIC_LOGIN_ERROR).waitFor();
    expect(currentPath(page)).toBe('/login');
    // The error summary takes the focus so that it is read out; the password is cleared.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    expect(await page.getByLabel('Hasło', { exact: true }).inputValue()).toBe('');
    await saveScreenshot(page, 'login-error');

    await submitLogin(page, 'nobody@demo.officebench.local', 'not-the-password');
    await alert.getByText(GENERIC_LOGIN_ERROR).waitFor();
    expect(await alert.textContent()).toBe(GENERIC_LOGIN_ERROR);
  });

  it('says how long to wait when the server refuses more attempts', async () => {
    // Reaching the real limit would lock this test client out of the other journeys (the limit is per
    // IP), so the server's RATE_LIMITED answer to the log-in is played back here; its shape is the API's.
    await page.route('**/graphql', async (route) => {
      if (route.request().postDataJSON()?.operationName !== 'Login') return route.continue();
      return route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          data: null,
          errors: [
            {
              message: 'Too many attempts; try again in 42 s.',
              path: ['login'],
              extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 },
            },
          ],
        }),
      });
    });
    await page.goto(`${baseUrl()}/login`);
    await submitLogin(page, DEMO_ACCOUNTS.lead, 'whatever-password');
    await page.getByRole('alert').getByText('Zbyt wiele prób. Spróbuj ponownie za 42 s.', { exact: true }).waitFor();
  });

  it('signs in with the keyboard alone and returns to the page asked for', async () => {
    await page.goto(`${baseUrl()}/accounts`);
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/accounts');

    await page.getByLabel('Adres e-mail', { exact: true }).focus();
    await page.keyboard.type(DEMO_ACCOUNTS.admin);
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/accounts');
    await page.getByRole('heading', { level: 1, name: 'Wszystkie konta użytkowników' }).waitFor();
  });

  it('never follows a next address to another site', async () => {
    await page.goto(`${baseUrl()}/login?next=${encodeURIComponent('//example.org/phish')}`);
    await submitLogin(page, DEMO_ACCOUNTS.lead);
    await page.waitForURL((url) => PROGRAMME_PATH.test(url.pathname));
    expect(new URL(page.url()).origin).toBe(baseUrl());
  });

  it('signs out: the log-in page says so and / leads to it again', async () => {
    await logIn(page, DEMO_ACCOUNTS.lead);
    await page.getByRole('button', { name: 'Wyloguj', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByRole('status').getByText('Wylogowano.').waitFor();
    expect((await context.cookies()).map(({ name }) => name)).not.toContain('officebench_session');

    await page.goto(`${baseUrl()}/`);
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByRole('button', { name: 'Zaloguj się', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Wyloguj' }).count()).toBe(0);
  });

  it('always says a reset link was sent, whether or not the account exists', async () => {
    await page.goto(`${baseUrl()}/login`);
    await page.getByRole('link', { name: 'Nie pamiętam hasła', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/forgot-password');
    await page.getByLabel('Adres e-mail', { exact: true }).fill('nobody@demo.officebench.local');
    await page.getByRole('button', { name: 'Wyślij link', exact: true }).click();
    await page.getByRole('status').getByText('Jeśli konto z tym adresem istnieje').waitFor();
  });
});
