import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { openPagePerTest, saveScreenshot } from './support/browser';
import { expectNoSidewaysScroll } from './support/layout';
import { DEMO_ACCOUNTS, logIn } from './support/session';
import { mainNavigation } from './support/menu';
import { rowTexts } from './support/tables';

const STATUS_WORDS = /^(✓ osiągnięty|✗ nieosiągnięty|↗ w tempie|↘ poniżej tempa|– brak danych)$/;
const OFFICES = /^(\d+) (urząd|urzędy|urzędów)$/;

/** The lead's targets page, reached from the navigation. */
async function openTargets(page: Page): Promise<void> {
  await logIn(page, DEMO_ACCOUNTS.lead);
  await (await mainNavigation(page)).getByRole('link', { name: 'Postęp do celów', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Postęp do celów programu', exact: true }).waitFor();
}

/** Each demo target's section: its heading, its target sentence and its table of every office. */
const section = (page: Page, indicator: string) => page.getByRole('region', { name: indicator, exact: true });

describe('targets: the lead’s progress page', () => {
  let page: Page;
  openPagePerTest({ width: 1366, height: 900 }, (opened) => ({ page } = opened));

  it('shows the demo targets in percentage points, the target line, every office in a table and statuses in words', async () => {
    await openTargets(page);
    const clients = section(page, 'Odsetek klientów zadowolonych i bardzo zadowolonych');
    await clients.waitFor();
    // A change of a percentage is in percentage points, never "+15 %".
    expect(await clients.textContent()).toContain('Cel: zmiana o +15 p.p. od wartości bazowej urzędu');
    expect(await page.locator('main').textContent()).not.toContain('+15 %');
    const caf = section(page, 'Wynik samooceny CAF');
    expect(await caf.textContent()).toContain('+150 pkt');

    // The chart draws the target as a line with its value.
    const line = clients.locator('svg text', { hasText: 'Cel: +15 p.p.' });
    await line.waitFor();
    expect(await clients.locator('.recharts-reference-line line').count()).toBe(1);

    // Offices by status, counted with the right plural, add up to the programme's 26 offices.
    const counts = await clients.getByRole('list', { name: 'Urzędy według stanu' }).locator('li').allTextContents();
    const numbers = counts.map((text) => {
      const [status, offices] = text.split(': ');
      expect(status).toMatch(STATUS_WORDS);
      const [, n, noun] = OFFICES.exec(offices ?? '') ?? [];
      const count = Number(n);
      expect(noun).toBe(
        count === 1 ? 'urząd' : [2, 3, 4].includes(count % 10) && ![12, 13, 14].includes(count % 100) ? 'urzędy' : 'urzędów',
      );
      return count;
    });
    expect(numbers.reduce((a, b) => a + b, 0)).toBe(26);

    // The table of every office: baseline, latest, change and goal in p.p., status in words.
    const table = clients.getByRole('table', { name: 'Odsetek klientów zadowolonych i bardzo zadowolonych: postęp urzędów', exact: true });
    const rows = await rowTexts(table);
    expect(rows).toHaveLength(26);
    for (const [, baseline, latest, change, goal, status] of rows) {
      expect(status).toMatch(STATUS_WORDS);
      if (status === '– brak danych') continue;
      expect(baseline).toMatch(/ %/);
      expect(latest).toMatch(/ %/);
      expect(change).toMatch(/^(\+|-)?[\d,]+ p\.p\.$/);
      expect(goal).toMatch(/^\+15 p\.p\. \(do [\d,]+ %\)$/);
    }

    // The chart's own table view says the same in words.
    await clients.getByRole('button', { name: 'Pokaż jako tabelę', exact: true }).click();
    const chartTable = clients.getByRole('table', { name: /zmiana w urzędach wobec celu/ });
    const chartRows = await rowTexts(chartTable);
    expect(chartRows).toHaveLength(26);
    expect(chartRows.map((row) => row[3])).toEqual(rows.map((row) => row[5]));
    expect(chartRows.every((row) => row[2] === '+15 p.p.')).toBe(true);
    await clients.getByRole('button', { name: 'Pokaż jako wykres', exact: true }).click();
    await line.waitFor();

    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'targets');
  });
});

describe('targets on a phone', () => {
  let page: Page;
  openPagePerTest({ width: 390, height: 844 }, (opened) => ({ page } = opened));

  it('fits 390 pixels without sideways scroll and stays axe-clean', async () => {
    await openTargets(page);
    await section(page, 'Odsetek klientów zadowolonych i bardzo zadowolonych').locator('svg text', { hasText: 'Cel: +15 p.p.' }).waitFor();
    await expectNoSidewaysScroll(page);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'targets-phone');
  });
});
