import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { baseUrl, openPagePerTest, saveScreenshot } from './support/browser';
import { demoPeriods } from './support/demo-periods';
import { expectNoSidewaysScroll } from './support/layout';
import { DEMO_ACCOUNTS, logIn } from './support/session';

const LIST = 'Sprawozdania do zatwierdzenia';
const APPROVED = `query($p: ID!, $period: ID) { reviewList(programmeId: $p, periodId: $period, status: APPROVED) { submission { office { name } } } }`;

/** axe clean and no sideways scroll at the desk size and at phone size, then back at the desk size. */
async function checkBothSizes(page: Page, screenshot: string): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  await expectNoSidewaysScroll(page);
  await saveScreenshot(page, `${screenshot}-1366`);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await axeViolations(page)).toEqual([]);
  await expectNoSidewaysScroll(page);
  await saveScreenshot(page, `${screenshot}-390`);
  await page.setViewportSize({ width: 1366, height: 900 });
}

/** The offices of the submitted rows shown, in the list's order. */
async function waitingOffices(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: LIST, exact: true });
  await table.waitFor();
  const rows = table.locator('tbody tr').filter({ has: page.getByRole('checkbox') });
  return (await rows.locator('th').allTextContents()).map((name) => name.trim());
}

describe('reviewing: the lead’s review list, bulk approval and going on to the next submission', () => {
  let context: BrowserContext;
  let page: Page;
  openPagePerTest({ width: 1366, height: 900 }, (opened) => ({ context, page } = opened));

  it('filters by the open quarter, approves several submissions at once, and goes on to the next after one decision', async () => {
    const { openQuarter } = await demoPeriods();
    await logIn(page, DEMO_ACCOUNTS.lead);
    await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Do zatwierdzenia', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: LIST, exact: true }).waitFor();
    const programmeId = new URL(page.url()).pathname.split('/')[2];

    // The open quarter, chosen in the filter, is kept in the address.
    await page.getByLabel('Okres', { exact: true }).selectOption({ label: openQuarter });
    await page.waitForURL((url) => url.searchParams.has('period'));
    const periodId = new URL(page.url()).searchParams.get('period');
    expect(await page.getByLabel('Stan', { exact: true }).locator('option:checked').textContent()).toBe('czekające na zatwierdzenie');
    const waiting = await waitingOffices(page);
    expect(waiting.length).toBeGreaterThanOrEqual(3);
    const table = page.getByRole('table', { name: LIST, exact: true });
    for (const row of await table.locator('tbody tr').all()) {
      expect(await row.locator('td').nth(1).textContent()).toBe(openQuarter);
      expect(await row.locator('td').nth(2).textContent()).toBe('przesłane');
    }
    await checkBothSizes(page, 'review-list');

    // Two chosen, approved at once after being asked once more.
    const chosen = waiting.slice(0, 2);
    for (const office of chosen) await page.getByRole('checkbox', { name: `Zaznacz: ${office}, ${openQuarter}`, exact: true }).check();
    await page.getByRole('button', { name: 'Zatwierdź zaznaczone (2)', exact: true }).click();
    await page
      .getByText('Zatwierdzić 2 zaznaczone sprawozdania? Każde zostanie zatwierdzone osobno i zapisane w dzienniku zmian.')
      .waitFor();
    await page.getByRole('button', { name: 'Tak, zatwierdź', exact: true }).click();
    await page.getByRole('status').getByText('Zatwierdzono 2 sprawozdania.', { exact: true }).waitFor();
    await saveScreenshot(page, 'review-bulk-approved');

    // They left the list of waiting submissions, and the API says they are approved.
    await table.getByRole('rowheader', { name: chosen[0], exact: true }).waitFor({ state: 'detached' });
    const left = await waitingOffices(page);
    expect(left).toEqual(waiting.slice(2));
    const response = await context.request.post(`${baseUrl()}/graphql`, {
      data: { query: APPROVED, variables: { p: programmeId, period: periodId } },
    });
    const approved = (
      (await response.json()) as { data: { reviewList: Array<{ submission: { office: { name: string } } }> } }
    ).data.reviewList.map(({ submission }) => submission.office.name);
    expect(approved).toEqual(expect.arrayContaining(chosen));

    // One decision on the review page goes on to the next submission waiting in the same list.
    const [current, next] = left;
    await table.getByRole('link', { name: `Sprawdź: ${current}, ${openQuarter}`, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Zatwierdzanie sprawozdania za okres ${openQuarter}`, exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('period')).toBe(periodId);
    await checkBothSizes(page, 'review-page');
    await page.getByRole('button', { name: 'Zatwierdź', exact: true }).click();
    const notice = next
      ? `Zatwierdzono sprawozdanie. Następne sprawozdanie do zatwierdzenia: ${next}, ${openQuarter}.`
      : 'Zatwierdzono sprawozdanie. Żadne inne sprawozdanie nie czeka już na zatwierdzenie.';
    await page.getByRole('status').getByText(notice, { exact: true }).waitFor();
    if (next) expect(await page.locator('main p.eyebrow').first().textContent()).toBe(next);
  });
});
