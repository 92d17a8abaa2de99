import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { openPagePerTest, saveScreenshot } from './support/browser';
import { expectShown, firstNumber, graphql } from './support/graphql';
import { expectNoSidewaysScroll } from './support/layout';
import { DEMO_ACCOUNTS, logIn } from './support/session';
import { rowTexts } from './support/tables';

/*
 * The coordinator's home, a scorecard. Office 5 (Urząd Gminy Łagiewniki, a rural gmina)
 * is only read here, by its coordinator, and by no other journey. Every figure the tiles show is
 * checked against the API's officeScorecard answer for the same office and group.
 */
const OFFICE = 5;
const OFFICE_PATH = /^\/programmes\/([^/]+)\/offices\/([^/]+)$/;
const VERDICT = { BETTER: 'lepiej niż średnia grupy', WORSE: 'gorzej niż średnia grupy', SAME: 'tak jak średnia grupy' } as const;

interface Line {
  indicator: { code: string; name: string };
  latest: number | null;
  latestPeriod: { label: string } | null;
  comparedPeriod: { label: string } | null;
  suppressed: boolean;
  mean: number | null;
  versusMean: keyof typeof VERDICT | null;
  progress: { status: string } | null;
}
interface Scorecard {
  peerGroup: { id: string; name: string };
  peerGroups: Array<{ id: string; name: string }>;
  tasks: Array<{ period: { label: string }; done: boolean; late: boolean; filledCount: number; expectedCount: number }>;
  lines: Line[];
}

const SCORECARD = `query($pr: ID!, $o: ID!, $g: ID) { officeScorecard(programmeId: $pr, officeId: $o, peerGroupId: $g) {
  peerGroup { id name } peerGroups { id name }
  tasks { period { label } done late filledCount expectedCount }
  lines { indicator { code name } latest latestPeriod { label } comparedPeriod { label } suppressed mean versusMean progress { status } }
} }`;

/** Signs the office's coordinator in and waits for the scorecard; returns the programme and office ids. */
async function openHome(page: Page): Promise<{ programmeId: string; officeId: string }> {
  await logIn(page, DEMO_ACCOUNTS.coordinator(OFFICE));
  await page.waitForURL((url) => OFFICE_PATH.test(url.pathname));
  await page.locator('.scorecard').waitFor();
  const [, programmeId = '', officeId = ''] = OFFICE_PATH.exec(new URL(page.url()).pathname) ?? [];
  return { programmeId, officeId };
}

/** Each tile's figures read from the page match the API's line for the same indicator. */
async function expectTilesMatch(page: Page, lines: Line[]): Promise<void> {
  const tiles = page.locator('.scorecard__tile');
  expect(await tiles.count()).toBe(lines.length);
  for (const line of lines) {
    const tile = tiles.filter({ has: page.getByRole('link', { name: line.indicator.name, exact: true }) });
    const value = (await tile.locator('.scorecard__value').textContent()) ?? '';
    if (line.latest === null) expect(value).toBe('Brak przekazanej wartości');
    else {
      expectShown(value, line.latest);
      expect(value).toContain(`za ${line.latestPeriod?.label}`);
    }
    const standing = (await tile.locator('.scorecard__standing').textContent()) ?? '';
    if (line.suppressed) {
      expect(standing).toMatch(/^Statystyki grupy ukryte: /);
      expect(standing).not.toMatch(/\d/);
    } else {
      expect(standing.toLowerCase()).toContain(line.versusMean ? VERDICT[line.versusMean] : 'urząd nie ma wartości');
      expectShown([...standing.matchAll(/\(([^)]*)\)/g)].at(-1)?.[1] ?? standing, line.mean as number);
    }
    expect(await tile.locator('.progress-status').count()).toBe(line.progress ? 1 : 0);
  }
}

async function checkHome(context: BrowserContext, page: Page, size: string): Promise<void> {
  const { programmeId, officeId } = await openHome(page);
  const { officeScorecard: answer } = await graphql<{ officeScorecard: Scorecard }>(context, SCORECARD, { pr: programmeId, o: officeId });

  // What is left to do: each open period with its deadline and where the office stands with it.
  const tasks = page.getByRole('region', { name: 'Do zrobienia', exact: true }).locator('.office-task');
  expect(await tasks.count()).toBe(answer.tasks.length);
  expect(answer.tasks.length).toBeGreaterThan(0);
  for (const [index, task] of answer.tasks.entries()) {
    const text = (await tasks.nth(index).textContent()) ?? '';
    expect(text).toContain(`Sprawozdanie za ${task.period.label}`);
    expect(text).toMatch(/Termin (za|mija|minął)/);
    if (task.done) expect(text).toContain('nic więcej do zrobienia');
    else expect(text).toContain(`Wypełnione wskaźniki: ${task.filledCount} z ${task.expectedCount}`);
    expect(text.includes('Po terminie')).toBe(task.late);
  }

  // Compared with the office's own kind first; every tile says what the API says.
  expect(await page.getByLabel('Porównanie z grupą', { exact: true }).inputValue()).toBe(answer.peerGroup.id);
  await expectTilesMatch(page, answer.lines);
  await expectNoSidewaysScroll(page);
  expect(await axeViolations(page)).toEqual([]);
  await saveScreenshot(page, `office-home-${size}`, { forDocs: true, fullPage: false });

  // Another group: the address keeps it and the tiles follow the API for that group.
  const all = answer.peerGroups.find(({ name }) => name === 'Wszystkie urzędy programu') as { id: string };
  await page.getByLabel('Porównanie z grupą', { exact: true }).selectOption(all.id);
  await page.waitForURL((url) => url.searchParams.get('group') === all.id);
  const { officeScorecard: againstAll } = await graphql<{ officeScorecard: Scorecard }>(context, SCORECARD, {
    pr: programmeId,
    o: officeId,
    g: all.id,
  });
  await page
    .locator('.scorecard__standing')
    .filter({ hasText: /ćwiartce/ })
    .first()
    .waitFor();
  await expectTilesMatch(page, againstAll.lines);

  // The same words as a table, one row per indicator.
  await page.getByRole('button', { name: 'Pokaż jako tabelę', exact: true }).click();
  const rows = await rowTexts(page.getByRole('table', { name: /^Wyniki urzędu na tle grupy: / }));
  expect(rows.map(([name]) => name)).toEqual(againstAll.lines.map((line) => line.indicator.name));
  const withValue = againstAll.lines.findIndex((line) => line.latest !== null);
  expect(firstNumber(rows[withValue]?.[1] ?? '')).toBeCloseTo(againstAll.lines[withValue]?.latest as number, 2);
  await expectNoSidewaysScroll(page);
  expect(await axeViolations(page)).toEqual([]);

  // An indicator's name opens its detail on the comparison page, in the same group.
  await page.getByRole('button', { name: 'Pokaż jako kafelki', exact: true }).click();
  const first = againstAll.lines[0] as Line;
  await page.getByRole('link', { name: first.indicator.name, exact: true }).click();
  await page.waitForURL((url) => url.pathname.endsWith('/comparison') && url.searchParams.get('indicator') === first.indicator.code);
  expect(new URL(page.url()).searchParams.get('group')).toBe(all.id);
}

describe("the coordinator's home (scorecard) at desk size", () => {
  let context: BrowserContext;
  let page: Page;
  openPagePerTest({ width: 1366, height: 900 }, (opened) => ({ context, page } = opened));

  it('shows what is left to do and every indicator as the API gives it, for the own kind and another group', async () => {
    await checkHome(context, page, '1366');
  });
});

describe("the coordinator's home (scorecard) on a phone", () => {
  let context: BrowserContext;
  let page: Page;
  openPagePerTest({ width: 390, height: 844 }, (opened) => ({ context, page } = opened));

  it('fits 390 pixels with the same figures, without sideways scrolling and axe-clean', async () => {
    await checkHome(context, page, '390');
  });
});
