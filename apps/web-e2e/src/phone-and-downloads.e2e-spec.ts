import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { baseUrl, openPagePerTest, saveScreenshot } from './support/browser';
import { collectCspViolations } from './support/csp';
import { downloadFrom, parseCsv, pngSize, tableTexts, unneutralised } from './support/downloads';
import { expectNoSidewaysScroll } from './support/layout';
import { mainNavigation, menuButton } from './support/menu';
import { DEMO_ACCOUNTS, logIn } from './support/session';

const PHONE = { width: 390, height: 844 };
const CLIENTS = 'Odsetek klientów zadowolonych i bardzo zadowolonych';

/** The header's height as a share of the window's. */
async function headerShare(page: Page): Promise<number> {
  return page.evaluate(() => (document.querySelector('header')?.getBoundingClientRect().height ?? 0) / window.innerHeight);
}

const navigation = (page: Page) => page.getByRole('navigation', { name: 'Nawigacja główna', exact: true });

describe('the header on a phone', () => {
  let page: Page;
  openPagePerTest(PHONE, (opened) => ({ page } = opened));

  it('folds into one row with a Menu button that opens with the mouse and the keyboard, closes on Escape and on navigation', async () => {
    await logIn(page, DEMO_ACCOUNTS.lead);
    await page.getByRole('heading', { level: 1, name: 'Pulpit programu', exact: true }).waitFor();
    const button = menuButton(page);

    // Folded: the name and the button, under a fifth of the window, the navigation out of sight.
    expect(await button.textContent()).toBe('Menu');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    const panelId = await button.getAttribute('aria-controls');
    expect(panelId).toBeTruthy();
    expect(await navigation(page).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Wyloguj', exact: true }).count()).toBe(0);
    expect(await headerShare(page)).toBeLessThan(0.2);
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, 'phone-header-closed', { fullPage: false });

    // Opened with the mouse: the navigation, who is signed in and the language switch, axe-clean.
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await button.textContent()).toBe('Zamknij menu');
    const panel = page.locator(`[id="${panelId}"]`);
    await navigation(page).getByRole('link', { name: 'Postęp do celów', exact: true }).waitFor();
    expect(await panel.getByRole('button', { name: 'Switch the interface to English' }).isVisible()).toBe(true);
    expect(await panel.getByRole('button', { name: 'Wyloguj', exact: true }).isVisible()).toBe(true);
    await expectNoSidewaysScroll(page);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'phone-header-open', { fullPage: false });

    // Escape folds it and gives the focus back to the button.
    await navigation(page).getByRole('link', { name: 'Do zatwierdzenia', exact: true }).focus();
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await navigation(page).count()).toBe(0);

    // With the keyboard: Enter on the button opens it, Tab goes on to the first link of the navigation.
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label'))).toBe('Nawigacja główna');
    // ... and a link followed with Enter navigates and folds the menu again.
    await navigation(page).getByRole('link', { name: 'Postęp do celów', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Postęp do celów programu', exact: true }).waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await navigation(page).count()).toBe(0);
    expect(await headerShare(page)).toBeLessThan(0.2);
    await page.getByRole('region', { name: CLIENTS, exact: true }).locator('svg text', { hasText: 'Cel: +15 p.p.' }).waitFor();
    await expectNoSidewaysScroll(page);

    // The support helper the phone journeys use reaches the header's links the same way.
    await (await mainNavigation(page)).getByRole('link', { name: 'Wyniki urzędów', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Wyniki urzędów', exact: true }).waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps the header one row on a wide window, without the button', async () => {
    await logIn(page, DEMO_ACCOUNTS.lead);
    await page.setViewportSize({ width: 1366, height: 900 });
    await navigation(page).getByRole('link', { name: 'Postęp do celów', exact: true }).waitFor();
    expect(await menuButton(page).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Wyloguj', exact: true }).isVisible()).toBe(true);
  });

  it('shows only the language switch beside the name when signed out', async () => {
    await page.goto(`${baseUrl()}/login`);
    await page.getByLabel('Adres e-mail', { exact: true }).waitFor();
    expect(await menuButton(page).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Switch the interface to English' }).isVisible()).toBe(true);
    expect(await headerShare(page)).toBeLessThan(0.2);
    await expectNoSidewaysScroll(page);
  });
});

describe('downloads of charts and tables', () => {
  let context: BrowserContext;
  let page: Page;
  openPagePerTest({ width: 1366, height: 900 }, (opened) => ({ context, page } = opened));

  it('saves a chart’s data as CSV and its picture as PNG, and a table as CSV, under the CSP', async () => {
    const violations = await collectCspViolations(context);
    await logIn(page, DEMO_ACCOUNTS.lead);
    await navigation(page).getByRole('link', { name: 'Postęp do celów', exact: true }).click();
    const section = page.getByRole('region', { name: CLIENTS, exact: true });
    await section.locator('svg text', { hasText: 'Cel: +15 p.p.' }).waitFor();
    const chartTitle = `${CLIENTS}: zmiana w urzędach wobec celu`;

    // The chart's CSV, saved while the chart is shown, is its table view: header and every row.
    const csv = await downloadFrom(page, section.getByRole('button', { name: `Pobierz CSV: ${chartTitle}`, exact: true }));
    expect(csv.name).toBe('odsetek-klientow-zadowolonych-i-bardzo-zadowolonych-zmiana-w-urzedach-wobec-celu.csv');
    const [header, ...rows] = parseCsv(csv.bytes);
    await section.getByRole('button', { name: 'Pokaż jako tabelę', exact: true }).click();
    const shown = await tableTexts(section.getByRole('table', { name: chartTitle, exact: true }));
    expect(header).toEqual(shown.header);
    expect(rows).toHaveLength(26);
    expect(rows.map((row) => row.map(unneutralised))).toEqual(shown.rows);
    // A number as the table shows it ("+12,3 p.p."), decimal comma and all.
    const change = rows.map((row) => row[1] ?? '').find((cell) => /\d,\d/.test(cell));
    expect(change).toBeDefined();
    expect(shown.rows.map((row) => row[1])).toContain(unneutralised(change ?? ''));
    // Saved from the table view too, the same file.
    const again = await downloadFrom(page, section.getByRole('button', { name: `Pobierz CSV: ${chartTitle}`, exact: true }));
    expect(again.bytes.equals(csv.bytes)).toBe(true);
    expect(await section.getByRole('button', { name: `Pobierz PNG: ${chartTitle}` }).count()).toBe(0);
    await section.getByRole('button', { name: 'Pokaż jako wykres', exact: true }).click();

    // The chart's picture: a PNG of the drawn chart, twice its size on the page.
    const png = await downloadFrom(page, section.getByRole('button', { name: `Pobierz PNG: ${chartTitle}`, exact: true }));
    expect(png.name).toBe('odsetek-klientow-zadowolonych-i-bardzo-zadowolonych-zmiana-w-urzedach-wobec-celu.png');
    const view = await section.locator('.chart-with-table__view').boundingBox();
    const size = pngSize(png.bytes);
    expect(size.width).toBe(Math.round((view?.width ?? 0) * 2));
    expect(size.height).toBeGreaterThan(200);
    expect(png.bytes.length).toBeGreaterThan(10_000);

    // A data table's CSV: every office's progress.
    const tableTitle = `${CLIENTS}: postęp urzędów`;
    const tableCsv = await downloadFrom(page, section.getByRole('button', { name: `Pobierz CSV: ${tableTitle}`, exact: true }));
    const [tableHeader, ...tableRows] = parseCsv(tableCsv.bytes);
    const progress = await tableTexts(section.getByRole('table', { name: tableTitle, exact: true }));
    expect(tableHeader).toEqual(progress.header);
    expect(tableRows.map((row) => row.map(unneutralised))).toEqual(progress.rows);
    expect(violations.list).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('saves a table whose rows are components (the completeness grid) as it reads, links and line breaks as text', async () => {
    await logIn(page, DEMO_ACCOUNTS.lead);
    await navigation(page).getByRole('link', { name: 'Kompletność', exact: true }).click();
    const table = page.getByRole('table', { name: 'Urzędy i okresy', exact: true });
    await table.waitFor();
    const csv = await downloadFrom(page, page.getByRole('button', { name: 'Pobierz CSV: Urzędy i okresy', exact: true }));
    expect(csv.name).toBe('urzedy-i-okresy.csv');
    const [header, ...rows] = parseCsv(csv.bytes);
    const shown = await tableTexts(table);
    expect(header).toEqual(shown.header);
    expect(header[0]).toBe('Urząd');
    expect(rows).toHaveLength(26);
    expect(rows).toEqual(shown.rows);
    expect(rows[0]?.[0]).toBe('Urząd Miasta Dzierżoniów');
  });
});
