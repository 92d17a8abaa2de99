import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openPagePerTest, saveScreenshot } from './support/browser';
import { demoPeriods } from './support/demo-periods';
import { currentPath, DEMO_ACCOUNTS, linkFromServerLog, logIn, submitLogin } from './support/session';
import { fillLikeLastPeriod, indicatorGroup, saveStatus, waitUntilSaved } from './support/submission-form';

/*
 * Offices used here (programme positions), none of which another journey changes or reads:
 * 21 Nowy Targ (conflict), 22 Siepraw (the whole review cycle), 23 Sułkowice (reload and expiry),
 * 24 Trzebinia (completeness, then the import). In the demo data, offices 19-26 have nothing saved in
 * the open quarter (the current one, found at run time), whose deadline is ahead. The lead's part is
 * played by a second lead invited here.
 */
const OFFICE_PATH = /^\/programmes\/[^/]+\/offices\/[^/]+$/;
const PROGRAMME_PATH = /^\/programmes\/[^/]+$/;
const VIEWPORT = { width: 1280, height: 1000 };
const ON_TIME = /^Odsetek spraw załatwionych w terminie ustawowym/;
const REVIEWER = { email: 'ewa.recenzentka@example.test', name: 'Ewa Recenzentka', password: 'recenzja-jakosci-2011' };
const RETURN_REASON = 'Odsetek spraw w terminie (1 %) wygląda na błąd wpisu: sprawdźcie licznik.';

/** Logs in as the coordinator of office `position` and opens its submission for the open quarter from "Mój urząd". */
async function openQuarter(page: Page, position: number): Promise<string> {
  const { openQuarter: label } = await demoPeriods();
  await logIn(page, DEMO_ACCOUNTS.coordinator(position));
  await page.waitForURL((url) => OFFICE_PATH.test(url.pathname));
  await page.getByRole('link', { name: `Wypełnij: sprawozdanie za ${label}`, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: `Sprawozdanie za okres ${label}`, exact: true }).waitFor();
  await page.locator('fieldset.indicator').first().waitFor();
  return currentPath(page);
}

/**
 * A programme lead of this file's own, in a profile of its own, made once for the whole file: the admin
 * invites her and she sets her password from the link (which signs her in). The API allows an account
 * only ten log-ins a minute, and the other journeys already sign the demo lead in about that often.
 */
function reviewerSession(getBrowser: () => Browser): () => Promise<Page> {
  let opened: Promise<Page> | undefined;
  return () =>
    (opened ??= (async () => {
      const context = await getBrowser().newContext({ viewport: VIEWPORT });
      context.setDefaultTimeout(20_000);
      const page = await context.newPage();
      await logIn(page, DEMO_ACCOUNTS.admin);
      await page.waitForURL((url) => url.pathname === '/accounts');
      const invite = page.locator('form', { has: page.getByRole('button', { name: 'Wyślij zaproszenie' }) });
      await invite.getByLabel('Adres e-mail', { exact: true }).fill(REVIEWER.email);
      await invite.getByLabel('Imię i nazwisko', { exact: true }).fill(REVIEWER.name);
      await invite.getByLabel('Rola', { exact: true }).selectOption({ label: 'lider programu' });
      await invite.getByLabel('Program', { exact: true }).selectOption({ index: 1 });
      await invite.getByRole('button', { name: 'Wyślij zaproszenie' }).click();
      await page.locator('.invitation-result').getByText(`Zaproszono: ${REVIEWER.name} (${REVIEWER.email}).`).waitFor();
      await context.clearCookies(); // the admin leaves; the same profile becomes the reviewer's

      await page.goto(await linkFromServerLog(REVIEWER.email, 'INVITATION'));
      await page.getByLabel('Nowe hasło', { exact: true }).fill(REVIEWER.password);
      await page.getByLabel('Powtórz hasło', { exact: true }).fill(REVIEWER.password);
      await page.getByRole('button', { name: 'Ustaw hasło i zaloguj się' }).click();
      await page.waitForURL((url) => PROGRAMME_PATH.test(url.pathname));
      return page; // closed with the browser after the last test
    })());
}

/** The definition-list value next to a term of the submission's facts. */
function fact(page: Page, term: string) {
  return page.locator('dl.facts dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
}

describe('submission workflow', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  openPagePerTest(VIEWPORT, (opened) => ({ browser, context, page } = opened));
  const lead = reviewerSession(() => browser);

  it('a coordinator fills the quarter, explains a warning and submits; the lead returns it; the coordinator corrects it; the lead approves', async () => {
    await openQuarter(page, 22);
    expect(await fact(page, 'Stan').textContent()).toBe('nie rozpoczęto');

    await fillLikeLastPeriod(page, ['CASES_ON_TIME_PCT']);
    const onTime = indicatorGroup(page, ON_TIME);
    // Far below this office's history (about 80-95 %): computed at once, warned about once saved.
    await onTime.getByLabel('Licznik', { exact: true }).fill('1');
    await onTime.getByLabel('Mianownik', { exact: true }).fill('100');
    await onTime.getByText('Wartość wyliczona: 1 %', { exact: true }).waitFor();
    await onTime.getByLabel('Mianownik', { exact: true }).press('Tab');
    await waitUntilSaved(page);
    const warnings = onTime.locator('.indicator__warnings');
    await warnings.getByText(/^Ostrzeżenie: Wartość znacznie odbiega od wcześniejszych wartości urzędu/).waitFor();
    expect(await page.locator('.indicator__warnings').count()).toBe(1);
    // The warning is read out with the comment field it asks to fill in.
    const comment = onTime.getByLabel('Komentarz', { exact: true });
    expect((await comment.getAttribute('aria-describedby'))?.split(' ')).toContain(await warnings.getAttribute('id'));
    expect(await fact(page, 'Stan').textContent()).toBe('w przygotowaniu');
    await saveScreenshot(page, 'submission-warning');

    // Submitting without the comment: the summary takes the focus and its one link leads to the field.
    await page.getByRole('button', { name: 'Prześlij do zatwierdzenia', exact: true }).click();
    const summary = page.locator('.error-summary[role="alert"]');
    await summary.getByRole('link').first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    const links = await summary.getByRole('link').allTextContents();
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(/^Odsetek spraw załatwionych w terminie ustawowym: .*komentarz/);
    await summary.getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('indicator-CASES_ON_TIME_PCT-comment');
    await page.keyboard.type('Reorganizacja wydziału w czerwcu: większość spraw przeszła na lipiec.');
    await page.keyboard.press('Tab');
    await waitUntilSaved(page);

    await page.getByRole('button', { name: 'Prześlij do zatwierdzenia', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Tak, prześlij', exact: true }).click();
    await page.getByRole('status').getByText('Przesłano sprawozdanie do zatwierdzenia.', { exact: true }).waitFor();
    await fact(page, 'Stan').getByText('przesłane', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Prześlij do zatwierdzenia' }).count()).toBe(0);

    // The lead finds it among the submissions to approve and returns it with a reason.
    const leadPage = await lead();
    await leadPage
      .getByRole('navigation', { name: 'Nawigacja główna' })
      .getByRole('link', { name: 'Do zatwierdzenia', exact: true })
      .click();
    const { openQuarter: quarter } = await demoPeriods();
    const waiting = leadPage.getByRole('table', { name: 'Sprawozdania do zatwierdzenia', exact: true });
    await waiting.getByRole('link', { name: `Sprawdź: Urząd Gminy Siepraw, ${quarter}`, exact: true }).click();
    await leadPage.getByRole('heading', { level: 1, name: `Zatwierdzanie sprawozdania za okres ${quarter}`, exact: true }).waitFor();
    const reviewUrl = leadPage.url();
    const reviewed = leadPage
      .getByRole('table', { name: 'Kryterium CAF 9. Kluczowe wyniki działalności', exact: true })
      .getByRole('row', { name: ON_TIME });
    const cells = await reviewed.locator('td').allTextContents();
    expect(cells[0]).toBe('1 %');
    expect(cells[1]).toBe('1 / 100');
    expect(cells[3]).toBe('Reorganizacja wydziału w czerwcu: większość spraw przeszła na lipiec.');
    expect(cells[4]).toContain('Wartość znacznie odbiega od wcześniejszych wartości urzędu');

    await leadPage.getByRole('button', { name: 'Zwróć do poprawy', exact: true }).click();
    await leadPage.getByRole('alert').getByRole('link', { name: 'Podaj powód.', exact: true }).waitFor();
    await leadPage.getByLabel('Powód zwrotu', { exact: true }).fill(RETURN_REASON);
    await leadPage.getByRole('button', { name: 'Zwróć do poprawy', exact: true }).click();
    // The lead goes on to the next submission waiting (or back to the list when none is left).
    await leadPage
      .getByRole('status')
      .getByText(/^Zwrócono sprawozdanie do poprawy\. /)
      .waitFor();
    await leadPage.goto(reviewUrl);
    await fact(leadPage, 'Stan').getByText('zwrócone do poprawy', { exact: true }).waitFor();
    await saveScreenshot(leadPage, 'submission-returned-by-lead');

    // The coordinator sees why, corrects the value (the warning goes) and submits again.
    await page.reload();
    const returned = page.getByRole('region', { name: 'Sprawozdanie zwrócone do poprawy', exact: true });
    await returned.getByText(`Powód zwrotu: ${RETURN_REASON}`, { exact: true }).waitFor();
    await saveScreenshot(page, 'submission-returned');
    await indicatorGroup(page, ON_TIME).getByLabel('Licznik', { exact: true }).fill('90');
    await indicatorGroup(page, ON_TIME).getByLabel('Licznik', { exact: true }).press('Tab');
    await waitUntilSaved(page);
    expect(await page.locator('.indicator__warnings').count()).toBe(0);
    await page.getByRole('button', { name: 'Prześlij do zatwierdzenia', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Tak, prześlij', exact: true }).click();
    await page.getByRole('status').getByText('Przesłano sprawozdanie do zatwierdzenia.', { exact: true }).waitFor();

    // The lead approves the version now shown.
    await leadPage.reload();
    await fact(leadPage, 'Stan').getByText('przesłane', { exact: true }).waitFor();
    await leadPage.getByRole('button', { name: 'Zatwierdź', exact: true }).click();
    await leadPage
      .getByRole('status')
      .getByText(/^Zatwierdzono sprawozdanie\. /)
      .waitFor();
    await leadPage.goto(reviewUrl);
    await fact(leadPage, 'Stan').getByText('zatwierdzone', { exact: true }).waitFor();
    // An approved submission can only be reopened, with a reason.
    await leadPage.getByLabel('Powód ponownego otwarcia', { exact: true }).waitFor();
    await saveScreenshot(leadPage, 'submission-approved');

    await page.reload();
    await page.getByText('Sprawozdanie zostało zatwierdzone. Wartości są zablokowane.', { exact: true }).waitFor();
    expect(await page.locator('input, textarea').count()).toBe(0);
  });

  it('keeps unsaved input through a reload and an expired session, and saves it after the next log-in', async () => {
    const quarterPath = await openQuarter(page, 23);
    const desk = indicatorGroup(page, /^Średni czas oczekiwania w biurze obsługi klienta/);
    const eServices = indicatorGroup(page, /^Liczba usług dostępnych elektronicznie/);
    // Half a ratio stays in the browser until its other half is there.
    await desk.getByLabel('Licznik', { exact: true }).fill('1234');
    await desk.getByLabel('Licznik', { exact: true }).press('Tab');
    await desk
      .getByText('Wpisz też mianownik. Do tego czasu wpis czeka w tej przeglądarce i nie jest zapisywany.', { exact: true })
      .waitFor();
    await eServices.getByLabel('Wartość (szt.)', { exact: true }).fill('42');

    await page.reload();
    await page
      .getByRole('status')
      .getByText(/^Przywrócono niezapisane zmiany z tej przeglądarki/)
      .waitFor();
    expect(await desk.getByLabel('Licznik', { exact: true }).inputValue()).toBe('1234');
    expect(await eServices.getByLabel('Wartość (szt.)', { exact: true }).inputValue()).toBe('42');

    // The session ends while the user types: the next autosave is refused and leads to the log-in page.
    await context.clearCookies();
    await desk.getByLabel('Mianownik', { exact: true }).fill('100');
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe(quarterPath);
    await page.getByRole('status').getByText('Twoja sesja wygasła. Zaloguj się ponownie.', { exact: true }).waitFor();

    await submitLogin(page, DEMO_ACCOUNTS.coordinator(23));
    await page.waitForURL((url) => `${url.pathname}${url.search}` === quarterPath);
    await desk.getByText('Wartość wyliczona: 12,34 min', { exact: true }).waitFor();
    await waitUntilSaved(page);

    // Saved on the server now: a reload shows the values and nothing to restore.
    await page.reload();
    await page.locator('fieldset.indicator').first().waitFor();
    expect(await desk.getByLabel('Mianownik', { exact: true }).inputValue()).toBe('100');
    expect(await eServices.getByLabel('Wartość (szt.)', { exact: true }).inputValue()).toBe('42');
    expect(await page.getByText(/^Przywrócono niezapisane zmiany/).count()).toBe(0);
    expect(await saveStatus(page).textContent()).toMatch(/^Ostatni zapis: /);
  });

  it('shows both versions when another tab saved first, and keeps the user’s choice', async () => {
    await openQuarter(page, 21);
    const other = await context.newPage(); // another tab: same session, its own unsaved input
    await other.goto(page.url());
    await other.locator('fieldset.indicator').first().waitFor();

    const field = (tab: Page) =>
      indicatorGroup(tab, /^Liczba usług dostępnych elektronicznie/).getByLabel('Wartość (szt.)', { exact: true });
    await field(page).fill('30');
    await field(page).press('Tab');
    await waitUntilSaved(page);

    await field(other).fill('31');
    await field(other).press('Tab');
    const conflict = other.getByRole('alert').filter({ has: other.getByRole('heading', { name: 'Sprawozdanie zapisano w międzyczasie' }) });
    await conflict.waitFor();
    const row = conflict.getByRole('row', { name: /^Liczba usług dostępnych elektronicznie/ });
    expect(await row.locator('td').allTextContents()).toEqual(['31', '30']);
    expect(await saveStatus(other).textContent()).toBe('Nie zapisano: ktoś zapisał nowszą wersję. Wybierz poniżej, którą zachować.');
    await saveScreenshot(other, 'submission-conflict');

    await conflict.getByRole('button', { name: 'Zachowaj moją wersję', exact: true }).click();
    await waitUntilSaved(other);
    await page.reload();
    await page.locator('fieldset.indicator').first().waitFor();
    expect(await field(page).inputValue()).toBe('31');
  });

  it('shows the lead where every office stands in the open quarter, none late before its deadline', async () => {
    const { openQuarter: quarter, cafCycles } = await demoPeriods();
    const leadPage = await lead();
    await leadPage.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Kompletność', exact: true }).click();
    await leadPage.getByRole('heading', { level: 1, name: 'Kompletność sprawozdań', exact: true }).waitFor();
    expect(await leadPage.getByLabel('Okres', { exact: true }).locator('option:checked').textContent()).toBe(`${quarter} (otwarty)`);

    const grid = leadPage.getByRole('table', { name: 'Urzędy i okresy', exact: true });
    const status = async (office: RegExp) =>
      (await grid.getByRole('row', { name: office }).locator('td').first().textContent())?.replace(/\s+/g, ' ');
    // The deadline is ahead: an office that has not started is not late (lateness would be said in words).
    expect(await status(/^Urząd Miasta Trzebinia/)).toMatch(/^nie rozpoczęto0 z \d+$/);
    // (Another journey may approve what waits for the lead.)
    expect(await status(/^Urząd Miasta Dzierżoniów/)).toMatch(/^(przesłane|zatwierdzone)\d+ z \d+$/);
    expect(await status(/^Urząd Miasta Stronie Śląskie/)).toMatch(/^zatwierdzone\d+ z \d+$/);
    expect(await status(/^Urząd Miejski Świdnica/)).toMatch(/^zwrócone do poprawy\d+ z \d+$/);
    expect(await status(/^Urząd Miejski Wałbrzych/)).toMatch(/^w przygotowaniu\d+ z \d+$/);
    await leadPage.getByText('Żaden urząd nie jest spóźniony.', { exact: true }).waitFor();

    // The summary chart has its table, with the states of the open quarter.
    const summary = leadPage.getByRole('region', { name: `Stan sprawozdań: ${quarter}`, exact: true });
    await summary.getByRole('button', { name: 'Pokaż jako tabelę', exact: true }).click();
    const counts = summary.getByRole('table', { name: `Stan sprawozdań: ${quarter}`, exact: true });
    for (const state of ['nie rozpoczęto', 'w przygotowaniu', 'zwrócone do poprawy', 'zatwierdzone']) {
      const count = Number(
        await counts
          .getByRole('row', { name: new RegExp(`^${state}`) })
          .locator('td')
          .textContent(),
      );
      expect(count).toBeGreaterThanOrEqual(1);
    }
    await saveScreenshot(leadPage, 'completeness');

    // Another period, a past CAF cycle: the choice is kept in the address.
    const cycle = cafCycles.at(-1) as string;
    await leadPage.getByLabel('Okres', { exact: true }).selectOption({ label: `${cycle} (zamknięty)` });
    await leadPage.getByRole('region', { name: `Stan sprawozdań: ${cycle}`, exact: true }).waitFor();
    expect(new URL(leadPage.url()).searchParams.get('period')).toMatch(/\S/);
    expect(await grid.locator('thead th').allTextContents()).toEqual(['Urząd', cycle]);
  });

  it('checks a spreadsheet before importing it: errors by row and column, then an import that applies', async () => {
    await logIn(page, DEMO_ACCOUNTS.coordinator(24));
    await page.waitForURL((url) => OFFICE_PATH.test(url.pathname));
    await page.getByRole('link', { name: 'Masz dane w arkuszu? Zaimportuj je z pliku CSV lub XLSX.', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Import wartości z arkusza', exact: true }).waitFor();
    const { openQuarter: quarter } = await demoPeriods();
    const template = page.getByRole('link', {
      name: `Pobierz szablon XLSX na okres ${quarter} (z zapisanymi już wartościami)`,
      exact: true,
    });
    expect(await template.getAttribute('href')).toMatch(/^\/api\/import\/template\?programmeId=[^&]+&periodId=[^&]+&lang=pl$/);
    const importButton = page.getByRole('button', { name: 'Importuj', exact: true });

    await page.getByLabel('Plik CSV lub XLSX', { exact: true }).setInputFiles({
      name: 'kwartal.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('wskaźnik;licznik;mianownik\nCASES_ON_TIME_PCT;dużo;100\n', 'utf8'),
    });
    await page.getByRole('button', { name: 'Sprawdź plik (bez zapisu)', exact: true }).click();
    await page.getByRole('alert').getByText('W pliku są błędy: 1. Nic nie zapisano.', { exact: true }).waitFor();
    const errors = page.getByRole('table', { name: 'Błędy w pliku', exact: true });
    const [error] = await errors
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => Array.from((row as HTMLTableRowElement).cells, (cell) => cell.textContent?.trim() ?? '')));
    expect(error?.slice(0, 2)).toEqual(['2', 'licznik (komórka B2)']);
    expect(error?.[2]).toMatch(/\S/);
    expect(await importButton.isDisabled()).toBe(true);
    await saveScreenshot(page, 'import-dry-run-errors');

    await page.getByLabel('Plik CSV lub XLSX', { exact: true }).setInputFiles({
      name: 'kwartal.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('wskaźnik;licznik;mianownik\nCASES_ON_TIME_PCT;45;50\n', 'utf8'),
    });
    await page.getByRole('button', { name: 'Sprawdź plik (bez zapisu)', exact: true }).click();
    await page
      .getByRole('status')
      .getByText('Plik jest poprawny: 1 wiersz, 1 wartość. Nic jeszcze nie zapisano.', { exact: true })
      .waitFor();
    await importButton.click();
    await page.getByRole('status').getByText('Zaimportowano plik: zmieniono 1 wartość, bez zmian: 0.', { exact: true }).waitFor();

    await page.getByRole('link', { name: 'Mój urząd', exact: true }).click();
    await page.getByRole('link', { name: `Wypełnij: sprawozdanie za ${quarter}`, exact: true }).click();
    const onTime = indicatorGroup(page, ON_TIME);
    await onTime.getByText('Wartość wyliczona: 90 %', { exact: true }).waitFor();
    expect(await onTime.getByLabel('Licznik', { exact: true }).inputValue()).toBe('45');
  });
});
