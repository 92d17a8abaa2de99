import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { openPagePerTest, saveScreenshot } from './support/browser';
import { expectNoSidewaysScroll } from './support/layout';
import { mainNavigation } from './support/menu';
import { DEMO_ACCOUNTS, logIn } from './support/session';
import { rowTexts } from './support/tables';

/** A coordinator (office 17, whose data no other journey changes) opens the CAF model from the navigation. */
async function openModel(page: Page): Promise<void> {
  await logIn(page, DEMO_ACCOUNTS.coordinator(17));
  await (await mainNavigation(page)).getByRole('link', { name: 'Model CAF', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Model CAF 2020', exact: true }).waitFor();
}

for (const [device, viewport] of [
  ['desk', { width: 1366, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  describe(`the CAF model page (issue 19), ${device} ${viewport.width}x${viewport.height}`, () => {
    let page: Page;
    openPagePerTest(viewport, (opened) => ({ page } = opened));

    it('shows both scoring panels as tables and the 9 criteria with their 28 sub-criteria, in Polish', async () => {
      await openModel(page);
      const enablers = page.getByRole('table', { name: 'Czynniki (kryteria 1–5): faza cyklu PDCA', exact: true });
      const results = page.getByRole('table', { name: 'Wyniki (kryteria 6–9): trend i osiągnięcie celów', exact: true });
      await enablers.waitFor();
      const enablerRows = await rowTexts(enablers);
      expect(enablerRows.map(([points, level]) => `${points} ${level}`)).toEqual([
        '0–10 Brak działań',
        '11–30 Planuj',
        '31–50 Wykonaj',
        '51–70 Sprawdź',
        '71–90 Działaj',
        '91–100 Pełny cykl PDCA',
      ]);
      expect(await rowTexts(results)).toHaveLength(6);

      const criteria = await page.getByRole('heading', { level: 3, name: /^Kryterium \d\. / }).allTextContents();
      expect(criteria).toHaveLength(9);
      expect(criteria[0]).toBe('Kryterium 1. Przywództwo');
      const leadership = page.getByRole('region', { name: 'Kryterium 1. Przywództwo', exact: true });
      expect(await leadership.textContent()).toContain('czynnik · 4 podkryteria');
      expect(await page.locator('.caf-sub-criteria dt').count()).toBe(28);
      expect(await page.getByRole('region', { name: 'Kryterium 4. Partnerstwo i zasoby', exact: true }).textContent()).toContain(
        '6 podkryteriów',
      );

      expect(await axeViolations(page)).toEqual([]);
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `caf-model-${device}`);
      await saveScreenshot(page, `caf-model-${device}-first-screen`, { fullPage: false });

      // Each criterion leads to the practices of peers filed under it.
      await page.getByRole('link', { name: 'Dobre praktyki w kryterium 6', exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/praktyki' && url.searchParams.get('caf') === '6');
      expect(await page.getByRole('combobox', { name: 'Kryterium CAF' }).inputValue()).toBe('6');
    });

    it('speaks English when asked', async () => {
      await openModel(page);
      // The header's language switch; on a phone, inside the unfolded menu.
      await mainNavigation(page);
      await page.locator('header button.language-switch:visible').click();
      await page.getByRole('heading', { level: 1, name: 'The CAF 2020 model', exact: true }).waitFor();
      await page.getByRole('heading', { level: 3, name: 'Criterion 1. Leadership', exact: true }).waitFor();
      expect(await page.getByRole('region', { name: 'Criterion 9. Key performance results', exact: true }).textContent()).toContain(
        'results · 2 sub-criteria',
      );
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
