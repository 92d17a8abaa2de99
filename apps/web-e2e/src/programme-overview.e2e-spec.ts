import type { BrowserContext, Page } from 'playwright-core';
import { baseUrl, openPagePerTest, saveScreenshot } from './support/browser';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, logIn } from './support/session';
import { rowTexts } from './support/tables';

/** The lead lands on the dashboard; the overview is the programme's "about" page. */
const HOME_PATH = /\/programmes\/[^/]+$/;
const PROGRAMME_PATH = /\/programmes\/[^/]+\/about$/;

describe('programme overview', () => {
  let context: BrowserContext;
  let page: Page;
  openPagePerTest({ width: 1280, height: 900 }, (opened) => ({ context, page } = opened));

  it('opens the lead’s programme overview from the dashboard and lists its 26 offices in Polish', async () => {
    await logIn(page, DEMO_ACCOUNTS.lead);
    await page.waitForURL(HOME_PATH);
    await page.getByRole('link', { name: 'O programie: 26 urzędów', exact: true }).click();
    await page.waitForURL(PROGRAMME_PATH);

    const offices = page.getByRole('table', { name: 'Urzędy programu', exact: true });
    await offices.waitFor();
    const rows = await rowTexts(offices);
    expect(rows).toHaveLength(26);
    expect(rows.map(([number]) => number)).toEqual(Array.from({ length: 26 }, (_, index) => String(index + 1)));
    const names = rows.map(([, name]) => name);
    expect(names).toEqual(expect.arrayContaining(['Urząd Miasta Dzierżoniów', 'Urząd Miasta Zator']));
    expect(rows.find(([, name]) => name === 'Urząd Miasta Dzierżoniów')?.[2]).toBe('gmina miejska');

    const banner = page.getByRole('note');
    await banner.waitFor({ state: 'visible' });
    expect(await banner.textContent()).toContain('Dane demonstracyjne: wartości wskaźników są syntetyczne');
    expect(await page.locator('html').getAttribute('lang')).toBe('pl');
    const programmeName = await page.getByRole('heading', { level: 1 }).textContent();
    expect(programmeName).toMatch(/\S/);
    expect(await page.title()).toBe(`${programmeName} – OfficeBench`);

    await saveScreenshot(page, 'programme-overview', { forDocs: true });
  });

  it('switches to English on the log-in page, keeps that choice on reload and shows the chart as a table', async () => {
    await page.goto(baseUrl());
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in', exact: true }).waitFor();
    await page.getByLabel('E-mail address', { exact: true }).fill(DEMO_ACCOUNTS.lead);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(HOME_PATH);
    await page.getByRole('link', { name: 'About the programme: 26 offices', exact: true }).click();

    await page.getByRole('heading', { level: 2, name: 'Offices in the programme', exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Offices by kind', exact: true }).waitFor();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    expect(await page.getByRole('note').textContent()).toContain('Demo data: indicator values are synthetic');

    await page.getByRole('button', { name: 'Show as table', exact: true }).click();
    const byKind = page.getByRole('table', { name: 'Offices by kind', exact: true });
    await byKind.waitFor();
    expect(await rowTexts(byKind)).toEqual([
      ['urban gmina', '9'],
      ['rural gmina', '5'],
      ['urban-rural gmina', '8'],
      ['city with county rights', '0'],
      ['county office', '3'],
      ['voivodeship office', '1'],
    ]);
    await page.getByRole('button', { name: 'Show as chart', exact: true }).waitFor();
    await saveScreenshot(page, 'offices-by-kind-table-en');

    await page.reload();
    await page.getByRole('table', { name: 'Offices in the programme', exact: true }).waitFor();
  });

  it('loads a programme from a deep link and shows a not-found page for unknown addresses', async () => {
    await logIn(page, DEMO_ACCOUNTS.lead);
    await page.waitForURL(HOME_PATH);
    const deepLink = `${page.url()}/about`;

    const fresh = await context.newPage();
    const response = await fresh.goto(deepLink);
    expect(response?.status()).toBe(200);
    await fresh.reload();
    expect(fresh.url()).toBe(deepLink);
    await fresh.getByRole('table', { name: 'Urzędy programu', exact: true }).waitFor();

    await fresh.goto(`${baseUrl()}/no-such-page`);
    await fresh.getByRole('heading', { level: 1, name: 'Nie znaleziono strony' }).waitFor();
  });
});
