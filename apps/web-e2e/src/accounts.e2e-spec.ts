import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, openPagePerTest, saveScreenshot } from './support/browser';
import { currentPath, DEMO_ACCOUNTS, linkFromServerLog, logIn, submitLogin } from './support/session';

const PROGRAMME_PATH = /^\/programmes\/[^/]+$/;
const OFFICE_PATH = /^\/programmes\/[^/]+\/offices\/[^/]+$/;

/** Logs in as the lead and opens the programme's accounts page through the header. */
async function openProgrammeAccounts(page: Page): Promise<string> {
  await logIn(page, DEMO_ACCOUNTS.lead);
  await page.waitForURL((url) => PROGRAMME_PATH.test(url.pathname));
  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Konta programu', exact: true }).click();
  await page.waitForURL((url) => url.pathname.endsWith('/accounts'));
  await page.getByRole('table', { name: 'Użytkownicy', exact: true }).waitFor();
  return currentPath(page);
}

describe('accounts', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  openPagePerTest({ width: 1280, height: 1000 }, (opened) => ({ browser, context, page } = opened));

  it('keeps a half-filled invitation through an expired session and brings the lead back to it', async () => {
    const accountsPath = await openProgrammeAccounts(page);
    const invite = page.locator('form', { has: page.getByRole('button', { name: 'Wyślij zaproszenie' }) });
    await invite.getByLabel('Adres e-mail', { exact: true }).fill('anna.wygasla@example.test');
    await invite.getByLabel('Imię i nazwisko', { exact: true }).fill('Anna Wygasła');
    await invite.getByLabel('Urząd', { exact: true }).selectOption({ label: 'Urząd Miasta Zator' });

    await context.clearCookies(); // the session ends while the form is being filled in
    await invite.getByRole('button', { name: 'Wyślij zaproszenie' }).click();

    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe(accountsPath);
    await page.getByRole('status').getByText('Twoja sesja wygasła. Zaloguj się ponownie.', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Wyloguj' }).count()).toBe(0);
    await saveScreenshot(page, 'session-expired');

    await submitLogin(page, DEMO_ACCOUNTS.lead);
    await page.waitForURL((url) => `${url.pathname}${url.search}` === accountsPath);
    const restored = page.locator('form', { has: page.getByRole('button', { name: 'Wyślij zaproszenie' }) });
    await restored.waitFor();
    expect(await restored.getByLabel('Adres e-mail', { exact: true }).inputValue()).toBe('anna.wygasla@example.test');
    expect(await restored.getByLabel('Imię i nazwisko', { exact: true }).inputValue()).toBe('Anna Wygasła');
    expect(await restored.getByLabel('Urząd', { exact: true }).locator('option:checked').textContent()).toBe('Urząd Miasta Zator');
  });

  it('notices an expired session on navigation too', async () => {
    await openProgrammeAccounts(page);
    await context.clearCookies();
    await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Pulpit', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toMatch(PROGRAMME_PATH);
    await page.getByRole('status').getByText('Twoja sesja wygasła. Zaloguj się ponownie.', { exact: true }).waitFor();
  });

  it('invites a coordinator, who sets a password from the link and lands on their office; the lead then revokes the role', async () => {
    const email = 'ewa.nowak@example.test';
    await openProgrammeAccounts(page);
    const invite = page.locator('form', { has: page.getByRole('button', { name: 'Wyślij zaproszenie' }) });

    // Nothing filled in: the error summary takes the focus and links to the fields.
    await invite.getByRole('button', { name: 'Wyślij zaproszenie' }).click();
    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: 'Podaj adres e-mail.' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');

    await invite.getByLabel('Adres e-mail', { exact: true }).fill(email);
    await invite.getByLabel('Imię i nazwisko', { exact: true }).fill('Ewa Nowak');
    await invite.getByLabel('Rola', { exact: true }).selectOption({ label: 'koordynator urzędu' });
    await invite.getByLabel('Urząd', { exact: true }).selectOption({ label: 'Urząd Miasta Zator' });
    await invite.getByRole('button', { name: 'Wyślij zaproszenie' }).click();

    // Under `npm start` (production) the API returns no link: it goes to the server log instead.
    const result = page.locator('.invitation-result');
    await result.getByText(`Zaproszono: Ewa Nowak (${email}).`).waitFor();
    await result.getByText('Link do ustawienia hasła wysłano zaproszonej osobie e-mailem').waitFor();
    expect(await invite.getByLabel('Adres e-mail', { exact: true }).inputValue()).toBe('');
    const users = page.getByRole('table', { name: 'Użytkownicy', exact: true });
    const row = users.getByRole('row', { name: /Ewa Nowak/ });
    await row.getByText('zaproszenie oczekuje').waitFor();
    await saveScreenshot(page, 'accounts-invited');

    const link = await linkFromServerLog(email, 'INVITATION');
    expect(link.startsWith(`${baseUrl()}/set-password#token=`)).toBe(true);

    const invitee = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      invitee.setDefaultTimeout(20_000);
      const inviteePage = await invitee.newPage();
      await inviteePage.goto(link);
      await inviteePage.getByRole('heading', { level: 1, name: 'Ustaw hasło' }).waitFor();
      await inviteePage.getByLabel('Nowe hasło', { exact: true }).fill('krótkie');
      await inviteePage.getByLabel('Powtórz hasło', { exact: true }).fill('krótkie');
      await inviteePage.getByRole('button', { name: 'Ustaw hasło i zaloguj się' }).click();
      await inviteePage.getByRole('alert').getByRole('link', { name: 'Hasło musi mieć co najmniej 10 znaków.' }).waitFor();

      await inviteePage.getByLabel('Nowe hasło', { exact: true }).fill('zator-jakosc-2011');
      await inviteePage.getByLabel('Powtórz hasło', { exact: true }).fill('zator-jakosc-2011');
      await inviteePage.getByRole('button', { name: 'Ustaw hasło i zaloguj się' }).click();
      await inviteePage.waitForURL((url) => OFFICE_PATH.test(url.pathname));
      await inviteePage.getByRole('heading', { level: 1, name: 'Urząd Miasta Zator', exact: true }).waitFor();
      expect(await inviteePage.locator('.site-header').textContent()).toContain('Ewa Nowak');

      // The link works once.
      const again = await invitee.newPage();
      await again.goto(link);
      await again.getByLabel('Nowe hasło', { exact: true }).fill('zator-jakosc-2012');
      await again.getByLabel('Powtórz hasło', { exact: true }).fill('zator-jakosc-2012');
      await again.getByRole('button', { name: 'Ustaw hasło i zaloguj się' }).click();
      await again.getByRole('alert').getByText('Ten link wygasł albo został już użyty. Poproś o nowy.').waitFor();
    } finally {
      await invitee.close();
    }

    await page.reload();
    await row.getByText('aktywne', { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Odbierz rolę koordynator urzędu – Urząd Miasta Zator użytkownikowi Ewa Nowak' }).click();
    const confirm = row.getByRole('group', { name: /Odbierz rolę/ });
    await confirm.getByText('Odebrać tę rolę?').waitFor();
    // The safe choice has the focus.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Anuluj');
    await confirm.getByRole('button', { name: 'Tak, odbierz' }).click();
    await page.getByRole('status').getByText('Odebrano rolę użytkownikowi Ewa Nowak.').waitFor();
    // Without a role in the programme she is no longer one of its people.
    await row.waitFor({ state: 'detached' });
  });

  it('lets an admin deactivate an account, which can then no longer sign in', async () => {
    await logIn(page, DEMO_ACCOUNTS.admin);
    await page.waitForURL((url) => url.pathname === '/accounts');
    const users = page.getByRole('table', { name: 'Użytkownicy', exact: true });
    const row = users.getByRole('row', { name: /coordinator\.25@demo\.officebench\.local/ });
    await row.getByRole('button', { name: /^Dezaktywuj konto użytkownika/ }).click();
    await row.getByRole('button', { name: 'Tak, dezaktywuj' }).click();
    await row.getByText('nieaktywne', { exact: true }).waitFor();

    const other = await browser.newContext();
    try {
      other.setDefaultTimeout(20_000);
      const otherPage = await other.newPage();
      await otherPage.goto(`${baseUrl()}/login`);
      await submitLogin(otherPage, DEMO_ACCOUNTS.coordinator(25));
      await otherPage.getByRole('alert').getByText('Nie udało się zalogować. Sprawdź adres e-mail i hasło.').waitFor();
    } finally {
      await other.close();
    }
  });
});
