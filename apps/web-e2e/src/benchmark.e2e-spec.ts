import type { BrowserContext, Page } from 'playwright-core';
import { baseUrl, openPagePerTest, saveScreenshot } from './support/browser';
import { demoPeriods } from './support/demo-periods';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, linkFromServerLog, logIn } from './support/session';
import { rowTexts } from './support/tables';
import { graphql } from './support/graphql';

/*
 * The benchmark pages. Office 3 (Urząd Miasta Bolesławiec, an urban gmina) is read here and by no other
 * journey. The quarter before the open one (found at run time) is approved for every office and released
 * by the demo seed, as its lead would have. The lead's part is played
 * by a lead invited here through the API (the demo lead already signs in about ten times a minute in the
 * other journeys, the API's limit per account); her set-password link signs her in.
 */
const VIEWPORT = { width: 1280, height: 1000 };
const OFFICE_PATH = /^\/programmes\/[^/]+\/offices\/[^/]+$/;
const PROGRAMME_PATH = /^\/programmes\/[^/]+$/;
const PLAN = 'Realizacja planu doskonalenia';
const ON_TIME = 'Odsetek spraw załatwionych w terminie ustawowym';
const CLIENTS = 'Odsetek klientów zadowolonych i bardzo zadowolonych';
const ANALYST = { email: 'anna.analityczka@example.test', name: 'Anna Analityczka', password: 'wyniki-urzedow-2011' };
const VERDICT = /(lepiej niż średnia|gorzej niż średnia|tak samo jak średnia)/;

/** "91,67 %" → 91.67 */
function numberIn(text: string): number {
  return Number(text.replace(/[^\d,-]/g, '').replace(',', '.'));
}

/** The admin invites a programme lead through the API; the lead's set-password link signs her in, in this context. */
async function signInInvitedLead(context: BrowserContext, page: Page): Promise<void> {
  await graphql(context, 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { id } }', {
    email: DEMO_ACCOUNTS.admin,
    password: DEMO_PASSWORD,
  });
  const { programmes } = (await graphql(context, '{ programmes { id } }')) as { programmes: { id: string }[] };
  await graphql(context, 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { __typename } }', {
    input: { email: ANALYST.email, displayName: ANALYST.name, role: 'PROGRAMME_LEAD', programmeId: programmes[0]?.id },
  });
  await context.clearCookies();
  const token = new URL(await linkFromServerLog(ANALYST.email, 'INVITATION')).hash.replace(/^#token=/, '');
  await graphql(context, 'mutation($token: String!, $password: String!) { setPassword(token: $token, password: $password) { id } }', {
    token: decodeURIComponent(token),
    password: ANALYST.password,
  });
  await page.goto(`${baseUrl()}/`);
  await page.waitForURL((url) => PROGRAMME_PATH.test(url.pathname));
}

describe('benchmark pages', () => {
  let context: BrowserContext;
  let page: Page;
  openPagePerTest(VIEWPORT, (opened) => ({ context, page } = opened));

  it('a coordinator compares the office with its peer groups, sees hidden cells with their reason and the trend as a table', async () => {
    const { releasedQuarter, openQuarter, releasedQuarters } = await demoPeriods();
    await logIn(page, DEMO_ACCOUNTS.coordinator(3));
    await page.waitForURL((url) => OFFICE_PATH.test(url.pathname));
    await page
      .getByRole('navigation', { name: 'Nawigacja główna' })
      .getByRole('link', { name: 'Porównanie z innymi urzędami', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Porównanie z innymi urzędami', exact: true }).waitFor();
    expect(await page.title()).toBe('Porównanie z innymi urzędami – Urząd Miasta Bolesławiec – OfficeBench');

    // The latest released period whose values are final is shown first, against the office's own kind.
    const period = page.getByLabel('Okres', { exact: true });
    const group = page.getByLabel('Grupa porównawcza', { exact: true });
    expect(await period.locator('option:checked').textContent()).toBe(releasedQuarter);
    expect(await group.locator('option:checked').textContent()).toBe('Gminy miejskie');
    const scorecard = (name: string) =>
      page.getByRole('table', { name: `Wskaźniki urzędu na tle grupy „${name}”, okres ${releasedQuarter}`, exact: true });
    const planRow = (name: string) => scorecard(name).locator('tr', { has: page.getByRole('link', { name: PLAN, exact: true }) });
    await planRow('Gminy miejskie').waitFor();

    // Three county offices are too few for any statistic: the cell says why and shows no number.
    await group.selectOption({ label: 'Starostwa powiatowe' });
    const county = planRow('Starostwa powiatowe');
    await county.waitFor();
    const [own = '', hidden] = await county.locator('td').allTextContents();
    expect(own).toMatch(/^\d+(,\d+)? %$/);
    expect(hidden).toBe('Statystyki ukryte: za mało urzędów.');

    // All offices: the cell is published, compared in words, with the office's quarter of the group.
    await group.selectOption({ label: 'Wszystkie urzędy programu' });
    const all = planRow('Wszystkie urzędy programu');
    await all.waitFor();
    expect(await all.locator('td').last().textContent()).toMatch(new RegExp(`^${VERDICT.source}$`));
    expect(await all.locator('td.peer-scorecard__quartile').textContent()).toMatch(
      /^(najlepsza ćwiartka|lepiej niż mediana|gorzej niż mediana|najsłabsza ćwiartka)$/,
    );
    await saveScreenshot(page, 'benchmark-comparison');

    // The indicator's detail: every group in words, with its contributors band and quartile sentence.
    await all.getByRole('link', { name: PLAN, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: PLAN, exact: true }).waitFor();
    const cells = page.getByRole('region', { name: 'Na tle wszystkich grup porównawczych', exact: true }).locator('li.cell-summary');
    const allOffices = cells.filter({ hasText: 'Wszystkie urzędy programu' });
    await allOffices.getByText('liczba urzędów: 20+', { exact: false }).waitFor();
    expect(await allOffices.textContent()).toMatch(new RegExp(`^Wszystkie urzędy programu: ${VERDICT.source} \\(średnia \\d`));
    expect(await allOffices.textContent()).toMatch(/Wartość urzędu jest w [1-4]\. kwartylu: /);
    expect(await cells.filter({ hasText: 'Starostwa powiatowe' }).textContent()).toBe(
      'Starostwa powiatowe: Statystyki ukryte: za mało urzędów.',
    );
    expect(await page.getByText(/^Wartość urzędu: /).textContent()).toBe(`Wartość urzędu: ${own} · wyższe wartości są lepsze`);
    // "Learn from peers" is part of the detail, for the same period and peer group.
    await page.getByRole('region', { name: 'Ucz się od innych', exact: true }).waitFor();

    // The trend of the indicator against the chosen group, as a table: the office's value in the released quarter is the one in the table.
    const trend = page.getByRole('region', { name: `Trend: ${PLAN}`, exact: true });
    await trend.getByRole('button', { name: 'Pokaż jako tabelę', exact: true }).click();
    const table = trend.getByRole('table', { name: `Trend: ${PLAN}`, exact: true });
    await table.waitFor();
    const rows = await rowTexts(table);
    // Every released quarter (the open one has no results yet).
    expect(rows.map(([label]) => label)).toEqual(expect.arrayContaining(releasedQuarters));
    expect(rows.map(([label]) => label)).not.toContain(openQuarter);
    const latest = rows.find(([label]) => label === releasedQuarter) ?? [];
    expect(latest[1]).toBe(own);
    expect(numberIn(latest[2] ?? '')).toBeGreaterThan(0);
    expect(latest[4]).toBe('');
  });

  it('the lead sees every office’s value in a period, releases it again, and follows the progress to the targets as a table', async () => {
    const { releasedQuarter } = await demoPeriods();
    await signInInvitedLead(context, page);
    const nav = page.getByRole('navigation', { name: 'Nawigacja główna' });

    await nav.getByRole('link', { name: 'Wyniki urzędów', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Wyniki urzędów', exact: true }).waitFor();
    await page.getByLabel('Okres', { exact: true }).selectOption({ label: releasedQuarter });
    await page.getByLabel('Wskaźnik', { exact: true }).selectOption({ label: ON_TIME });
    const values = page.getByRole('region', { name: `${ON_TIME}, ${releasedQuarter}`, exact: true });
    await values.getByRole('button', { name: 'Pokaż jako tabelę', exact: true }).click();
    const table = values.getByRole('table', { name: `${ON_TIME}, ${releasedQuarter}`, exact: true });
    await table.waitFor();
    const rows = await rowTexts(table);
    expect(rows).toHaveLength(26);
    expect(rows.every(([, , status]) => status === 'zatwierdzone')).toBe(true);
    const numbers = rows.map(([, value]) => numberIn(value ?? ''));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a)); // higher is better: best first

    // The lead may open any office's comparison, as the office sees it.
    await page.getByLabel('Urząd', { exact: true }).selectOption({ label: 'Urząd Miasta Zator' });
    await page.getByRole('link', { name: 'Otwórz porównanie: Urząd Miasta Zator', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Porównanie z innymi urzędami', exact: true }).waitFor();
    expect(await page.getByLabel('Urząd', { exact: true }).locator('option:checked').textContent()).toBe('Urząd Miasta Zator');
    // Zator is an urban-rural gmina: its comparison starts with that group.
    await page
      .getByRole('table', { name: /^Wskaźniki urzędu na tle grupy „Gminy miejsko-wiejskie”, okres / })
      .locator('tbody th a')
      .first()
      .waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Wyniki urzędów', exact: true }).waitFor();

    // Releasing an unchanged period again is allowed, after a confirmation.
    await page.getByRole('button', { name: `Opublikuj wyniki okresu ${releasedQuarter}`, exact: true }).click();
    await page.getByText(`Opublikować wyniki okresu ${releasedQuarter}?`, { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Tak, opublikuj', exact: true }).click();
    await page.getByRole('status').getByText(`Opublikowano wyniki okresu ${releasedQuarter}.`, { exact: true }).waitFor();

    await nav.getByRole('link', { name: 'Postęp do celów', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Postęp do celów programu', exact: true }).waitFor();
    const clients = page.getByRole('region', { name: CLIENTS, exact: true });
    const progress = clients.getByRole('table', { name: `${CLIENTS}: postęp urzędów`, exact: true });
    await progress.waitFor();
    const offices = await rowTexts(progress);
    expect(offices).toHaveLength(26);
    const statuses = offices.map((cells) => cells[5]);
    const words = ['✓ osiągnięty', '✗ nieosiągnięty', '↗ w tempie', '↘ poniżej tempa', '– brak danych'];
    for (const status of statuses) expect(words).toContain(status);
    const onTrack = statuses.filter((status) => status === '✓ osiągnięty' || status === '↗ w tempie').length;
    const withData = statuses.filter((status) => status !== '– brak danych').length;
    const summary = await clients
      .locator('dt', { hasText: 'Urzędy na dobrej drodze' })
      .locator('xpath=following-sibling::dd[1]')
      .textContent();
    expect(summary).toMatch(new RegExp(`^${onTrack} z ${withData} urzędów z danymi \\(\\d+%\\)$`));
    await saveScreenshot(page, 'benchmark-target-progress');
  });
});
