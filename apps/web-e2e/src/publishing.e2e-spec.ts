import { request, type APIRequestContext, type Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { baseUrl, openPagePerTest, saveScreenshot } from './support/browser';
import { demoPeriods } from './support/demo-periods';
import { expectNoSidewaysScroll } from './support/layout';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, logIn } from './support/session';

/*
 * Publishing that guides (issue 15). The lead publishes a past quarter again after seeing what offices
 * would see; then one office corrects a value in a published cell (the lead reopens its approved
 * submission, the office saves and hands it in, the lead approves), and the next publication is refused
 * with one sentence saying why and what the lead can do, the blocking cells folded away.
 *
 * The oldest released quarter is used (found at run time); the benchmark journey re-releases the latest
 * one, unchanged, and must stay allowed. Office 24's coordinator takes part in no other journey.
 */
const OFFICE = 24;

async function graphql<T>(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = (await (await api.post(`${baseUrl()}/graphql`, { data: { query, variables } })).json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL refused: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A signed-in API client of its own (cookies kept per context). */
async function apiAs(email: string): Promise<APIRequestContext> {
  const api = await request.newContext();
  await graphql(api, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', { e: email, p: DEMO_PASSWORD });
  return api;
}

interface Submission {
  id: string;
  version: number;
  status: string;
  values: Array<{ value: number | null; numerator: number | null; indicator: { code: string } }>;
}
const SUBMISSION = `id version status values { value numerator indicator { code } }`;

/**
 * One office corrects a value in the released quarter through the workflow: reopened, saved, handed
 * in, approved. `lead` is the signed-in lead's page context (no second sign-in of the demo lead).
 */
async function correctOneValue(lead: APIRequestContext, quarter: string): Promise<void> {
  const office = await apiAs(DEMO_ACCOUNTS.coordinator(OFFICE));
  try {
    const { me } = await graphql<{ me: { roles: Array<{ office: { id: string } | null; programme: { id: string } | null }> } }>(
      office,
      '{ me { roles { office { id } programme { id } } } }',
    );
    const grant = me.roles.find((r) => r.office && r.programme)!;
    const { programmes } = await graphql<{ programmes: Array<{ id: string; periods: Array<{ id: string; label: string }> }> }>(
      lead,
      '{ programmes { id periods { id label } } }',
    );
    const periodId = programmes.find((p) => p.id === grant.programme!.id)!.periods.find((p) => p.label === quarter)!.id;
    const ids = { o: grant.office!.id, p: periodId };
    const read = async () =>
      (
        await graphql<{ submission: Submission }>(
          office,
          `query($o: ID!, $p: ID!) { submission(officeId: $o, periodId: $p) { ${SUBMISSION} } }`,
          ids,
        )
      ).submission;
    const approved = await read();
    expect(approved.status).toBe('APPROVED');
    const until = new Date(Date.now() + 86_400_000).toISOString();
    await graphql(lead, 'mutation($p: ID!, $u: DateTime!) { reopenPeriod(periodId: $p, reason: "Korekta urzędu", until: $u) { id } }', {
      p: periodId,
      u: until,
    });
    await graphql(lead, 'mutation($s: ID!) { reopenSubmission(submissionId: $s, reason: "Korekta wartości") { id } }', { s: approved.id });
    const draft = await read();
    const entry = draft.values.find((v) => v.value !== null && v.numerator === null)!;
    await graphql(
      office,
      `
        mutation ($i: SaveValuesInput!) {
          saveValues(input: $i) {
            id
          }
        }
      `,
      {
        i: {
          officeId: ids.o,
          periodId,
          expectedVersion: draft.version,
          values: [{ indicatorCode: entry.indicator.code, value: entry.value! + 1 }],
        },
      },
    );
    const saved = await read();
    await graphql(office, 'mutation($s: ID!, $v: Int!) { submitSubmission(submissionId: $s, expectedVersion: $v) { id } }', {
      s: saved.id,
      v: saved.version,
    });
    const submitted = await read();
    await graphql(lead, 'mutation($s: ID!, $v: Int) { approveSubmission(submissionId: $s, expectedVersion: $v) { id } }', {
      s: submitted.id,
      v: submitted.version,
    });
    expect((await read()).status).toBe('APPROVED');
  } finally {
    await office.dispose();
  }
}

describe('publishing: what offices will see, and a refused re-publication with its advice', () => {
  let page: Page;
  openPagePerTest({ width: 1366, height: 900 }, (opened) => ({ page } = opened));

  it('previews and publishes a past quarter, then refuses to publish it again after one office’s correction, saying what to do', async () => {
    const quarter = (await demoPeriods()).releasedQuarters[0];
    await logIn(page, DEMO_ACCOUNTS.lead);
    const nav = page.getByRole('navigation', { name: 'Nawigacja główna' });
    const openResults = async () => {
      await nav.getByRole('link', { name: 'Wyniki urzędów', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Wyniki urzędów', exact: true }).waitFor();
      await page.getByLabel('Okres', { exact: true }).selectOption({ label: quarter });
    };
    await openResults();

    // Before publishing: what offices would see, counted by the release itself, and a confirmation.
    await page.getByRole('button', { name: `Opublikuj wyniki okresu ${quarter}`, exact: true }).click();
    const preview = page.getByRole('heading', { level: 3, name: `Co zobaczą urzędy po publikacji okresu ${quarter}`, exact: true });
    await preview.waitFor();
    const summary = page.locator('.release__preview');
    expect(await summary.textContent()).toMatch(/\d+ komór(ka|ki|ek) pokaż(e|ą) wyniki\./);
    expect(await summary.textContent()).toContain('To ponowna publikacja');
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'publishing-preview');
    await page.getByRole('button', { name: 'Tak, opublikuj', exact: true }).click();
    await page.getByRole('status').getByText(`Opublikowano wyniki okresu ${quarter}.`, { exact: true }).waitFor();

    // One office corrects one value of the published quarter; the lead approves it.
    await correctOneValue(page.context().request, quarter);

    // Publishing again is refused before the confirmation: one sentence with the advice, the cells folded away.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Wyniki urzędów', exact: true }).waitFor();
    await page.getByLabel('Okres', { exact: true }).selectOption({ label: quarter });
    await page.getByRole('button', { name: `Opublikuj wyniki okresu ${quarter}`, exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Nie można teraz ponownie opublikować wyników' });
    await alert.waitFor();
    const sentence = (await alert.locator('p').first().textContent()) ?? '';
    expect(sentence).toMatch(/^Nie można teraz ponownie opublikować wyników: w \d+ komór(ce|kach), któr(ą|e) urzędy już widziały/);
    expect(sentence).toContain('zatwierdź sprawozdania kolejnych urzędów');
    expect(sentence).toContain('albo opublikuj wyniki później.');
    expect(await page.getByRole('button', { name: 'Tak, opublikuj', exact: true }).count()).toBe(0);
    const cells = alert.locator('details');
    expect(await cells.getAttribute('open')).toBeNull();
    expect(await alert.getByRole('listitem').first().isVisible()).toBe(false);
    await alert.getByText(/^Pokaż komórk(ę|i), któr(a|e) blokuj(e|ą) publikację \(\d+\)$/).click();
    expect(await alert.getByRole('listitem').first().textContent()).toMatch(/grupa „.+”: zmiana u 1 urzędu$/);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, 'publishing-refused-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(page)).toEqual([]);
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, 'publishing-refused-390');
  });
});
