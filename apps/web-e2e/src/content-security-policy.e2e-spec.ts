import type { BrowserContext, Page, Response } from 'playwright-core';
import { baseUrl, openPagePerTest } from './support/browser';
import { collectCspViolations, EXPECTED_CSP, EXPECTED_HEADERS, parseCsp } from './support/csp';
import { demoPeriods } from './support/demo-periods';
import { DEMO_ACCOUNTS, submitLogin } from './support/session';

/*
 * The dashboard under the API's Content-Security-Policy (issue 13): no inline script, no inline style
 * element, nothing from elsewhere. A coordinator's main pages are visited (office 20, Starostwo
 * Powiatowe Miechów, only read here) with charts and a practice's rendered Markdown shown, and every
 * violation the browser reports is collected.
 */
const DESK = { width: 1366, height: 900 };
const OFFICE_PATH = /^\/programmes\/[^/]+\/offices\/[^/]+$/;
const PRACTICE_PATH = /^\/praktyki\/[0-9a-f-]{36}$/;
const ON_TIME = 'Odsetek spraw załatwionych w terminie ustawowym';

/** The security headers of one answer, as found. */
function securityHeaders(response: Response): { csp: Record<string, string[]>; headers: Record<string, string | undefined> } {
  const all = response.headers();
  return {
    csp: parseCsp(all['content-security-policy']),
    headers: Object.fromEntries(Object.keys(EXPECTED_HEADERS).map((name) => [name, all[name]])),
  };
}

const expected = { csp: EXPECTED_CSP, headers: EXPECTED_HEADERS };

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Nawigacja główna' });
}

describe('content security policy', () => {
  let context: BrowserContext;
  let page: Page;
  openPagePerTest(DESK, (opened) => ({ context, page } = opened));

  it('the main pages run under the policy without a violation, and every answer carries the security headers', async () => {
    const violations = await collectCspViolations(context);
    const answers: Response[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).origin === baseUrl()) answers.push(response);
    });

    // Sign-in page.
    const loginPage = await page.goto(`${baseUrl()}/login`);
    expect(loginPage && securityHeaders(loginPage)).toEqual(expected);
    await submitLogin(page, DEMO_ACCOUNTS.coordinator(20));
    // Start page: "Mój urząd".
    await page.waitForURL((url) => OFFICE_PATH.test(url.pathname));
    await page.getByRole('heading', { level: 1, name: 'Starostwo Powiatowe Miechów', exact: true }).waitFor();

    // Comparison, with charts.
    await nav(page).getByRole('link', { name: 'Porównanie z innymi urzędami', exact: true }).click();
    // The first screen is a table; an indicator's detail draws its charts.
    await page.getByRole('table').getByRole('link', { name: ON_TIME, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: ON_TIME, exact: true }).waitFor();
    await page
      .getByRole('region', { name: `Trend: ${ON_TIME}`, exact: true })
      .locator('svg.recharts-surface')
      .first()
      .waitFor();

    // Good practices: the search, then a practice with its Markdown rendered.
    await nav(page).getByRole('link', { name: 'Dobre praktyki', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Znalezione praktyki: \d+$/ })
      .waitFor();
    await page.locator('.practice-results__list > li').first().getByRole('link').first().click();
    await page.waitForURL((url) => PRACTICE_PATH.test(url.pathname));
    await page.locator('.markdown').first().waitFor();

    // The submission form, in the app and as a full load of its address.
    const { openQuarter } = await demoPeriods();
    await nav(page).getByRole('link', { name: 'Mój urząd', exact: true }).click();
    await page.getByRole('link', { name: new RegExp(`^(Wypełnij|Zobacz): sprawozdanie za ${openQuarter}$`) }).click();
    await page.getByRole('heading', { level: 1, name: `Sprawozdanie za okres ${openQuarter}`, exact: true }).waitFor();
    const formPage = await page.reload();
    expect(formPage && securityHeaders(formPage)).toEqual(expected);
    await page.locator('fieldset.indicator').first().waitFor();

    expect(violations.list).toEqual([]);
    // Pages, scripts, stylesheets and GraphQL answers alike.
    const kinds = new Set(answers.map((answer) => answer.request().resourceType()));
    expect([...kinds]).toEqual(expect.arrayContaining(['document', 'script', 'stylesheet', 'fetch']));
    const found = answers.map((answer) => ({ url: answer.url(), ...securityHeaders(answer) }));
    expect(found).toEqual(found.map(({ url }) => ({ url, ...expected })));

    // The policy is enforced and the collector hears of it: an inline script is refused and never runs.
    const reported = violations.next();
    const refused = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true });
          const script = document.createElement('script');
          script.textContent = 'window.officeBenchInlineRan = true;';
          document.head.append(script);
        }),
    );
    expect(refused).toMatch(/^script-src/);
    expect(await reported).toMatch(/script-src/);
    expect(await page.evaluate(() => (window as { officeBenchInlineRan?: boolean }).officeBenchInlineRan)).toBeUndefined();
  });
});
