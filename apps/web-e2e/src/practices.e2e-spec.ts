import type { BrowserContext, Locator, Page } from 'playwright-core';
import { baseUrl, openPagePerTest, saveScreenshot } from './support/browser';
import { DEMO_ACCOUNTS, logIn } from './support/session';

/*
 * Good practices: the search across the platform, a practice's page, and writing one. The coordinator
 * of office 7 (Urząd Miasta Piława Górna) writes the practice here; no other journey reads or changes
 * its practices (it writes two). The 33 practices of the demo seed are read, never changed.
 */
const VIEWPORT = { width: 1280, height: 1000 };
const OFFICE_PATH = /^\/programmes\/[^/]+\/offices\/[^/]+$/;
const PRACTICE_PATH = /^\/praktyki\/[0-9a-f-]{36}$/;
const CUSTOMER_TRAINING = 'Szkolenie z obsługi klienta: psychologia skutecznego kontaktu z klientem';
const CAF_IN_10_STEPS = 'Samoocena CAF w 10 krokach zakończona planem doskonalenia';
const UMBRELLAS = 'Wypożyczalnia parasoli w biurze obsługi mieszkańców';

function nav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Nawigacja główna' });
}

/** The results' count line, once it reports the search for `query` ("" for none); for several words it goes on with how many hold them all. */
async function countFor(page: Page, query: string): Promise<number> {
  const pattern = query ? new RegExp(`^Znalezione praktyki dla „${query}”: (\\d+)(?:\\. .*)?$`) : /^Znalezione praktyki: (\d+)$/;
  const line = page.getByRole('status').filter({ hasText: pattern });
  await line.waitFor();
  return Number(pattern.exec((await line.textContent()) ?? '')?.[1]);
}

/** Types a query into the search box and sends it with Enter. */
async function search(page: Page, query: string): Promise<number> {
  const box = page.getByRole('searchbox', { name: 'Szukaj praktyk', exact: true });
  await box.fill(query);
  await box.press('Enter');
  const count = await countFor(page, query);
  // The results are announced; the focus stays in the box, ready for the next search.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('practice-query');
  return count;
}

/** The result card of a practice, by its title. */
function card(page: Page, title: string): Locator {
  return page.getByRole('article', { name: title, exact: true });
}

describe('good practices', () => {
  let page: Page;
  openPagePerTest(VIEWPORT, (opened) => ({ page } = opened));

  it('a coordinator searches without diacritics, filters by CAF criterion, pages through all, and reads a practice', async () => {
    await logIn(page, DEMO_ACCOUNTS.coordinator(7));
    await page.waitForURL((url) => OFFICE_PATH.test(url.pathname));
    await nav(page).getByRole('link', { name: 'Dobre praktyki', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Dobre praktyki', exact: true }).waitFor();
    expect(await page.title()).toBe('Dobre praktyki – OfficeBench');

    // Everything published, a page at a time: "load more" follows the cursor and moves the focus on.
    const total = await countFor(page, '');
    expect(total).toBeGreaterThanOrEqual(33);
    const results = page.locator('.practice-results__list > li');
    expect(await results.count()).toBe(20);
    await page.getByRole('button', { name: 'Pokaż więcej wyników', exact: true }).click();
    await page.getByText(`Wyświetlono ${Math.min(40, total)} z ${total}.`, { exact: true }).waitFor();
    // The focus is on the first new result's link.
    await page.waitForFunction(() => {
      const item = document.activeElement?.closest('li');
      return document.activeElement?.tagName === 'A' && item?.parentElement?.children[20] === item;
    });

    // Without Polish characters, in another form than the text's ("obsługi klienta").
    const found = await search(page, 'obsluga klienta');
    expect(found).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('obsluga klienta');
    const training = card(page, CUSTOMER_TRAINING);
    await training.waitFor();
    const marks = await training.locator('.practice-card__snippet mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.map((mark) => mark.toLowerCase())).toEqual(expect.arrayContaining([expect.stringMatching(/^(obsług|klient)/)]));
    await saveScreenshot(page, 'practices-search');

    // Self-assessment practices under CAF criterion 2 only.
    await page.getByLabel('Kryterium CAF', { exact: true }).selectOption({ label: '2. Strategia i planowanie' });
    await search(page, 'samoocena');
    expect(new URL(page.url()).searchParams.get('caf')).toBe('2');
    const caf = card(page, CAF_IN_10_STEPS);
    await caf.waitFor();
    expect(await caf.locator('.practice-card__facts').textContent()).toMatch(/^Związek Powiatów Polskich · /);
    const cards = page.locator('.practice-results__list article');
    const badges = await cards.evaluateAll((articles) =>
      articles.map((article) => article.querySelector('.badge-list')?.textContent ?? ''),
    );
    expect(badges.length).toBeGreaterThan(0);
    for (const text of badges) expect(text).toContain('CAF 2. Strategia i planowanie');
    // Each result says "samoocena" in some form: in its title, summary, tags or the highlighted excerpt.
    for (const text of await cards.allTextContents()) expect(text.toLowerCase()).toContain('samoocen');
    const titles = await cards.locator('h3').allTextContents();
    expect(titles).not.toContain('Samoocena kontroli zarządczej w formie ankiety internetowej'); // criterion 1

    // The practice's page: its office, and its Markdown rendered (lists); the description's "## Co zrobiono"
    // goes under the section of that name, not into a second one.
    await caf.getByRole('link', { name: CAF_IN_10_STEPS, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: CAF_IN_10_STEPS, exact: true }).waitFor();
    expect(PRACTICE_PATH.test(new URL(page.url()).pathname)).toBe(true);
    expect(await page.locator('dt', { hasText: 'Urząd' }).locator('xpath=following-sibling::dd[1]').textContent()).toMatch(
      /^Związek Powiatów Polskich \(/,
    );
    const body = page.getByRole('region', { name: 'Co zrobiono', exact: true });
    await body.locator('.markdown ol li').first().waitFor();
    expect(await body.locator('.markdown ol li').count()).toBeGreaterThanOrEqual(5);
    expect(await page.getByRole('heading', { name: 'Co zrobiono', exact: true }).count()).toBe(1);
    expect(await page.locator('.markdown script, .markdown img, .markdown iframe').count()).toBe(0);
    await saveScreenshot(page, 'practice-page');

    // Back returns to the same search.
    await page.goBack();
    await card(page, CAF_IN_10_STEPS).waitFor();
    expect(await page.getByLabel('Kryterium CAF', { exact: true }).locator('option:checked').textContent()).toBe(
      '2. Strategia i planowanie',
    );
    expect(await page.getByRole('searchbox', { name: 'Szukaj praktyk', exact: true }).inputValue()).toBe('samoocena');
  });

  it('a coordinator writes a draft, previews it, publishes it, and finds it by search', async () => {
    await logIn(page, DEMO_ACCOUNTS.coordinator(7));
    await page.waitForURL((url) => OFFICE_PATH.test(url.pathname));
    await nav(page).getByRole('link', { name: 'Moje praktyki', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Moje dobre praktyki', exact: true }).waitFor();
    await page
      .getByRole('checkbox', { name: 'Pozwól wskazywać, że nasz urząd poprawił wyniki wskaźnika (bez podawania wartości)', exact: true })
      .waitFor();
    await page.getByRole('link', { name: 'Nowa praktyka', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Nowa dobra praktyka', exact: true }).waitFor();

    await page.getByLabel('Tytuł', { exact: true }).fill(UMBRELLAS);
    await page
      .getByLabel('Opis', { exact: true })
      .fill(
        '## Jak to działa\n\nMieszkaniec bierze parasol przy wyjściu i oddaje go przy następnej wizycie.\n\n- **stojak** przy drzwiach\n- regulamin w [BIP](https://bip.example.pl)\n\n<script>alert(1)</script>',
      );

    // Checked before anything is sent: the summary is missing, and its error leads to the field.
    await page.getByRole('button', { name: 'Zapisz szkic', exact: true }).click();
    const summary = page.locator('.error-summary');
    await summary.getByRole('link', { name: 'Streszczenie: pole jest wymagane.', exact: true }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('practice-summary');
    await page
      .getByLabel('Streszczenie', { exact: true })
      .fill('Parasole do wypożyczenia dla mieszkańców, którzy przyszli do urzędu bez parasola, a wychodzą w deszcz.');
    await page.getByLabel('Rok wdrożenia', { exact: true }).fill('2024');
    await page.getByRole('checkbox', { name: '6. Wyniki dotyczące klientów/obywateli', exact: true }).check();
    await page.getByLabel('Tagi', { exact: true }).fill('obsługa klienta, parasole');

    // The preview renders the Markdown as readers will see it, raw HTML as text.
    await page.getByRole('button', { name: 'Pokaż podgląd opisu', exact: true }).click();
    const preview = page.getByRole('region', { name: 'Podgląd opisu', exact: true });
    await preview.getByRole('heading', { name: 'Jak to działa', exact: true }).waitFor();
    expect(await preview.getByRole('link', { name: 'BIP (otwiera się w nowej karcie)', exact: true }).getAttribute('rel')).toBe(
      'noopener noreferrer nofollow',
    );
    await preview.getByText('<script>alert(1)</script>', { exact: true }).waitFor();
    await saveScreenshot(page, 'practices-editor-preview');

    await page.getByRole('button', { name: 'Zapisz szkic', exact: true }).click();
    await page.waitForURL((url) => PRACTICE_PATH.test(url.pathname));
    await page.getByRole('heading', { level: 1, name: UMBRELLAS, exact: true }).waitFor();
    await page.getByRole('status').getByText('Zapisano szkic.', { exact: false }).waitFor();
    expect(await page.locator('dt', { hasText: 'Stan' }).locator('xpath=following-sibling::dd[1]').textContent()).toBe('szkic');

    await page.getByRole('button', { name: 'Opublikuj', exact: true }).click();
    await page.getByRole('status').getByText('Opublikowano praktykę.', { exact: false }).waitFor();
    expect(await page.locator('dt', { hasText: 'Stan' }).locator('xpath=following-sibling::dd[1]').textContent()).toBe('opublikowana');
    await page
      .getByRole('region', { name: 'Opis praktyki', exact: true })
      .getByRole('heading', { name: 'Jak to działa', exact: true })
      .waitFor();

    // Another form of the word than the one written: "parasolami" finds "parasol", "parasoli".
    await nav(page).getByRole('link', { name: 'Dobre praktyki', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Dobre praktyki', exact: true }).waitFor();
    expect(await search(page, 'parasolami')).toBe(1);
    const umbrellas = card(page, UMBRELLAS);
    await umbrellas.waitFor();
    expect(await umbrellas.locator('.practice-card__facts').textContent()).toMatch(
      /^Urząd Miasta Piława Górna · gmina miejska · wdrożona w 2024 r\./,
    );
    expect(await umbrellas.locator('.practice-card__snippet mark').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'practices-found');

    // Listed among the office's own practices, published.
    await nav(page).getByRole('link', { name: 'Moje praktyki', exact: true }).click();
    const mine = page.getByRole('table', { name: 'Praktyki urzędu', exact: true });
    const row = mine.getByRole('row', { name: new RegExp(`^${UMBRELLAS}`) });
    await row.waitFor();
    expect(await row.locator('td').first().textContent()).toBe('opublikowana');
  });
});

describe('a practice being edited', () => {
  let context: BrowserContext;
  let page: Page;
  openPagePerTest(VIEWPORT, (opened) => ({ context, page } = opened));

  /** GraphQL as the signed-in user of this context (it shares the page's cookies). */
  async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await context.request.post(`${baseUrl()}/graphql`, { data: { query, variables } });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL refused: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  it('keeps unsaved text across a reload, and through a save refused because someone else saved meanwhile', async () => {
    await logIn(page, DEMO_ACCOUNTS.coordinator(7));
    await page.waitForURL((url) => OFFICE_PATH.test(url.pathname));
    const input = {
      title: 'Dyżury urzędników w sobotę',
      summary: 'Raz w miesiącu urząd jest otwarty w sobotę.',
      body: 'Opis dyżurów.',
      cafCriteria: [6],
      indicatorCodes: [],
    };
    const { createGoodPractice: created } = await graphql<{ createGoodPractice: { id: string; version: number } }>(
      'mutation($input: GoodPracticeInput!) { createGoodPractice(input: $input) { id version } }',
      { input },
    );

    // Typed, then the tab is reloaded before saving: the text is offered back.
    await page.goto(`${baseUrl()}/praktyki/${created.id}/edycja`);
    const title = page.getByLabel('Tytuł', { exact: true });
    expect(await title.inputValue()).toBe(input.title);
    await title.fill('Sobotnie dyżury urzędników dla pracujących mieszkańców');
    await page.getByText('Niezapisane zmiany są przechowywane w tej przeglądarce.', { exact: true }).waitFor();
    await page.reload();
    await page.getByText(/^W tej przeglądarce jest niezapisana wersja tej praktyki z /).waitFor();
    expect(await title.inputValue()).toBe(input.title);
    await page.getByRole('button', { name: 'Przywróć niezapisaną wersję', exact: true }).click();
    expect(await title.inputValue()).toBe('Sobotnie dyżury urzędników dla pracujących mieszkańców');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('practice-title');

    // Meanwhile another coordinator of the office saves the practice.
    await graphql(
      'mutation($id: ID!, $input: GoodPracticeInput!, $v: Int) { updateGoodPractice(id: $id, input: $input, expectedVersion: $v) { id } }',
      {
        id: created.id,
        input: { ...input, summary: 'Zmienione przez kogoś innego.' },
        v: created.version,
      },
    );

    await page.getByRole('button', { name: 'Zapisz szkic', exact: true }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Ktoś zmienił tę praktykę w międzyczasie' });
    await conflict.waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('conflict'))).toBe(true);
    expect(await title.inputValue()).toBe('Sobotnie dyżury urzędników dla pracujących mieszkańców');
    await conflict.getByRole('button', { name: 'Zapisz moją wersję zamiast tamtej', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/praktyki/${created.id}`);
    await page.getByRole('heading', { level: 1, name: 'Sobotnie dyżury urzędników dla pracujących mieszkańców', exact: true }).waitFor();

    // Saved: the editor offers nothing back any more.
    await page.getByRole('link', { name: 'Edytuj', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /^Edycja: Sobotnie dyżury/ }).waitFor();
    expect(await page.getByText(/^W tej przeglądarce jest niezapisana wersja/).count()).toBe(0);
  });
});
