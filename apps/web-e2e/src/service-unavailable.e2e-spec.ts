import type { Locator, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { openPagePerTest, saveScreenshot } from './support/browser';
import { demoPeriods } from './support/demo-periods';
import { simulateOutage } from './support/outage';
import { DEMO_ACCOUNTS, logIn } from './support/session';
import { mainNavigation } from './support/menu';
import { indicatorGroup, saveStatus, waitUntilSaved } from './support/submission-form';

/*
 * The database going away for a moment (issue 13), from the browser's point of view: the page's GraphQL
 * requests are answered as the API answers then (503, SERVICE_UNAVAILABLE, Retry-After: 1), a few
 * times, and then pass again. Office 20 (Starostwo Powiatowe Miechów) is used here and by no other
 * journey; one value of its submission for the open quarter is saved.
 */
const DESK = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const OFFICE_PATH = /^\/programmes\/[^/]+\/offices\/[^/]+$/;
const BANNER_TEXT = 'Usługa jest chwilowo niedostępna. Twoje wpisy są zachowane — ponowimy próbę za 1 s.';
const GIVEN_UP_TEXT = 'Usługa jest chwilowo niedostępna. Twoje wpisy są zachowane; spróbuj ponownie za chwilę.';

/** The app-wide status banner, while it says that requests wait for the service. */
function banner(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: 'Usługa jest chwilowo niedostępna' });
}

/** The banner lies wholly inside the window (not scrolled away, not wider than a phone's screen). */
async function expectInView(page: Page, locator: Locator, viewport: { width: number; height: number }): Promise<void> {
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  if (!box) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  // Nothing sticks out sideways on a phone either.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
}

async function openQuarter(page: Page): Promise<void> {
  const { openQuarter: quarter } = await demoPeriods();
  await logIn(page, DEMO_ACCOUNTS.coordinator(20));
  await page.waitForURL((url) => OFFICE_PATH.test(url.pathname));
  await page.getByRole('link', { name: `Wypełnij: sprawozdanie za ${quarter}`, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: `Sprawozdanie za okres ${quarter}`, exact: true }).waitFor();
  await page.locator('fieldset.indicator').first().waitFor();
}

const eServices = (page: Page) =>
  indicatorGroup(page, /^Liczba usług dostępnych elektronicznie/).getByLabel('Wartość (szt.)', { exact: true });

describe('while the database is away for a moment', () => {
  let page: Page;
  openPagePerTest(DESK, (opened) => ({ page } = opened));

  it('a coordinator sees one banner, keeps what she typed, and her save and the next page go through once it is back, without a reload', async () => {
    const { openQuarter: quarter, releasedQuarter } = await demoPeriods();
    await openQuarter(page);
    // Marks this document: a reload would lose the mark.
    await page.evaluate(() => Object.assign(window, { officeBenchSameDocument: true }));

    // The save answers 503 three times; the second try is held until the banner has been looked at.
    const saveOutage = await simulateOutage(page, { refusals: 3, only: (name) => name === 'SaveValues', hold: 1 });
    await eServices(page).fill('17');
    await eServices(page).press('Tab');
    await saveOutage.held;
    await banner(page).waitFor();
    expect((await banner(page).textContent())?.trim()).toBe(BANNER_TEXT);
    expect(await banner(page).getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('.service-banner--shown').count()).toBe(1);
    expect(await eServices(page).inputValue()).toBe('17');
    expect(await saveStatus(page).textContent()).toBe('Zapisywanie…');
    await expectInView(page, banner(page), DESK);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'service-unavailable-desk', { fullPage: false });
    await page.setViewportSize(PHONE);
    await expectInView(page, banner(page), PHONE);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'service-unavailable-phone', { fullPage: false });
    await page.setViewportSize(DESK);

    // The database is back after the third refusal: the save goes through and the banner goes.
    saveOutage.release();
    await waitUntilSaved(page);
    await banner(page).waitFor({ state: 'detached' });
    expect(saveOutage.refused).toEqual(['SaveValues', 'SaveValues', 'SaveValues']);
    expect(saveOutage.passed).toEqual(['SaveValues']);
    expect(await eServices(page).inputValue()).toBe('17');
    await saveOutage.end();

    // A page not seen yet, while every request is refused twice: its data shows once they pass.
    const pageOutage = await simulateOutage(page, { refusals: 2, hold: 1 });
    await (await mainNavigation(page)).getByRole('link', { name: 'Porównanie z innymi urzędami', exact: true }).click();
    await pageOutage.held;
    await banner(page).waitFor();
    pageOutage.release();
    await page.getByRole('heading', { level: 1, name: 'Porównanie z innymi urzędami', exact: true }).waitFor();
    expect(await page.getByLabel('Okres', { exact: true }).locator('option:checked').textContent()).toBe(releasedQuarter);
    await page.getByRole('table').getByRole('link', { name: 'Odsetek spraw załatwionych w terminie ustawowym', exact: true }).waitFor();
    await banner(page).waitFor({ state: 'detached' });
    expect(pageOutage.refused).toHaveLength(2);
    expect(await page.getByRole('alert').count()).toBe(0);
    await pageOutage.end();

    // Back to the form: the value typed during the outage is there, saved.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: `Sprawozdanie za okres ${quarter}`, exact: true }).waitFor();
    await page.locator('fieldset.indicator').first().waitFor();
    expect(await eServices(page).inputValue()).toBe('17');
    expect(await page.evaluate(() => (window as { officeBenchSameDocument?: boolean }).officeBenchSameDocument)).toBe(true);
  });

  it('gives up after six tries, says so, and loads the page when asked again', async () => {
    await logIn(page, DEMO_ACCOUNTS.coordinator(20));
    await page.waitForURL((url) => OFFICE_PATH.test(url.pathname));
    const outage = await simulateOutage(page, { refusals: Infinity, only: (name) => name === 'GoodPractices' });
    await (await mainNavigation(page)).getByRole('link', { name: 'Dobre praktyki', exact: true }).click();
    await banner(page).waitFor();
    const failed = page.getByRole('alert').filter({ hasText: GIVEN_UP_TEXT });
    await failed.waitFor();
    await banner(page).waitFor({ state: 'detached' });
    expect(outage.refused).toEqual(Array(6).fill('GoodPractices'));

    await outage.end();
    await failed.getByRole('button', { name: 'Spróbuj ponownie', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Znalezione praktyki: \d+$/ })
      .waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
