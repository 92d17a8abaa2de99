import type { Locator, Page } from 'playwright-core';

/** One indicator of the quarter page as the browser shows it. */
export interface ShownLine {
  code: string;
  isRatio: boolean;
  /** The unit as written after the value ("%", "na 1000", "dni", …). */
  unit: string;
  /** Last period's value, read from "Poprzedni okres (…): 57,14 %"; null when there is none. */
  previous: number | null;
}

/** The indicators of the open quarter page, in the page's order. */
export function shownLines(page: Page): Promise<ShownLine[]> {
  return page.locator('fieldset.indicator').evaluateAll((fieldsets) =>
    fieldsets.map((fieldset) => {
      const code = fieldset.id.replace(/^indicator-/, '');
      const previousText = fieldset.querySelector('.indicator__previous')?.textContent ?? '';
      const match = /\):\s*(-?[\d\s\u00a0]+(?:,\d+)?)\s*(.*)$/.exec(previousText);
      return {
        code,
        isRatio: fieldset.querySelector(`#indicator-${code}-numerator`) !== null,
        unit: match?.[2]?.trim() ?? '',
        previous: match?.[1] ? Number(match[1].replace(/[\s\u00a0]/g, '').replace(',', '.')) : null,
      };
    }),
  );
}

/** A number as a Polish user types it. */
const typed = (value: number) => String(Math.round(value * 100) / 100).replace('.', ',');

/** The scale a ratio's value is shown in (%: ×100, per 1,000: ×1000, otherwise ×1). */
const scaleOf = (unit: string) => (unit === '%' ? 100 : unit === 'na 1000' ? 1000 : 1);

/**
 * Types, for every indicator but those in `skip`, last period's value again (a ratio as that share of
 * 1,000), so that the values are complete and plausible. Each field is left for the next one, which
 * is what makes the autosave run as a user would see it.
 */
export async function fillLikeLastPeriod(page: Page, skip: readonly string[] = []): Promise<void> {
  for (const line of await shownLines(page)) {
    if (skip.includes(line.code)) continue;
    const previous = line.previous ?? 1;
    if (line.isRatio) {
      await page.locator(`#indicator-${line.code}-numerator`).fill(typed((previous * 1000) / scaleOf(line.unit)));
      await page.locator(`#indicator-${line.code}-denominator`).fill('1000');
    } else {
      await page.locator(`#indicator-${line.code}-value`).fill(typed(previous));
    }
  }
}

/** The form's save status line (role="status", above the form). */
export function saveStatus(page: Page): Locator {
  return page.locator('.save-status [role="status"]');
}

/** Waits until everything typed is saved ("Zapisano 12:04", with nothing left waiting). */
export async function waitUntilSaved(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const text = document.querySelector('.save-status [role="status"]')?.textContent ?? '';
    return /^Zapisano \d{2}:\d{2}$/.test(text.trim());
  });
}

/** An indicator's fieldset, found by its name (its legend). */
export function indicatorGroup(page: Page, name: string | RegExp): Locator {
  return page.getByRole('group', { name });
}
