import type { BrowserContext, Locator, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { baseUrl, openPagePerTest, saveScreenshot } from './support/browser';
import { DEMO_ACCOUNTS, currentPath, logIn } from './support/session';

const HOME_PATH = /^\/programmes\/[^/]+$/;

const HOME_QUERY = `query($pr: ID!) {
  leadHome(programmeId: $pr) {
    currentPeriod { id label }
    daysToDeadline
    completeness { offices notStarted draft submitted returned approved late }
    targets { target { id indicator { name } } officesWithData officesOnTrack }
    spread { indicator { code name } period { id label } offices relativeSpread }
    waiting { submissionsToReview periodsToLock { id } periodsToPublish { id } }
    newestPractices { id title fromSources year office { name } }
  }
  completeness(programmeId: $pr) { status isLate period { id } }
}`;

interface HomeAnswer {
  leadHome: {
    currentPeriod: { id: string; label: string };
    daysToDeadline: number;
    completeness: Record<'offices' | 'notStarted' | 'draft' | 'submitted' | 'returned' | 'approved' | 'late', number>;
    targets: Array<{ target: { id: string; indicator: { name: string } }; officesWithData: number; officesOnTrack: number }>;
    spread: Array<{
      indicator: { code: string; name: string };
      period: { id: string; label: string };
      offices: number;
      relativeSpread: number;
    }>;
    waiting: { submissionsToReview: number; periodsToLock: Array<{ id: string }>; periodsToPublish: Array<{ id: string }> };
    newestPractices: Array<{ id: string; title: string; fromSources: boolean; year: number | null; office: { name: string } }>;
  };
  completeness: Array<{ status: string | null; isLate: boolean; period: { id: string } }>;
}

/** The API's answer for the page, asked with the browser's own session. */
async function askApi(context: BrowserContext, programmeId: string): Promise<HomeAnswer> {
  const response = await context.request.post(`${baseUrl()}/graphql`, { data: { query: HOME_QUERY, variables: { pr: programmeId } } });
  const body = (await response.json()) as { data: HomeAnswer; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

function rowTexts(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => Array.from((row as HTMLTableRowElement).cells, (cell) => cell.textContent?.trim() ?? '')));
}

/** "191 %" → 191 */
const digits = (text: string) => Number(text.replace(/\D/g, ''));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function openHome(page: Page): Promise<string> {
  await logIn(page, DEMO_ACCOUNTS.lead);
  await page.waitForURL((url) => HOME_PATH.test(url.pathname));
  await page.getByRole('heading', { level: 1, name: 'Pulpit programu', exact: true }).waitFor();
  return new URL(page.url()).pathname.split('/')[2];
}

describe('the lead’s home', () => {
  let context: BrowserContext;
  let page: Page;
  openPagePerTest({ width: 1366, height: 900 }, (opened) => ({ context, page } = opened));

  it('shows the API’s figures for the current period, the waiting work, the targets, the spread and the practices', async () => {
    const programmeId = await openHome(page);
    const { leadHome: home, completeness } = await askApi(context, programmeId);
    const period = home.currentPeriod;
    const counts = home.completeness;

    // The home's completeness is the completeness page's, for the same period.
    const inPeriod = completeness.filter((row) => row.period.id === period.id);
    expect(counts.offices).toBe(inPeriod.length);
    expect(counts.submitted).toBe(inPeriod.filter((row) => row.status === 'SUBMITTED').length);
    expect(counts.approved).toBe(inPeriod.filter((row) => row.status === 'APPROVED').length);
    expect(counts.notStarted).toBe(inPeriod.filter((row) => row.status === null).length);
    expect(counts.late).toBe(inPeriod.filter((row) => row.isLate).length);
    expect(home.waiting.submissionsToReview).toBe(completeness.filter((row) => row.status === 'SUBMITTED').length);

    const current = page.getByRole('region', { name: `Bieżący okres: ${period.label}`, exact: true });
    await current.waitFor();
    const deadline = (await current.locator('.lead-home__deadline').textContent()) ?? '';
    if (home.daysToDeadline === 0) expect(deadline).toMatch(/^Termin mija dziś/);
    else
      expect(deadline).toMatch(
        new RegExp(`^Termin ${home.daysToDeadline > 0 ? 'za' : 'minął'} ${Math.abs(home.daysToDeadline)} (dzień|dni)`),
      );
    const handedIn = current.getByRole('link', {
      name: new RegExp(`^Dane przekazało ${counts.submitted + counts.approved} z ${counts.offices} urzęd`),
    });
    expect(await handedIn.getAttribute('href')).toBe(`/programmes/${programmeId}/completeness?period=${period.id}`);
    const late = current.getByRole('link', {
      name: new RegExp(`^Po terminie: ${counts.late} urzęd\\S* w okresie ${escape(period.label)}$`),
    });
    expect(await late.getAttribute('href')).toBe(`/programmes/${programmeId}/completeness?period=${period.id}`);
    const submitted = current.getByRole('link', { name: new RegExp(`^Przesłane: ${counts.submitted} urzęd`) });
    expect(await submitted.getAttribute('href')).toBe(`/programmes/${programmeId}/review?period=${period.id}`);

    const waiting = page.getByRole('region', { name: 'Czeka na Ciebie', exact: true });
    if (home.waiting.submissionsToReview > 0) {
      const review = waiting.getByRole('link', {
        name: new RegExp(`^${home.waiting.submissionsToReview} sprawozda\\S+ czek\\S+ na zatwierdzenie$`),
      });
      expect(await review.getAttribute('href')).toBe(`/programmes/${programmeId}/review`);
    }
    const lockLinks = waiting.getByRole('link', { name: /^Zamknij okres / });
    expect(await lockLinks.count()).toBe(Math.min(3, home.waiting.periodsToLock.length));
    const publishLinks = waiting.getByRole('link', { name: /^Opublikuj wyniki okresu / });
    expect(await publishLinks.count()).toBe(Math.min(3, home.waiting.periodsToPublish.length));
    for (const href of await publishLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href'))))
      expect(home.waiting.periodsToPublish.map(({ id }) => `/programmes/${programmeId}/distribution?period=${id}`)).toContain(href);

    const targets = await rowTexts(page.getByRole('table', { name: 'Cele programu', exact: true }));
    expect(targets.map(([indicator]) => indicator.replace(' – postęp urzędów do celu', ''))).toEqual(
      home.targets.map(({ target }) => target.indicator.name),
    );
    for (const [index, summary] of home.targets.entries()) {
      if (summary.officesWithData === 0) expect(targets[index][1]).toBe('brak danych');
      else expect(targets[index][1]).toContain(`(${summary.officesOnTrack} z ${summary.officesWithData})`);
    }

    const spreadTable = page.getByRole('table', { name: 'Gdzie urzędy różnią się najbardziej', exact: true });
    const spread = await rowTexts(spreadTable);
    expect(spread).toHaveLength(home.spread.length);
    for (const [index, row] of home.spread.entries()) {
      expect(spread[index][0]).toBe(`${row.indicator.name} – wyniki urzędów w okresie ${row.period.label}`);
      expect(spread[index][1]).toBe(row.period.label);
      expect(digits(spread[index][2])).toBe(Math.round(row.relativeSpread * 100));
      expect(spread[index][3]).toBe(String(row.offices));
    }

    const practices = page.getByRole('region', { name: 'Najnowsze dobre praktyki', exact: true });
    const titles = await practices.locator('ul li > a').allTextContents();
    expect(titles).toEqual(home.newestPractices.map(({ title }) => title));
    // The demo's practices were written up from sources: their year, never the day the demo was loaded.
    const bylines = await practices.locator('ul li > .lead-home__byline').allTextContents();
    expect(bylines).toEqual(
      home.newestPractices.map(({ fromSources, year, office }) =>
        !fromSources ? expect.any(String) : year === null ? office.name : `${office.name}, wprowadzona w ${year} r.`,
      ),
    );

    await saveScreenshot(page, 'lead-home-full');
    // One screen: everything of the home above the fold at 1366x900.
    const bottom = await page.locator('.lead-home').evaluate((element) => element.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThanOrEqual(900);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'lead-home', { forDocs: true, fullPage: false });

    // The figures lead to their pages.
    await late.click();
    await page.waitForURL((url) => url.pathname.endsWith('/completeness'));
    expect(currentPath(page)).toBe(`/programmes/${programmeId}/completeness?period=${period.id}`);
    await page.goBack();
    if (home.spread.length > 0) {
      await spreadTable.getByRole('link').first().click();
      await page.waitForURL((url) => url.pathname.endsWith('/distribution'));
      expect(currentPath(page)).toBe(
        `/programmes/${programmeId}/distribution?period=${home.spread[0].period.id}&indicator=${home.spread[0].indicator.code}`,
      );
      await page.goBack();
    }
    await page.getByRole('table', { name: 'Cele programu', exact: true }).getByRole('link').first().click();
    await page.waitForURL((url) => url.pathname === `/programmes/${programmeId}/targets`);
    await page.getByRole('heading', { level: 1, name: 'Postęp do celów programu' }).waitFor();
  });

  it('speaks English with its plurals when asked', async () => {
    const programmeId = await openHome(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Programme dashboard', exact: true }).waitFor();
    const { leadHome: home } = await askApi(context, programmeId);
    const { submitted, approved, offices } = home.completeness;
    await page.getByRole('link', { name: new RegExp(`^${submitted + approved} of ${offices} offices? handed in`) }).waitFor();
    await page.getByRole('link', { name: `About the programme: ${offices} offices`, exact: true }).waitFor();
    await page.getByRole('button', { name: 'Polski' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pulpit programu', exact: true }).waitFor();
  });

  it('shows a coordinator the programme overview at the same address', async () => {
    const programmeId = await openHome(page);
    await context.clearCookies();
    await logIn(page, DEMO_ACCOUNTS.coordinator(1));
    await page.goto(`${baseUrl()}/programmes/${programmeId}`);
    await page.getByRole('table', { name: 'Urzędy programu', exact: true }).waitFor();
    expect(await page.getByRole('heading', { name: 'Pulpit programu' }).count()).toBe(0);
  });
});

describe('the lead’s home on a phone', () => {
  let page: Page;
  openPagePerTest({ width: 390, height: 844 }, (opened) => ({ page } = opened));

  it('fits one column without sideways scrolling and stays axe-clean', async () => {
    await openHome(page);
    await page.getByRole('region', { name: 'Czeka na Ciebie', exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'lead-home-phone', { forDocs: true });
  });
});
