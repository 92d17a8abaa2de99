import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { openPagePerTest, saveScreenshot } from './support/browser';
import { demoPeriods } from './support/demo-periods';
import { downloadFrom } from './support/downloads';
import { graphql } from './support/graphql';
import { expectNoSidewaysScroll } from './support/layout';
import { mainNavigation } from './support/menu';
import { DEMO_ACCOUNTS, logIn } from './support/session';
import { sheetCells, withNumber } from './support/xlsx';

/*
 * The spreadsheet import in Polish (issue 17): only periods the office can still import into are
 * offered, an import into a period handed in meanwhile is refused in Polish with nothing changed, and a
 * prefilled template round-trips (unchanged: nothing changes; one cell changed: that value only), with
 * a link on to review and submit. Offices (demo positions, see DEVELOPMENT.md): 12, returned in the open
 * quarter, which this journey submits; 13, a half-filled draft, whose one value this journey changes.
 */
const RETURNED_OFFICE = 12;
const DRAFT_OFFICE = 13;

const TEMPLATE_LINK = /^Pobierz szablon XLSX na okres .+ \(z zapisanymi już wartościami\)$/;

interface Standing {
  importPeriods: Array<{
    importable: boolean;
    period: { id: string; label: string };
    offices: Array<{ officeId: string; officeName: string }>;
  }>;
}
interface SavedValue {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  comment: string | null;
  warnings: string[];
  indicator: { code: string };
}
interface Saved {
  submission: { id: string; version: number; status: string; values: SavedValue[] } | null;
}
const SUBMISSION = `query($o: ID!, $p: ID!) { submission(officeId: $o, periodId: $p) { id version status values { value numerator denominator comment warnings indicator { code } } } }`;

/** Opens the import page from the office's home, as a coordinator does. */
async function openImport(page: Page): Promise<void> {
  const navigation = await mainNavigation(page);
  await navigation.getByRole('link', { name: 'Import z arkusza', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Import wartości z arkusza', exact: true }).waitFor();
}

/** The programme and the caller's office and the open quarter's id, as the import page's own query sees them. */
async function officeAndQuarter(page: Page, context: BrowserContext, quarter: string) {
  const programmeId = /\/programmes\/([^/]+)\//.exec(page.url())?.[1] ?? '';
  const { importPeriods } = await graphql<Standing>(
    context,
    `
      query ($p: ID!) {
        importPeriods(programmeId: $p) {
          importable
          period {
            id
            label
          }
          offices {
            officeId
            officeName
          }
        }
      }
    `,
    { p: decodeURIComponent(programmeId) },
  );
  const open = importPeriods.find(({ period }) => period.label === quarter);
  if (!open) throw new Error(`The open quarter ${quarter} is not listed: ${JSON.stringify(importPeriods)}`);
  return { programmeId, periodId: open.period.id, officeId: open.offices[0].officeId, officeName: open.offices[0].officeName };
}

async function expectAccessibleAndFitting(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  await expectNoSidewaysScroll(page);
}

async function chooseFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  const mimeType = name.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv';
  await page.getByLabel('Plik CSV lub XLSX', { exact: true }).setInputFiles({ name, mimeType, buffer });
}

/** Checks the chosen file (it must be correct), then imports it; resolves when the answer is shown. */
async function checkAndImport(page: Page, expected: string): Promise<void> {
  await page.getByRole('button', { name: 'Sprawdź plik (bez zapisu)', exact: true }).click();
  await page
    .getByRole('status')
    .getByText(/^Plik jest poprawny: /)
    .waitFor();
  await page.getByRole('button', { name: 'Importuj', exact: true }).click();
  await page.getByRole('status').getByText(expected, { exact: true }).waitFor();
}

describe('spreadsheet import (desk, 1366x900)', () => {
  let context: BrowserContext;
  let page: Page;
  openPagePerTest({ width: 1366, height: 900 }, (opened) => ({ context, page } = opened));

  it('refuses, in Polish and changing nothing, an import into a period handed in meanwhile, and then no longer offers it', async () => {
    const { openQuarter, openCafCycle, openYear } = await demoPeriods();
    await logIn(page, DEMO_ACCOUNTS.coordinator(RETURNED_OFFICE));
    await openImport(page);
    const period = page.getByLabel('Okres', { exact: true });
    // The quarter (due first) is chosen; the open CAF period and the open year are offered too.
    expect(await period.locator('option').allTextContents()).toEqual([openQuarter, openCafCycle, openYear]);
    await expectAccessibleAndFitting(page);
    await chooseFile(page, 'dane.csv', Buffer.from('wskaźnik;wartość\nE_SERVICES_COUNT;7\n', 'utf8'));

    // Meanwhile (another tab, a colleague) the office's returned submission is corrected and submitted again.
    const { periodId, officeId, officeName } = await officeAndQuarter(page, context, openQuarter);
    const { submission } = await graphql<Saved>(context, SUBMISSION, { o: officeId, p: periodId });
    if (!submission) throw new Error('Office 12 has no submission in the open quarter.');
    const warned = submission.values.filter(({ warnings, comment }) => warnings.length > 0 && !comment?.trim());
    let version = submission.version;
    if (warned.length > 0) {
      const saved = await graphql<{ saveValues: { version: number } }>(
        context,
        `
          mutation ($i: SaveValuesInput!) {
            saveValues(input: $i) {
              version
            }
          }
        `,
        {
          i: {
            officeId,
            periodId,
            expectedVersion: version,
            values: warned.map(({ indicator, value, numerator, denominator }) => ({
              indicatorCode: indicator.code,
              ...(numerator !== null ? { numerator, denominator } : { value }),
              comment: 'Sprawdzone po zwrocie: wartość jest poprawna.',
            })),
          },
        },
      );
      version = saved.saveValues.version;
    }
    await graphql(
      context,
      `
        mutation ($s: ID!, $v: Int!) {
          submitSubmission(submissionId: $s, expectedVersion: $v) {
            status
          }
        }
      `,
      {
        s: submission.id,
        v: version,
      },
    );
    const before = await graphql<Saved>(context, SUBMISSION, { o: officeId, p: periodId });
    expect(before.submission?.status).toBe('SUBMITTED');

    await page.getByRole('button', { name: 'Sprawdź plik (bez zapisu)', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('Nie zaimportowano pliku', { exact: true }).waitFor();
    expect(await alert.locator('p').nth(1).textContent()).toBe(
      `Do okresu ${openQuarter} nie można importować. Sprawozdanie urzędu „${officeName}” za okres ${openQuarter} jest przekazane do lidera, więc nie można go teraz zmieniać: jeśli trzeba coś poprawić, poproś lidera programu o zwrócenie go do poprawy. Nic nie zmieniono.`,
    );
    // The choice is refreshed: the quarter is no longer offered (only the CAF period and the year), and the page says why.
    const notOffered = page.getByRole('region', { name: 'Okresy, do których nie można teraz importować', exact: true });
    // The periods are asked for again after the refusal: wait for the list to say so before reading it.
    await notOffered.getByRole('listitem').first().waitFor();
    expect(await notOffered.getByRole('listitem').allTextContents()).toEqual([
      `${openQuarter}, ${officeName}: sprawozdanie przekazane do lidera (czeka na zatwierdzenie)`,
    ]);
    expect(await page.getByLabel('Okres', { exact: true }).locator('option').allTextContents()).toEqual([openCafCycle, openYear]);
    await saveScreenshot(page, 'import-submitted-refused');
    await expectAccessibleAndFitting(page);
    expect(await graphql<Saved>(context, SUBMISSION, { o: officeId, p: periodId })).toEqual(before);

    // Opened afresh, the page does not offer it either.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Import wartości z arkusza', exact: true }).waitFor();
    await notOffered.waitFor();
    expect(await page.getByLabel('Okres', { exact: true }).locator('option').allTextContents()).toEqual([openCafCycle, openYear]);
    expect(await page.getByRole('link', { name: TEMPLATE_LINK }).textContent()).toContain(openCafCycle);
  });

  it('round-trips a prefilled template: unchanged it changes nothing, one cell changed changes that value, then on to review and submit', async () => {
    const { openQuarter, openCafCycle, openYear } = await demoPeriods();
    await logIn(page, DEMO_ACCOUNTS.coordinator(DRAFT_OFFICE));
    await openImport(page);
    expect(await page.getByLabel('Okres', { exact: true }).locator('option').allTextContents()).toEqual([
      openQuarter,
      openCafCycle,
      openYear,
    ]);
    const { periodId, officeId, officeName } = await officeAndQuarter(page, context, openQuarter);
    const { submission: before } = await graphql<Saved>(context, SUBMISSION, { o: officeId, p: periodId });
    if (!before) throw new Error('Office 13 has no draft in the open quarter.');

    const template = await downloadFrom(page, page.getByRole('link', { name: TEMPLATE_LINK }));
    expect(template.name).toMatch(/\.xlsx$/);
    const cells = sheetCells(template.bytes);
    const rowOf = new Map<string, number>();
    for (const [reference, value] of cells)
      if (/^C\d+$/.test(reference) && reference !== 'C1') rowOf.set(String(value), Number(reference.slice(1)));
    // Prefilled with the saved values, the form's units and the Polish definitions of a ratio's parts.
    for (const saved of before.values) {
      const row = rowOf.get(saved.indicator.code);
      expect(row).toBeDefined();
      if (saved.numerator !== null) expect([cells.get(`G${row}`), cells.get(`H${row}`)]).toEqual([saved.numerator, saved.denominator]);
      else expect(cells.get(`F${row}`)).toBe(saved.value);
    }
    expect(cells.get(`E${rowOf.get('E_SERVICES_COUNT')}`)).toBe('szt.');
    expect(cells.get(`D${rowOf.get('CASES_ON_TIME_PCT')}`)).toMatch(
      /\(licznik: sprawy załatwione w terminie; mianownik: sprawy załatwione\)$/,
    );

    // Sent back unchanged: nothing changes.
    await chooseFile(page, template.name, template.bytes);
    await checkAndImport(
      page,
      `Zaimportowano plik: nic się nie zmieniło, wartości z pliku (${before.values.length}) są takie same jak zapisane.`,
    );
    expect((await graphql<Saved>(context, SUBMISSION, { o: officeId, p: periodId })).submission).toEqual(before);

    // One numerator one less: that value changes, nothing else.
    const ratio = before.values.find(({ numerator }) => numerator !== null && numerator > 0);
    if (!ratio) throw new Error('Office 13 has no ratio value saved.');
    const row = rowOf.get(ratio.indicator.code);
    const changed = withNumber(template.bytes, `G${row}`, (ratio.numerator as number) - 1);
    await chooseFile(page, template.name, changed);
    await checkAndImport(page, `Zaimportowano plik: zmieniono 1 wartość, bez zmian: ${before.values.length - 1}.`);
    const after = (await graphql<Saved>(context, SUBMISSION, { o: officeId, p: periodId })).submission;
    const others = (values: SavedValue[]) =>
      values.filter(({ indicator }) => indicator.code !== ratio.indicator.code).map(({ warnings: _, ...value }) => value);
    expect(others(after?.values ?? [])).toEqual(others(before.values));
    expect(after?.values.find(({ indicator }) => indicator.code === ratio.indicator.code)?.numerator).toBe((ratio.numerator as number) - 1);
    expect(after?.status).toBe('DRAFT');
    await saveScreenshot(page, 'import-applied-next');
    await expectAccessibleAndFitting(page);

    // On to review and submit the period imported into.
    await page.getByRole('link', { name: `Sprawdź i prześlij do zatwierdzenia: ${officeName}, okres ${openQuarter}`, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Sprawozdanie za okres ${openQuarter}`, exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`/offices/${officeId}/periods/${periodId}$`));
    await page.getByRole('button', { name: 'Prześlij do zatwierdzenia', exact: true }).waitFor();
  });
});

describe('spreadsheet import (phone, 390x844)', () => {
  let page: Page;
  openPagePerTest({ width: 390, height: 844 }, (opened) => ({ page } = opened));

  it('is axe-clean and fits the window, with the choice of period and the template (reads only)', async () => {
    await logIn(page, DEMO_ACCOUNTS.coordinator(DRAFT_OFFICE));
    await openImport(page);
    await page.getByRole('link', { name: TEMPLATE_LINK }).waitFor();
    await saveScreenshot(page, 'import-phone');
    await expectAccessibleAndFitting(page);
  });
});
