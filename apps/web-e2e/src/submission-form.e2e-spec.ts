import { request, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { baseUrl, openPagePerTest, saveScreenshot } from './support/browser';
import { demoPeriods } from './support/demo-periods';
import { expectShown, graphql } from './support/graphql';
import { expectNoSidewaysScroll } from './support/layout';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, logIn } from './support/session';
import { indicatorGroup } from './support/submission-form';

/*
 * The coordinator's form (issue 17): what a ratio's numerator and denominator count, an error that
 * leaves the inputs in place and shows no computed value, the office's own history one click away, and
 * a confirmation before submitting. Offices 4 (at 1366x900) and 6 (at 390x844), which no other journey
 * uses: in the demo they have handed the open quarter in (4 submitted, 6 approved), so the journey first
 * has the lead give it back for correction (through the API, one sign-in per file), then submits it
 * again; it works from whatever state an earlier run left.
 */
const ON_TIME = /^Odsetek spraw załatwionych w terminie ustawowym/;
const ON_TIME_CODE = 'CASES_ON_TIME_PCT';
const SUBMIT = 'Prześlij do zatwierdzenia';
const DIALOG = 'Przesłać sprawozdanie do zatwierdzenia?';
const STATUS_SHOWN: Record<string, string> = {
  NONE: 'nie rozpoczęto',
  DRAFT: 'w przygotowaniu',
  SUBMITTED: 'przesłane',
  RETURNED: 'zwrócone do poprawy',
  APPROVED: 'zatwierdzone',
};

interface FormAnswer {
  submissionForm: {
    lines: Array<{ indicator: { code: string; isRatio: boolean; numeratorLabel: string | null; denominatorLabel: string | null } }>;
    submission: {
      status: string;
      values: Array<{ indicator: { code: string }; value: number | null; numerator: number | null; denominator: number | null }>;
    } | null;
  };
}
const FORM = `query($o: ID!, $p: ID!) { submissionForm(officeId: $o, periodId: $p) {
  lines { indicator { code isRatio numeratorLabel denominatorLabel } }
  submission { status values { indicator { code } value numerator denominator } } } }`;

/** The demo programme's id, the open quarter's id and the office of a coordinator, as the coordinator's session sees them. */
async function formIds(context: BrowserContext, openQuarter: string) {
  const { me } = await graphql<{ me: { roles: Array<{ role: string; office: { id: string } | null; programme: { id: string } | null }> } }>(
    context,
    '{ me { roles { role office { id } programme { id } } } }',
  );
  const role = me.roles.find((grant) => grant.role === 'OFFICE_COORDINATOR');
  const programmeId = role?.programme?.id as string;
  const { programme } = await graphql<{ programme: { periods: Array<{ id: string; label: string }> } }>(
    context,
    'query($id: ID!) { programme(id: $id) { periods { id label } } }',
    { id: programmeId },
  );
  const periodId = programme.periods.find((period) => period.label === openQuarter)?.id as string;
  return { programmeId, officeId: role?.office?.id as string, periodId };
}

/** The lead gives the office's submission back for correction (returned, or reopened once approved), whatever its state. */
async function giveBack(officeId: string, periodId: string): Promise<void> {
  const api = await request.newContext({ baseURL: baseUrl() });
  try {
    const ask = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
      const body = (await (await api.post('/graphql', { data: { query, variables } })).json()) as { data?: T; errors?: unknown };
      if (!body.data || body.errors) throw new Error(`GraphQL refused: ${JSON.stringify(body.errors)}`);
      return body.data;
    };
    await ask('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', { e: DEMO_ACCOUNTS.lead, p: DEMO_PASSWORD });
    const { submission } = await ask<{ submission: { id: string; status: string; version: number } | null }>(
      'query($o: ID!, $p: ID!) { submission(officeId: $o, periodId: $p) { id status version } }',
      { o: officeId, p: periodId },
    );
    const reason = 'Sprawdźcie proszę odsetek spraw załatwionych w terminie.';
    if (submission?.status === 'SUBMITTED') {
      await ask(
        'mutation($s: ID!, $r: String!, $v: Int) { returnSubmission(submissionId: $s, reason: $r, expectedVersion: $v) { status } }',
        {
          s: submission.id,
          r: reason,
          v: submission.version,
        },
      );
    } else if (submission?.status === 'APPROVED') {
      await ask('mutation($s: ID!, $r: String!) { reopenSubmission(submissionId: $s, reason: $r) { status } }', {
        s: submission.id,
        r: reason,
      });
    }
  } finally {
    await api.dispose();
  }
}

/** Signs the office's coordinator in, has its open quarter given back, and opens the form. */
async function openGivenBackForm(page: Page, context: BrowserContext, office: number) {
  const { openQuarter } = await demoPeriods();
  await logIn(page, DEMO_ACCOUNTS.coordinator(office));
  const ids = await formIds(context, openQuarter);
  await giveBack(ids.officeId, ids.periodId);
  await page.goto(`${baseUrl()}/programmes/${ids.programmeId}/offices/${ids.officeId}/periods/${ids.periodId}`);
  await page.getByRole('heading', { level: 1, name: `Sprawozdanie za okres ${openQuarter}`, exact: true }).waitFor();
  await page.locator('fieldset.indicator').first().waitFor();
  return { ...ids, openQuarter };
}

/** The texts an input's aria-describedby points at, in order. */
function descriptions(input: Locator): Promise<string[]> {
  return input.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? `(missing #${id})`),
  );
}

/**
 * Every ratio indicator shows what its numerator and its denominator count, in Polish, as the API has
 * it, visible and tied to the input as its description; the input's name stays "Licznik"/"Mianownik".
 */
async function expectDefinitions(page: Page, form: FormAnswer['submissionForm']): Promise<void> {
  const ratios = form.lines.filter(({ indicator }) => indicator.isRatio);
  expect(ratios.length).toBeGreaterThan(5);
  for (const { indicator } of ratios) {
    for (const [part, label, text] of [
      ['numerator', 'Licznik', indicator.numeratorLabel],
      ['denominator', 'Mianownik', indicator.denominatorLabel],
    ] as const) {
      expect(text?.trim()).toBeTruthy();
      const input = page.locator(`#indicator-${indicator.code}-${part}`);
      expect(await input.evaluate((element) => (element as HTMLInputElement).labels?.[0]?.textContent)).toBe(label);
      expect((await descriptions(input))[0]).toBe(text);
      expect(await page.locator(`#indicator-${indicator.code}-${part}-definition`).isVisible()).toBe(true);
    }
  }
}

/** Types a numerator above its denominator: the error shows, both inputs stay where they were, and no value is computed. */
async function expectErrorInPlace(page: Page): Promise<void> {
  const onTime = indicatorGroup(page, ON_TIME);
  const numerator = onTime.getByLabel('Licznik', { exact: true });
  const denominator = onTime.getByLabel('Mianownik', { exact: true });
  // Where each input sits in its indicator's box (the page above may change: the save status gains a line).
  const boxes = () =>
    onTime.evaluate((fieldset, code) => {
      const frame = fieldset.getBoundingClientRect();
      const box = (part: string) => {
        const { x, y, width, height } = document.getElementById(`indicator-${code}-${part}`)!.getBoundingClientRect();
        return { x: x - frame.x, y: y - frame.y, width, height };
      };
      return { numerator: box('numerator'), denominator: box('denominator') };
    }, ON_TIME_CODE);
  const before = await boxes();
  await numerator.fill('125');
  await denominator.fill('100');
  await denominator.press('Tab');
  const error = onTime.locator(`#indicator-${ON_TIME_CODE}-numerator-error`);
  await error.waitFor();
  expect(await error.textContent()).toMatch(/licznik \(125\) nie może być większy niż mianownik \(100\)/);
  expect(await numerator.getAttribute('aria-invalid')).toBe('true');
  expect(await descriptions(numerator)).toContain(await error.textContent());
  expect(await boxes()).toEqual(before);
  // No computed value for an entry that cannot be saved.
  expect(await onTime.locator('output').textContent()).toBe('Wartość wyliczona: brak – wpis jest błędny i nie zostanie zapisany.');
  expect(await onTime.textContent()).not.toContain('125 %');
}

/** Types the saved parts back: the entry is what is saved again, with its computed value. */
async function restoreSaved(page: Page, saved: { numerator: number | null; denominator: number | null; value: number | null }) {
  const onTime = indicatorGroup(page, ON_TIME);
  const typed = (n: number | null) => String(n).replace('.', ',');
  await onTime.getByLabel('Licznik', { exact: true }).fill(typed(saved.numerator));
  await onTime.getByLabel('Mianownik', { exact: true }).fill(typed(saved.denominator));
  await onTime.getByLabel('Mianownik', { exact: true }).press('Tab');
  await onTime.locator(`#indicator-${ON_TIME_CODE}-numerator-error`).waitFor({ state: 'detached' });
  expectShown((await onTime.locator('output').textContent()) ?? '', saved.value as number);
  await page
    .locator('.save-status [role="status"]')
    .getByText(/^Brak niezapisanych zmian\.|^Ostatni zapis|^Zapisano/)
    .waitFor();
}

/** Opens the on-time indicator's history: the office's own entries of earlier quarters, as the API gives them. */
async function expectHistory(page: Page, context: BrowserContext, ids: { officeId: string; periodId: string }): Promise<void> {
  const onTime = indicatorGroup(page, ON_TIME);
  await onTime.locator('summary', { hasText: 'Historia wskaźnika' }).click();
  const table = page.getByRole('table', { name: /^Historia: Odsetek spraw załatwionych w terminie ustawowym/ });
  await table.waitFor();
  const { indicatorHistory } = await graphql<{
    indicatorHistory: Array<{ period: { label: string }; status: string | null; value: number | null }>;
  }>(
    context,
    'query($o: ID!, $p: ID!, $c: String!) { indicatorHistory(officeId: $o, periodId: $p, indicatorCode: $c) { period { label } status value } }',
    {
      o: ids.officeId,
      p: ids.periodId,
      c: ON_TIME_CODE,
    },
  );
  expect(indicatorHistory.length).toBeGreaterThanOrEqual(3);
  const rows = table.locator('tbody tr');
  expect(await rows.count()).toBe(indicatorHistory.length);
  for (const [index, point] of indicatorHistory.entries()) {
    const row = rows.nth(index);
    expect(await row.locator('th').textContent()).toBe(point.period.label);
    const cells = await row.locator('td').allTextContents();
    expectShown(cells[0] as string, point.value as number);
    expect(cells.at(-1)).toBe(STATUS_SHOWN[point.status ?? 'NONE']);
  }
  expect(indicatorHistory[0]?.status).toBe('APPROVED');
}

/** The confirmation: a modal dialog that takes the focus and says what submitting means and how much is filled in. */
async function openConfirmation(page: Page, filled: number, total: number): Promise<Locator> {
  await page.getByRole('button', { name: SUBMIT, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: DIALOG, exact: true });
  await dialog.waitFor();
  expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Wróć do formularza');
  await dialog
    .getByText('Po przekazaniu do lidera programu nie zmienisz wartości, chyba że lider zwróci sprawozdanie do poprawy.', { exact: true })
    .waitFor();
  await dialog.getByText(`Wypełniono ${filled} z ${total} wskaźników.`, { exact: true }).waitFor();
  return dialog;
}

const filledOf = (form: FormAnswer['submissionForm']) => {
  const codes = new Set(form.lines.map(({ indicator }) => indicator.code));
  return (form.submission?.values ?? []).filter(({ indicator, value }) => codes.has(indicator.code) && value !== null).length;
};

describe('the submission form at a desk', () => {
  let context: BrowserContext;
  let page: Page;
  openPagePerTest({ width: 1366, height: 900 }, (opened) => ({ context, page } = opened));

  it('defines every numerator and denominator, keeps the inputs in place under an error with no value computed, shows the history, and asks before submitting', async () => {
    const ids = await openGivenBackForm(page, context, 4);
    const form = (await graphql<FormAnswer>(context, FORM, { o: ids.officeId, p: ids.periodId })).submissionForm;
    expect(form.submission?.status).toBe('RETURNED');
    await expectDefinitions(page, form);
    await indicatorGroup(page, ON_TIME).getByText('sprawy załatwione w terminie', { exact: true }).waitFor();

    await expectErrorInPlace(page);
    await indicatorGroup(page, ON_TIME).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'submission-form-error-1366', { fullPage: false });
    expect(await axeViolations(page)).toEqual([]);
    const saved = form.submission?.values.find(({ indicator }) => indicator.code === ON_TIME_CODE);
    if (!saved) throw new Error('Office 4 has no saved on-time value');
    await restoreSaved(page, saved);

    await expectHistory(page, context, ids);
    await indicatorGroup(page, ON_TIME).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'submission-form-history-1366', { fullPage: false });
    expect(await axeViolations(page)).toEqual([]);
    await expectNoSidewaysScroll(page);

    // Asked first: Escape and "Wróć do formularza" both cancel, and the form stays as it was.
    const filled = filledOf(form);
    const total = form.lines.length;
    let dialog = await openConfirmation(page, filled, total);
    if (filled < total) await dialog.getByText(/^Bez wartości: \d+ wskaźnik/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'submission-form-confirm-1366', { fullPage: false });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(SUBMIT);
    dialog = await openConfirmation(page, filled, total);
    await dialog.getByRole('button', { name: 'Wróć do formularza', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await graphql<FormAnswer>(context, FORM, { o: ids.officeId, p: ids.periodId })).submissionForm.submission?.status).toBe(
      'RETURNED',
    );
    expect(await indicatorGroup(page, ON_TIME).getByLabel('Licznik', { exact: true }).isEditable()).toBe(true);

    // Confirmed: the submission goes to the lead.
    dialog = await openConfirmation(page, filled, total);
    await dialog.getByRole('button', { name: 'Tak, prześlij', exact: true }).click();
    await page.getByRole('status').getByText('Przesłano sprawozdanie do zatwierdzenia.', { exact: true }).waitFor();
    expect((await graphql<FormAnswer>(context, FORM, { o: ids.officeId, p: ids.periodId })).submissionForm.submission?.status).toBe(
      'SUBMITTED',
    );
  });
});

describe('the submission form on a phone', () => {
  let context: BrowserContext;
  let page: Page;
  openPagePerTest({ width: 390, height: 844 }, (opened) => ({ context, page } = opened));

  it('shows the definitions, an error and the history within 390 pixels, axe-clean, and asks before submitting', async () => {
    const ids = await openGivenBackForm(page, context, 6);
    const form = (await graphql<FormAnswer>(context, FORM, { o: ids.officeId, p: ids.periodId })).submissionForm;
    await expectDefinitions(page, form);
    const wide = await page.locator('fieldset.indicator').evaluateAll((sets) =>
      sets
        .flatMap((set) => Array.from(set.querySelectorAll('input, .field__definition')))
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth)
        .map((el) => el.id),
    );
    expect(wide).toEqual([]);
    await expectNoSidewaysScroll(page);
    expect(await axeViolations(page)).toEqual([]);

    await expectErrorInPlace(page);
    await indicatorGroup(page, ON_TIME).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'submission-form-error-390', { fullPage: false });
    await expectNoSidewaysScroll(page);
    expect(await axeViolations(page)).toEqual([]);
    const saved = form.submission?.values.find(({ indicator }) => indicator.code === ON_TIME_CODE);
    if (!saved) throw new Error('Office 6 has no saved on-time value');
    await restoreSaved(page, saved);

    await expectHistory(page, context, ids);
    await indicatorGroup(page, ON_TIME).locator('.indicator__history').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'submission-form-history-390', { fullPage: false });
    await expectNoSidewaysScroll(page);
    expect(await axeViolations(page)).toEqual([]);

    const dialog = await openConfirmation(page, filledOf(form), form.lines.length);
    await expectNoSidewaysScroll(page);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'submission-form-confirm-390', { fullPage: false });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect((await graphql<FormAnswer>(context, FORM, { o: ids.officeId, p: ids.periodId })).submissionForm.submission?.status).toBe(
      'RETURNED',
    );

    await (
      await openConfirmation(page, filledOf(form), form.lines.length)
    )
      .getByRole('button', { name: 'Tak, prześlij', exact: true })
      .click();
    await page.getByRole('status').getByText('Przesłano sprawozdanie do zatwierdzenia.', { exact: true }).waitFor();
  });
});
