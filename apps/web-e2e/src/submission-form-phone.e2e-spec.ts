import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { openPagePerTest, saveScreenshot } from './support/browser';
import { demoPeriods } from './support/demo-periods';
import { expectNoSidewaysScroll } from './support/layout';
import { DEMO_ACCOUNTS, logIn } from './support/session';

/*
 * The submission form on a phone. Office 19 has not started the open quarter (the sessions journey
 * reads that too): the form is opened from the home and looked at, nothing typed, so nothing is saved,
 * which the journey checks by the requests the page sends.
 */
const OFFICE = 19;

describe('the submission form on a phone', () => {
  let page: Page;
  openPagePerTest({ width: 390, height: 844 }, (opened) => ({ page } = opened));

  it('opens from the home, fits 390 pixels without sideways scrolling, is axe-clean and saves nothing by being opened', async () => {
    await logIn(page, DEMO_ACCOUNTS.coordinator(OFFICE));
    const { openQuarter } = await demoPeriods();
    const mutations: string[] = [];
    page.on('request', (request) => {
      if (!request.url().endsWith('/graphql')) return;
      const { query = '' } = (request.postDataJSON() ?? {}) as { query?: string };
      if (/^\s*mutation\b/.test(query)) mutations.push(query.slice(0, 60));
    });
    await page.getByRole('link', { name: `Wypełnij: sprawozdanie za ${openQuarter}`, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Sprawozdanie za okres ${openQuarter}`, exact: true }).waitFor();
    await page.locator('fieldset.indicator').first().waitFor();
    expect(await page.locator('fieldset.indicator').count()).toBeGreaterThan(10);

    // A ratio's two inputs and a plain value's input each fit the width.
    const wide = await page
      .locator('fieldset.indicator input')
      .evaluateAll((inputs) =>
        inputs.filter((input) => input.getBoundingClientRect().right > document.documentElement.clientWidth).map((input) => input.id),
      );
    expect(wide).toEqual([]);
    await expectNoSidewaysScroll(page);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'submission-form-390', { fullPage: false });
    expect(mutations).toEqual([]);
  });
});
