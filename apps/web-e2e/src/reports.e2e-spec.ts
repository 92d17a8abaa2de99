import type { Locator, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { openPagePerTest, saveScreenshot } from './support/browser';
import { demoPeriods } from './support/demo-periods';
import { downloadFrom, parseCsv } from './support/downloads';
import { expectNoSidewaysScroll } from './support/layout';
import { mainNavigation } from './support/menu';
import { pdfPages } from './support/pdf';
import { DEMO_ACCOUNTS, logIn } from './support/session';
import { rowTexts } from './support/tables';
import { unzip } from './support/xlsx';

/*
 * Reports and exports (issue 20). The coordinator of demo office 14 (whose data no other journey writes)
 * downloads the office's PDF report, its workbook and a CSV; the lead prepares the programme report in
 * the background and downloads it. Both only read data; the lead's reports are kept by the programme.
 */
const OFFICE = 14;

/** Whitespace as one space: a name wrapped over two lines of a PDF reads as one. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

async function selectedLabel(select: Locator): Promise<string> {
  return select.evaluate((element) => {
    const chosen = (element as HTMLSelectElement).selectedOptions[0];
    return chosen?.textContent ?? '';
  });
}

async function checkPage(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  await expectNoSidewaysScroll(page);
  await saveScreenshot(page, name);
}

for (const [device, viewport] of [
  ['desk', { width: 1366, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  describe(`reports and exports (issue 20), ${device} ${viewport.width}x${viewport.height}`, () => {
    let page: Page;
    openPagePerTest(viewport, (opened) => ({ page } = opened));

    it('a coordinator downloads the office’s PDF report, its workbook and a CSV with commas and a decimal point', async () => {
      const { releasedQuarter } = await demoPeriods();
      await logIn(page, DEMO_ACCOUNTS.coordinator(OFFICE));
      // From the office's home, where the results are.
      await page.getByRole('link', { name: 'Raporty i eksport', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Raporty i eksport', exact: true }).waitFor();
      const office = (await page.locator('main .eyebrow').textContent()) ?? '';
      expect(office).toMatch(/^Urząd /);

      const period = page.getByRole('combobox', { name: 'Okres', exact: true });
      expect(await selectedLabel(period)).toBe(releasedQuarter);
      expect(await selectedLabel(page.getByRole('combobox', { name: 'Grupa porównawcza', exact: true }))).not.toBe('');
      expect(await selectedLabel(page.getByRole('combobox', { name: 'Separator kolumn', exact: true }))).toBe('średnik (;)');
      expect(await selectedLabel(page.getByRole('combobox', { name: 'Znak dziesiętny', exact: true }))).toBe('przecinek (3,5)');
      await checkPage(page, `reports-office-${device}`);

      const xlsx = await downloadFrom(page, page.getByRole('link', { name: 'Pobierz arkusz (XLSX)', exact: true }));
      expect(xlsx.name).toMatch(/\.xlsx$/);
      const workbook = unzip(xlsx.bytes).get('xl/workbook.xml')?.toString('utf8') ?? '';
      expect(workbook).toContain('name="Wartości"');
      expect(workbook).toContain('name="Porównanie"');

      // A comma between columns and a decimal point: what an English spreadsheet or a script reads.
      await page.getByRole('combobox', { name: 'Separator kolumn', exact: true }).selectOption({ label: 'przecinek (,)' });
      await page.getByRole('combobox', { name: 'Znak dziesiętny', exact: true }).selectOption({ label: 'kropka (3.5)' });
      const csv = await downloadFrom(page, page.getByRole('link', { name: 'Pobierz wartości urzędu (CSV)', exact: true }));
      expect(csv.name).toMatch(/\.csv$/);
      expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const rows = parseCsv(csv.bytes, ',');
      expect(rows.length).toBeGreaterThan(1);
      const width = rows[0].length;
      expect(width).toBeGreaterThan(2);
      expect(rows.every((row) => row.length === width)).toBe(true);
      const cells = rows.slice(1).flat();
      expect(cells.some((cell) => /^-?\d+\.\d+$/.test(cell))).toBe(true);
      expect(cells.some((cell) => /^-?\d+,\d+$/.test(cell))).toBe(false);

      // The choice is remembered in this browser.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Raporty i eksport', exact: true }).waitFor();
      expect(await selectedLabel(page.getByRole('combobox', { name: 'Separator kolumn', exact: true }))).toBe('przecinek (,)');
      expect(await selectedLabel(page.getByRole('combobox', { name: 'Znak dziesiętny', exact: true }))).toBe('kropka (3.5)');
      const comparisonCsv = page.getByRole('link', { name: 'Pobierz porównanie (CSV)', exact: true });
      expect(await comparisonCsv.getAttribute('href')).toContain('separator=comma');
      expect(await comparisonCsv.getAttribute('download')).not.toBeNull();

      // The report of the period and group chosen, in Polish: the office's own name and the period in its text.
      const pdf = await downloadFrom(page, page.getByRole('link', { name: 'Pobierz raport (PDF)', exact: true }));
      expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = await pdfPages(pdf.bytes);
      expect(pages.length).toBeGreaterThan(1);
      expect(flat(pages.join('\n'))).toContain(office);
      expect(flat(pages.join('\n'))).toContain(releasedQuarter);
    });

    it('the lead prepares the programme report, watches its progress to the end and downloads it', async () => {
      await logIn(page, DEMO_ACCOUNTS.lead);
      await (await mainNavigation(page)).getByRole('link', { name: 'Raporty i eksport', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Raporty i eksport programu', exact: true }).waitFor();
      const period = await selectedLabel(page.getByRole('combobox', { name: 'Okres', exact: true }).first());
      expect(period).not.toBe('');
      // The desk asks for the Polish report, the phone for the English one: each is made anew.
      const language = device === 'desk' ? 'polski' : 'angielski';
      await page.getByRole('combobox', { name: 'Język plików', exact: true }).selectOption({ label: language });

      // Every value the bar takes, recorded in the page as it changes (no polling from here).
      await page.evaluate(() => {
        const seen: number[] = [];
        (window as unknown as { seenProgress: number[] }).seenProgress = seen;
        const record = () => {
          const bar = document.querySelector('.reports-progress progress');
          const value = bar?.getAttribute('aria-valuenow');
          if (value != null && seen.at(-1) !== Number(value)) seen.push(Number(value));
        };
        new MutationObserver(record).observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['aria-valuenow'],
        });
      });
      await page.getByRole('button', { name: 'Przygotuj raport', exact: true }).click();
      const bar = page.getByRole('progressbar', { name: 'Postęp raportu', exact: true });
      await bar.waitFor();
      // The panel comes into view by itself, also below the button on a phone.
      await page.waitForFunction(() => {
        const box = document.querySelector('.reports-progress progress')?.getBoundingClientRect();
        return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
      });
      await saveScreenshot(page, `reports-programme-${device}-in-progress`, { fullPage: false });
      const status = page.locator('.reports-progress').getByRole('status');
      await status.filter({ hasText: 'Raport gotowy' }).waitFor({ timeout: 90_000 });
      expect(await bar.getAttribute('aria-valuenow')).toBe('100');
      const seen = await page.evaluate(() => (window as unknown as { seenProgress: number[] }).seenProgress);
      expect(seen[0]).toBeLessThan(100);
      expect(seen.at(-1)).toBe(100);
      expect(seen.every((value, index) => index === 0 || value >= seen[index - 1])).toBe(true);

      // The list holds it as current, with its pages and size.
      const table = page.getByRole('table', { name: 'Przygotowane raporty', exact: true });
      const languageCell = language;
      await table.locator('tbody tr', { hasText: 'aktualny' }).filter({ hasText: languageCell }).first().waitFor();
      const row = (await rowTexts(table)).find((cells) => cells[0] === period && cells[1] === languageCell);
      expect(row?.[5]).toBe('aktualny');
      const pageCount = Number(/^(\d+) stron/.exec(row?.[3] ?? '')?.[1]);
      expect(pageCount).toBeGreaterThan(1);
      await checkPage(page, `reports-programme-${device}`);

      const report = await downloadFrom(page, page.getByRole('link', { name: `Pobierz raport ${period} (PDF)`, exact: true }));
      expect(report.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(await pdfPages(report.bytes)).toHaveLength(pageCount);

      // Asked again, the kept report comes back at once: nothing is made twice.
      const kept = (await rowTexts(table)).length;
      await page.getByRole('button', { name: 'Przygotuj raport', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Aktualny raport tego okresu w tym języku już jest' }).waitFor();
      await page.getByRole('button', { name: 'Przygotuj raport', exact: true }).waitFor();
      expect(await rowTexts(table)).toHaveLength(kept);
      expect(await bar.getAttribute('aria-valuenow')).toBe('100');

      if (device === 'desk') {
        // In English the page follows, its counts with English plurals.
        await page.getByRole('button', { name: 'English' }).click();
        await page.getByRole('heading', { level: 1, name: 'Programme reports and exports', exact: true }).waitFor();
        expect(await page.getByText(`${kept} ${kept === 1 ? 'report is' : 'reports are'} kept.`, { exact: true }).count()).toBe(1);
        const english = await rowTexts(page.getByRole('table', { name: 'Prepared reports', exact: true }));
        expect(english.find((cells) => cells[0] === period && cells[1] === 'Polish')?.slice(3, 6)).toEqual([
          `${pageCount} pages`,
          expect.stringMatching(/^\d+ kB$|^\d+\.\d MB$/),
          'current',
        ]);
        expect(await page.locator('.reports-progress').getByRole('status').textContent()).toBe('Report ready');
      }
    }, 150_000);
  });
}
