import type { BrowserContext, Locator, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { baseUrl, openPagePerTest, saveScreenshot } from './support/browser';
import { graphql } from './support/graphql';
import { expectNoSidewaysScroll } from './support/layout';
import { DEMO_ACCOUNTS, logIn } from './support/session';

/*
 * Good-practice search and a practice's page, issue 17: words written together or apart ("ISO9001",
 * "e-urząd"), a search of several words with those holding all of them first and their count, a
 * practice's tag and indicator links and its way back to the results, the year introduced instead of a
 * made-up date, an e-mail contact, and the editor's errors going as fields are put right.
 * The coordinator of demo office 10 writes (three published practices about the e-office and one
 * with an e-mail contact; a draft never saved); the coordinator of demo office 11 only reads.
 * The demo seed's 33 practices are read, never changed.
 */
const DESK = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const PRACTICE_PATH = /^\/praktyki\/[0-9a-f-]{36}$/;
const KRAKOW_ISO = 'System zarządzania jakością ISO 9001 w całym Urzędzie Miasta Krakowa';
const INVESTORS = 'Procedura obsługi inwestora';
const E_OFFICE = {
  hyphen: 'Nasz e-urząd dla przedsiębiorców',
  apart: 'Kiosk z dostępem do platformy e urząd',
  together: 'Eurząd w bibliotece miejskiej',
};
const CONTACT = 'sekretariat.e-urzad@demo.officebench.local';

/** The results' count line once it reports the search for `query`. */
async function countLine(page: Page, query: string): Promise<string> {
  const line = page.getByRole('status').filter({ hasText: new RegExp(`^Znalezione praktyki dla „${query}”: \\d+`) });
  await line.waitFor();
  return (await line.textContent()) ?? '';
}

async function search(page: Page, query: string): Promise<string> {
  const box = page.getByRole('searchbox', { name: 'Szukaj praktyk', exact: true });
  await box.fill(query);
  await box.press('Enter');
  return countLine(page, query);
}

const cardTitles = (page: Page, list: Locator = page.locator('.practice-results')) =>
  list.locator('.practice-card__title').allTextContents();

async function expectAxeClean(page: Page, viewport: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(viewport);
  expect(await axeViolations(page)).toEqual([]);
  await expectNoSidewaysScroll(page);
}

/** Office 10 publishes three practices, each writing the e-office its own way; the last one has an e-mail contact. */
async function publishEOfficePractices(context: BrowserContext): Promise<void> {
  const summaries = {
    hyphen: 'Sprawy firmowe załatwiane przez e-urząd bez wizyty w urzędzie.',
    apart: 'Mieszkaniec bez komputera korzysta z kiosku w holu.',
    together: 'Bibliotekarze pomagają założyć profil i złożyć wniosek.',
  };
  for (const kind of ['hyphen', 'apart', 'together'] as const) {
    const input = {
      title: E_OFFICE[kind],
      summary: summaries[kind],
      body: 'Opis wdrożenia.',
      cafCriteria: [4],
      indicatorCodes: [],
      tags: ['e-administracja'],
      year: 2021,
      contact: kind === 'together' ? `Wydział Organizacyjny, ${CONTACT}` : null,
    };
    const { createGoodPractice } = await graphql<{ createGoodPractice: { id: string } }>(
      context,
      'mutation($i: GoodPracticeInput!) { createGoodPractice(input: $i) { id } }',
      { i: input },
    );
    await graphql(context, 'mutation($id: ID!) { publishGoodPractice(id: $id) { id } }', { id: createGoodPractice.id });
  }
}

describe('good-practice search and a practice’s page', () => {
  let context: BrowserContext;
  let page: Page;
  openPagePerTest(DESK, (opened) => ({ context, page } = opened));

  it('finds "ISO9001" and "e-urząd" however the practices write them', async () => {
    await logIn(page, DEMO_ACCOUNTS.coordinator(10));
    await publishEOfficePractices(context);
    await page.goto(`${baseUrl()}/praktyki`);
    await page.getByRole('heading', { level: 1, name: 'Dobre praktyki', exact: true }).waitFor();

    // Written together in the query, apart in the practices ("ISO 9001"), and marked so in the snippets.
    await search(page, 'ISO9001');
    const found = await cardTitles(page);
    expect(found).toEqual(expect.arrayContaining([KRAKOW_ISO, 'Zintegrowany system zarządzania: ISO 9001, ISO 14001 i ISO 18001']));
    expect(await page.locator('.practice-card mark', { hasText: /^9001$/ }).count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'practice-search-iso9001');

    // "e-urząd" finds the three ways of writing it, and not every practice of an office called "Urząd".
    for (const query of ['e-urząd', 'eurząd', 'e urząd']) {
      await search(page, query);
      expect((await cardTitles(page)).sort()).toEqual(Object.values(E_OFFICE).sort());
    }
    await saveScreenshot(page, 'practice-search-e-urzad');
  });

  it('ranks the practices holding all three words first, says how many, and a practice leads back to them', async () => {
    await logIn(page, DEMO_ACCOUNTS.coordinator(11));
    await page.goto(`${baseUrl()}/praktyki`);
    await page.getByRole('heading', { level: 1, name: 'Dobre praktyki', exact: true }).waitFor();
    const query = 'elektroniczny obieg dokumentów';
    const line = await search(page, query);

    // The count of those holding all the words, as the API has it, in Polish with its plural forms.
    const { goodPractices: answer } = await graphql<{ goodPractices: { totalCount: number; allTermsCount: number } }>(
      context,
      'query($q: String) { goodPractices(query: $q, first: 1) { totalCount allTermsCount } }',
      { q: query },
    );
    expect(answer.allTermsCount).toBeGreaterThanOrEqual(2);
    expect(answer.allTermsCount).toBeLessThan(answer.totalCount);
    const partial = answer.totalCount - answer.allTermsCount;
    const polish = (n: number, one: string, few: string, many: string) =>
      `${n} ${n === 1 ? one : [2, 3, 4].includes(n % 10) && ![12, 13, 14].includes(n % 100) ? few : many}`;
    expect(line).toBe(
      `Znalezione praktyki dla „${query}”: ${answer.totalCount}. ` +
        `${polish(answer.allTermsCount, 'praktyka zawiera', 'praktyki zawierają', 'praktyk zawiera')} wszystkie słowa, ` +
        `dalej ${polish(partial, 'zawierająca część', 'zawierające część', 'zawierających część')}.`,
    );
    // Those holding all three under a heading of their own, first; each says all three words.
    const allList = page.locator('h3:text-is("Zawierające wszystkie słowa") + ol');
    const all = await cardTitles(page, allList);
    expect(all).toHaveLength(answer.allTermsCount);
    expect(all).toEqual(
      expect.arrayContaining([
        'Elektroniczny obieg dokumentów eSOD zintegrowany z SEKAP',
        'Elektroniczny obieg dokumentów MDOK ze śledzeniem dokumentów',
      ]),
    );
    for (const text of await allList.locator('article').allTextContents()) expect(text.toLowerCase()).toMatch(/elektroniczn[\s\S]*/);
    await page.getByRole('heading', { level: 3, name: 'Zawierające część słów', exact: true }).waitFor();
    await saveScreenshot(page, 'practice-search-all-words');
    await expectAxeClean(page, DESK);
    await expectAxeClean(page, PHONE);
    await saveScreenshot(page, 'practice-search-all-words-phone');
    await page.setViewportSize(DESK);

    // A practice opened from the results carries the search, and leads back to it.
    await allList.getByRole('link', { name: 'Elektroniczny obieg dokumentów MDOK ze śledzeniem dokumentów', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Elektroniczny obieg dokumentów MDOK ze śledzeniem dokumentów' }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    await page.getByRole('link', { name: 'Wróć do wyników wyszukiwania', exact: true }).click();
    await countLine(page, query);
    expect(await page.getByRole('searchbox', { name: 'Szukaj praktyk', exact: true }).inputValue()).toBe(query);
  });

  it('a practice’s page: the year introduced, each thing once, tags and indicators leading to their practices, mailto', async () => {
    await logIn(page, DEMO_ACCOUNTS.coordinator(11));
    await page.goto(`${baseUrl()}/praktyki?q=${encodeURIComponent('obsługa inwestora')}`);
    await page.getByRole('link', { name: INVESTORS, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: INVESTORS, exact: true }).waitFor();
    expect(PRACTICE_PATH.test(new URL(page.url()).pathname)).toBe(true);

    // Introduced in 2003 (the source's year); no publication date of the demo load.
    await page.getByText('Wprowadzona w 2003 r.', { exact: true }).waitFor();
    expect(await page.locator('article.practice').textContent()).not.toMatch(/Opublikowan|Ostatnia zmiana/);
    // The summary and "Co zrobiono" once each.
    const summary = (await page.locator('.practice__summary').textContent()) ?? '';
    expect(summary.length).toBeGreaterThan(20);
    const text = (await page.locator('article.practice').textContent()) ?? '';
    expect(text.split(summary)).toHaveLength(2);
    expect(await page.getByRole('heading', { name: 'Co zrobiono', exact: true }).count()).toBe(1);
    await saveScreenshot(page, 'practice-page-year');
    await expectAxeClean(page, DESK);
    await expectAxeClean(page, PHONE);
    await saveScreenshot(page, 'practice-page-year-phone');
    await page.setViewportSize(DESK);

    // A tag leads to the practices with that tag.
    await page.getByRole('link', { name: 'Praktyki z tagiem: obsługa klienta', exact: true }).click();
    await page.locator('.practice-search__tag', { hasText: 'Tylko praktyki z tagiem „obsługa klienta”.' }).waitFor();
    expect(new URL(page.url()).searchParams.get('tag')).toBe('obsługa klienta');
    await page
      .getByRole('status')
      .filter({ hasText: /^Znalezione praktyki: \d+$/ })
      .waitFor();
    const tagged = await cardTitles(page);
    expect(tagged).toContain(INVESTORS);
    for (const tags of await page.locator('.practice-card .tag-list').allTextContents()) expect(tags).toContain('obsługa klienta');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: INVESTORS, exact: true }).waitFor();

    // A linked indicator leads to the practices linked to it (followed with the keyboard: restored
    // scrolling may put it under the sticky header).
    const indicator = page.locator('dt:text-is("Powiązane wskaźniki") + dd a').first();
    const name = ((await indicator.textContent()) ?? '').replace('Praktyki powiązane ze wskaźnikiem: ', '');
    await indicator.press('Enter');
    await page.waitForURL((url) => url.pathname === '/praktyki' && url.searchParams.has('indicator'));
    await page
      .getByRole('status')
      .filter({ hasText: /^Znalezione praktyki: \d+$/ })
      .waitFor();
    expect(await page.getByLabel('Wskaźnik', { exact: true }).locator('option:checked').textContent()).toBe(name);
    expect(await cardTitles(page)).toContain(INVESTORS);
    await saveScreenshot(page, 'practice-search-by-indicator');

    // A practice written on the platform: its e-mail contact is a mailto: link.
    await page.goto(`${baseUrl()}/praktyki?q=eurz%C4%85d`);
    await page.getByRole('link', { name: E_OFFICE.together, exact: true }).click();
    const mail = page.getByRole('region', { name: 'Kontakt', exact: true }).getByRole('link', { name: CONTACT, exact: true });
    expect(await mail.getAttribute('href')).toBe(`mailto:${CONTACT}`);
    await page.getByText(/^Wprowadzona w 2021 r\. Opublikowana w serwisie \d{1,2} \S+ \d{4}\.$/).waitFor();
  });

  it('the editor drops a field’s error as soon as the field is put right, the focus staying in it', async () => {
    await logIn(page, DEMO_ACCOUNTS.coordinator(10));
    await page.goto(`${baseUrl()}/praktyki/nowa`);
    await page.getByRole('heading', { level: 1, name: 'Nowa dobra praktyka', exact: true }).waitFor();
    await page.getByLabel('Rok wdrożenia', { exact: true }).fill('19x');
    await page.getByRole('button', { name: 'Zapisz szkic', exact: true }).click();
    const summary = page.locator('.error-summary');
    await summary.getByRole('link', { name: 'Tytuł: pole jest wymagane.', exact: true }).waitFor();
    const fieldError = (field: string) => page.locator(`#practice-${field}-error`);
    expect(await fieldError('title').textContent()).toContain('pole jest wymagane');

    // Typing the title: its error goes at the first letter, here and in the summary; the others stay.
    const title = page.getByLabel('Tytuł', { exact: true });
    await title.click();
    await title.pressSequentially('K');
    await page.waitForFunction(() => !document.querySelector('.error-summary')?.textContent?.includes('Tytuł'));
    expect(await fieldError('title').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('practice-title');
    await summary.getByRole('link', { name: 'Streszczenie: pole jest wymagane.', exact: true }).waitFor();
    await saveScreenshot(page, 'practice-editor-error-cleared');

    // The year still wrong keeps an error until it is a year.
    const year = page.getByLabel('Rok wdrożenia', { exact: true });
    await year.fill('1900');
    expect(await fieldError('year').textContent()).toContain('Rok wdrożenia: rok od 1990 do 2100.');
    await year.fill('2021');
    await page.waitForFunction(() => !document.querySelector('.error-summary')?.textContent?.includes('Rok wdrożenia'));
    await expectAxeClean(page, DESK);
    await expectAxeClean(page, PHONE);
    await saveScreenshot(page, 'practice-editor-error-cleared-phone');
  });
});
