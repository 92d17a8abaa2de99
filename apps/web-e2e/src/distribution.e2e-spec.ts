import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { baseUrl, openPagePerTest, saveScreenshot } from './support/browser';
import { expectNoSidewaysScroll } from './support/layout';
import { DEMO_ACCOUNTS, logIn } from './support/session';
import { rowTexts } from './support/tables';

type Status = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED';

const STATUS_WORDS: Record<Status | 'NONE', string> = {
  NONE: 'nie rozpoczęto',
  DRAFT: 'w przygotowaniu',
  SUBMITTED: 'przesłane',
  RETURNED: 'zwrócone do poprawy',
  APPROVED: 'zatwierdzone',
};

interface OfficeValue {
  office: { name: string };
  value: number | null;
  status: Status | null;
}

interface Choice {
  programmeId: string;
  period: { id: string; label: string };
  indicator: { code: string; name: string };
  values: OfficeValue[];
}

async function ask<T>(context: BrowserContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await context.request.post(`${baseUrl()}/graphql`, { data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/**
 * The open quarter (the current calendar quarter) and, of its quarterly percentage indicators without a
 * programme target, the one whose values have the most different statuses, with the API's
 * `distribution` answer for it.
 */
async function percentageInOpenQuarter(context: BrowserContext): Promise<Choice> {
  const { programmes } = await ask<{
    programmes: Array<{
      id: string;
      isDemo: boolean;
      periods: Array<{ id: string; kind: string; label: string; startsOn: string; endsOn: string }>;
      indicators: Array<{ code: string; name: string; unit: string; periodicity: string }>;
      targets: Array<{ indicator: { code: string } }>;
    }>;
  }>(
    context,
    '{ programmes { id isDemo periods { id kind label startsOn endsOn } indicators { code name unit periodicity } targets { indicator { code } } } }',
  );
  const demo = programmes.find(({ isDemo }) => isDemo);
  if (!demo) throw new Error('No demo programme');
  const today = new Date().toISOString().slice(0, 10);
  const period = demo.periods.find((p) => p.kind === 'QUARTER' && p.startsOn.slice(0, 10) <= today && today <= p.endsOn.slice(0, 10));
  if (!period) throw new Error(`No open quarter in ${JSON.stringify(demo.periods)}`);
  const withTarget = new Set(demo.targets.map(({ indicator }) => indicator.code));
  const candidates = demo.indicators.filter(
    ({ code, unit, periodicity }) => unit === 'pct' && periodicity === 'QUARTERLY' && !withTarget.has(code),
  );
  const answers = await Promise.all(
    candidates.map(async (indicator) => {
      const { distribution } = await ask<{ distribution: OfficeValue[] }>(
        context,
        'query($pr: ID!, $pe: ID!, $i: String!) { distribution(programmeId: $pr, periodId: $pe, indicatorCode: $i) { office { name } value status } }',
        { pr: demo.id, pe: period.id, i: indicator.code },
      );
      const statuses = new Set(distribution.filter(({ value }) => value !== null).map(({ status }) => status));
      return { programmeId: demo.id, period, indicator, values: distribution, variety: statuses.size };
    }),
  );
  const best = answers.sort((a, b) => b.variety - a.variety)[0];
  if (!best || best.variety < 2) throw new Error('No percentage indicator of the open quarter has values in two statuses');
  return best;
}

/** "72,45 %" → 72.45 */
const numberIn = (text: string) => Number(text.replace(/[^\d,-]/g, '').replace(',', '.'));

function centre(values: number[]): { mean: number; median: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return {
    mean: values.reduce((sum, value) => sum + value, 0) / values.length,
    median: sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2,
  };
}

describe('the lead’s distribution chart', () => {
  let context: BrowserContext;
  let page: Page;
  openPagePerTest({ width: 1366, height: 900 }, (opened) => ({ context, page } = opened));

  it('marks the mean, median and target, and shows each office’s status in the bars, the legend and the table', async () => {
    await logIn(page, DEMO_ACCOUNTS.lead);
    const { programmeId, period, indicator, values } = await percentageInOpenQuarter(context);
    // A LEVEL target of 95 % for the indicator (it has none in the demo), taken away after the test.
    const { setTarget } = await ask<{ setTarget: { id: string } }>(
      context,
      'mutation($input: TargetInput!) { setTarget(input: $input) { id } }',
      { input: { programmeId, indicatorCode: indicator.code, kind: 'LEVEL', value: 95 } },
    );
    try {
      await markedChart(page, { period, indicator, values });
    } finally {
      await ask(context, 'mutation($id: ID!) { removeTarget(targetId: $id) }', { id: setTarget.id });
    }
  });
});

/** The journey on the chosen indicator, with its 95 % target set. */
async function markedChart(page: Page, { period, indicator, values }: Omit<Choice, 'programmeId'>): Promise<void> {
  const shown = values.filter((entry): entry is OfficeValue & { value: number } => entry.value !== null);
  const expected = centre(shown.map(({ value }) => value));

  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Wyniki urzędów', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Wyniki urzędów', exact: true }).waitFor();
  await page.getByLabel('Okres', { exact: true }).selectOption({ value: period.id });
  await page.getByLabel('Wskaźnik', { exact: true }).selectOption({ value: indicator.code });
  const section = page.getByRole('region', { name: `${indicator.name}, ${period.label}`, exact: true });

  // The mean and the median of every shown value are labelled lines, at the API's values.
  const meanLabel = section.locator('svg text.distribution-line-label', { hasText: /^Średnia: / });
  const medianLabel = section.locator('svg text.distribution-line-label', { hasText: /^Mediana: / });
  await meanLabel.waitFor();
  expect(numberIn((await meanLabel.textContent()) ?? '')).toBeCloseTo(expected.mean, 2);
  expect(numberIn((await medianLabel.textContent()) ?? '')).toBeCloseTo(expected.median, 2);
  expect(await meanLabel.textContent()).toMatch(/ %$/);
  const summary = await section.locator('.distribution-summary').textContent();
  const count = shown.length;
  const noun = count === 1 ? 'urząd' : [2, 3, 4].includes(count % 10) && ![12, 13, 14].includes(count % 100) ? 'urzędy' : 'urzędów';
  expect(summary).toContain(`także niezatwierdzonych (${count} ${noun})`);
  expect(summary).toContain('Cel programu: osiągnąć 95 % (linia „Cel”).');
  await section.locator('svg text.distribution-line-label', { hasText: 'Cel: 95 %' }).waitFor();

  // Each bar says its office's status; the legend names the statuses with their bar style.
  const marks = await section
    .locator('.recharts-bar-rectangle [aria-label]')
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''));
  expect(marks.map((mark) => /^(.*): [\d,-]+ % \((.*)\)$/.exec(mark)?.slice(1)).sort()).toEqual(
    shown.map(({ office, status }) => [office.name, STATUS_WORDS[status ?? 'NONE']]).sort(),
  );
  const legend = await section.locator('.distribution-legend li').allTextContents();
  const present = new Set(shown.map(({ status }) => status ?? 'NONE'));
  for (const status of present) expect(legend.some((entry) => entry.startsWith(STATUS_WORDS[status]))).toBe(true);
  expect(legend.some((entry) => entry.startsWith('Średnia: ') && entry.endsWith('(linia ciągła)'))).toBe(true);
  expect(legend.some((entry) => entry.startsWith('Mediana: ') && entry.endsWith('(linia kropkowana)'))).toBe(true);
  expect(legend).toContain('Cel: 95 % (linia przerywana)');
  // A draft is never drawn as an approved bar.
  if (present.has('APPROVED') && present.has('DRAFT')) {
    expect(legend.find((entry) => entry.startsWith('zatwierdzone'))).toContain('słupek pełny');
    expect(legend.find((entry) => entry.startsWith('w przygotowaniu'))).toContain('kreskowany');
  }
  expect(await axeViolations(page)).toEqual([]);
  await saveScreenshot(page, 'distribution-chart');

  // The table view has a status column with every office's status from the API.
  await section.getByRole('button', { name: 'Pokaż jako tabelę', exact: true }).click();
  const table = section.getByRole('table', { name: `${indicator.name}, ${period.label}`, exact: true });
  await table.waitFor();
  expect(await table.locator('thead th').allTextContents()).toEqual(['Urząd', 'Wartość', 'Stan sprawozdania']);
  const rows = await rowTexts(table);
  expect(rows.map(([name, , status]) => [name, status]).sort()).toEqual(
    values.map(({ office, status }) => [office.name, STATUS_WORDS[status ?? 'NONE']]).sort(),
  );
  expect(await axeViolations(page)).toEqual([]);
  await expectNoSidewaysScroll(page);

  // On a phone: the chart, its lines and legend fit, axe-clean.
  await section.getByRole('button', { name: 'Pokaż jako wykres', exact: true }).click();
  await page.setViewportSize({ width: 390, height: 844 });
  await meanLabel.waitFor();
  await expectNoSidewaysScroll(page);
  expect(await axeViolations(page)).toEqual([]);
  await saveScreenshot(page, 'distribution-chart-phone');
}
