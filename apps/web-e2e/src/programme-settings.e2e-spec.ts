import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { baseUrl, openPagePerTest, saveScreenshot } from './support/browser';
import { expectNoSidewaysScroll } from './support/layout';
import { DEMO_ACCOUNTS, logIn } from './support/session';
import { mainNavigation } from './support/menu';
import { rowTexts } from './support/tables';

/**
 * The lead's programme settings: a quarter created, locked and reopened; a target in percentage points
 * and an office's progress to it; a custom group refused with its reason while choosing, then one
 * accepted, created and deleted. The journeys share one product with the others, so what they make is
 * their own (a quarter of 2093, a target the demo does not have, a group they delete) and they undo it.
 */

const QUARTER = '2093-Q2';
const INDICATOR = 'Odsetek spraw załatwionych w terminie ustawowym';
const GROUP = 'Urzędy Małopolski (próba)';

/** Logs the lead in and opens the settings from the navigation; returns the settings' path. */
async function openSettings(page: Page): Promise<string> {
  await logIn(page, DEMO_ACCOUNTS.lead);
  await (await mainNavigation(page)).getByRole('link', { name: 'Ustawienia programu', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Okresy – Ustawienia programu', exact: true }).waitFor();
  return new URL(page.url()).pathname;
}

/** Opens a section from the settings' own navigation and waits for its heading. */
async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Sekcje ustawień' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: `${name} – Ustawienia programu`, exact: true }).waitFor();
}

/** The API's answer to a query, asked in the page's session (the lead's). */
async function graphql<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await page.request.post(`${baseUrl()}/graphql`, { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

const programmeIdOf = (settingsPath: string) => decodeURIComponent(settingsPath.split('/')[2] ?? '');

/** A calendar day `days` from today, as the date inputs take it. */
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function expectCleanPage(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  await expectNoSidewaysScroll(page);
}

describe('programme settings: the lead’s periods, targets and peer groups', () => {
  let page: Page;
  openPagePerTest({ width: 1366, height: 900 }, (opened) => ({ page } = opened));

  it('creates a quarter, locks it and reopens it with a reason until a day, the state checked in the table and the API', async () => {
    const settingsPath = await openSettings(page);
    // The main navigation marks the settings as the current page on its sections too.
    const navLink = page
      .getByRole('navigation', { name: 'Nawigacja główna' })
      .getByRole('link', { name: 'Ustawienia programu', exact: true });
    expect(await navLink.getAttribute('aria-current')).toBe('page');
    await openSection(page, 'Cele');
    await openSection(page, 'Okresy');
    expect(await navLink.getAttribute('aria-current')).toBe('page');

    // The kind and the first day suggest the rest.
    const form = page.getByRole('form', { name: 'Nowy okres' });
    await form.getByLabel('Pierwszy dzień').fill('2093-05-10');
    expect(await form.getByLabel('Okres', { exact: true }).inputValue()).toBe(QUARTER);
    expect(await form.getByLabel('Pierwszy dzień').inputValue()).toBe('2093-04-01');
    expect(await form.getByLabel('Ostatni dzień').inputValue()).toBe('2093-06-30');
    expect(await form.getByLabel('Otwarcie wprowadzania').inputValue()).toBe('2093-07-01');
    expect(await form.getByLabel('Termin przesłania (do końca dnia)').inputValue()).toBe('2093-07-21');
    await form.getByRole('button', { name: 'Dodaj okres' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Dodano okres ${QUARTER}.` })
      .waitFor();

    const table = page.getByRole('table', { name: 'Okresy programu' });
    const row = async () => (await rowTexts(table)).find(([label]) => label === QUARTER) ?? [];
    // Not open until its first day of entry; not released, and when the automatic release will come (deadline + 14 days).
    expect((await row()).slice(0, 6)).toEqual([
      QUARTER,
      'kwartał',
      '1 kwietnia 2093 – 30 czerwca 2093',
      '21 lipca 2093',
      'jeszcze nieotwarty, otwarcie 1 lipca 2093',
      'nieopublikowany; publikacja automatyczna 4 sierpnia 2093',
    ]);
    await expectCleanPage(page);
    await saveScreenshot(page, 'settings-periods', { forDocs: true });

    // Locking is asked once more; the news takes the focus (the lock button is gone).
    await page.getByRole('button', { name: `Zamknij okres ${QUARTER}`, exact: true }).click();
    await page.getByText(`Zamknąć ${QUARTER}? Urzędy nie będą mogły zapisywać ani przesyłać danych.`).waitFor();
    await page.getByRole('button', { name: 'Tak, zamknij', exact: true }).click();
    const locked = page.getByRole('status').filter({ hasText: `Okres ${QUARTER} jest zamknięty.` });
    await locked.waitFor();
    expect(await locked.evaluate((element) => element === document.activeElement)).toBe(true);
    expect((await row())[4]).toBe('zamknięty');
    expect(await page.getByRole('button', { name: `Zamknij okres ${QUARTER}`, exact: true }).count()).toBe(0);

    // Reopening needs a reason and a day from today on.
    await page.getByRole('button', { name: `Otwórz ponownie okres ${QUARTER}`, exact: true }).click();
    const reopen = page.getByRole('form', { name: `Ponowne otwarcie okresu ${QUARTER}` });
    await reopen.getByRole('button', { name: 'Otwórz okres' }).click();
    await reopen.getByText('Uzupełnij to pole.').first().waitFor();
    expect(await reopen.getByLabel('Powód').getAttribute('aria-invalid')).toBe('true');
    await reopen.getByLabel('Otwarty do (włącznie)').fill(dayFromToday(-3));
    await reopen.getByLabel('Powód').fill('Korekta danych urzędu po kontroli (próba)');
    await reopen.getByRole('button', { name: 'Otwórz okres' }).click();
    await reopen.getByText('Wybierz dzień od dziś wzwyż.').first().waitFor();
    const until = dayFromToday(10);
    await reopen.getByLabel('Otwarty do (włącznie)').fill(until);
    await reopen.getByRole('button', { name: 'Otwórz okres' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: new RegExp(`^Okres ${QUARTER} jest otwarty do \\d{1,2} \\S+ \\d{4}\\.$`) })
      .waitFor();
    expect(await reopen.count()).toBe(0);
    // Its first day of entry is still ahead, so it is not open yet; the lock moved to the end of the chosen day.
    expect((await row())[4]).toBe('jeszcze nieotwarty, otwarcie 1 lipca 2093');
    const { programme } = await graphql<{ programme: { periods: Array<{ label: string; lockedAt: string; state: string }> } }>(
      page,
      'query($id: ID!) { programme(id: $id) { periods { label lockedAt state } } }',
      { id: programmeIdOf(settingsPath) },
    );
    expect(programme.periods.find(({ label }) => label === QUARTER)).toEqual({
      label: QUARTER,
      lockedAt: `${until}T23:59:59.000Z`,
      state: 'NOT_OPEN',
    });
    await page.goto(`${page.url().replace(/\/settings.*$/, '/settings/periods')}`);
    await table.waitFor();
    await expectCleanPage(page);
  });

  it('sets a change target in percentage points and shows an office’s progress to it, then removes it', async () => {
    await openSettings(page);
    await openSection(page, 'Cele');
    const form = page.getByRole('form', { name: 'Nowy cel' });
    await form.getByLabel('Wskaźnik').selectOption({ label: INDICATOR });
    await form.getByLabel('Rodzaj celu').selectOption({ label: 'zmiana od wartości bazowej' });
    // The value of a change of a percentage is in percentage points.
    const value = form.getByLabel('Wartość (p.p.)');
    await value.waitFor();
    expect(await form.textContent()).toContain('punkty procentowe');
    await value.fill('5');
    await form.getByLabel('Termin (nieobowiązkowy)').fill('2093-12-31');
    await expectCleanPage(page);
    await saveScreenshot(page, 'settings-targets', { forDocs: true });
    await value.fill('pięć');
    await form.getByRole('button', { name: 'Zapisz cel' }).click();
    await form.getByText('Podaj liczbę, np. 12,5 albo −3.').first().waitFor();
    expect(await value.getAttribute('aria-invalid')).toBe('true');
    await value.fill('5');
    await form.getByRole('button', { name: 'Zapisz cel' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Zapisano cel: ${INDICATOR}.` })
      .waitFor();
    const targets = await rowTexts(page.getByRole('table', { name: 'Cele programu' }));
    expect(targets.find(([name]) => name === INDICATOR)?.slice(0, 4)).toEqual([
      INDICATOR,
      'zmiana od wartości bazowej',
      '+5 p.p.',
      '31 grudnia 2093',
    ]);

    // The offices' progress to it, on the targets page: every office, each change and goal in p.p.
    await page.getByRole('link', { name: 'Postęp urzędów do celów', exact: true }).click();
    const section = page.getByRole('region', { name: INDICATOR, exact: true });
    await section.waitFor();
    expect(await section.textContent()).toContain('Cel: zmiana o +5 p.p. od wartości bazowej urzędu');
    const progress = await rowTexts(section.getByRole('table', { name: `${INDICATOR}: postęp urzędów`, exact: true }));
    expect(progress).toHaveLength(26);
    const measured = progress.filter(([, , , , , status]) => status !== '– brak danych');
    expect(measured.length).toBeGreaterThan(0);
    for (const [office, baseline, latest, change, goal] of measured) {
      expect(office).toMatch(/^(Urząd|Starostwo)/);
      expect(baseline).toMatch(/ %/);
      expect(latest).toMatch(/ %/);
      expect(change).toMatch(/^(\+|-|−)?[\d,]+ p\.p\.$/);
      expect(goal).toMatch(/^\+5 p\.p\. \(do [\d,]+ %\)$/);
    }
    expect(await axeViolations(page)).toEqual([]);

    // Removed again (asked once more): the other journeys see the demo's targets only.
    await page.goBack();
    const remove = page.getByRole('button', { name: `Usuń cel: ${INDICATOR}`, exact: true });
    await remove.click();
    await page.getByRole('button', { name: 'Tak, usuń', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Usunięto cel: ${INDICATOR}.` })
      .waitFor();
    expect(await remove.count()).toBe(0);
  });

  it('says while choosing why a custom group would be refused, creates one that is accepted and deletes it', async () => {
    await openSettings(page);
    await openSection(page, 'Grupy porównawcze');
    const form = page.getByRole('form', { name: 'Nowa grupa' });
    const check = page.getByTestId('group-check');
    expect(await check.textContent()).toContain('Wybrano 0 urzędów.');

    // The town offices but one: one office away from the standard group "Gminy miejskie", refused with why.
    await form.getByLabel('Rodzaj urzędu').selectOption({ label: 'gmina miejska' });
    await form.getByRole('button', { name: 'Zaznacz widoczne' }).click();
    await check.getByText('Taką grupę można utworzyć.').waitFor();
    expect(await check.textContent()).toContain('Wybrano 9 urzędów.');
    await form.getByLabel('Urząd Miejski Wałbrzych (gmina miejska, dolnośląskie)').uncheck();
    await check.getByText('Takiej grupy nie można utworzyć.').waitFor();
    const reason =
      'Grupa różni się od grupy „Gminy miejskie” o 1 urząd. Różnica musi obejmować co najmniej 6 urzędów, inaczej porównanie obu grup ujawniałoby wartości pojedynczych urzędów.';
    expect(await check.textContent()).toContain('Wybrano 8 urzędów.');
    expect(await check.textContent()).toContain(reason);
    await expectCleanPage(page);
    await saveScreenshot(page, 'settings-peer-groups', { forDocs: true });
    // Sent anyway, the same reason stands at the members.
    await form.getByLabel('Nazwa grupy').fill(GROUP);
    await form.getByRole('button', { name: 'Utwórz grupę' }).click();
    await page.getByRole('link', { name: reason }).waitFor();
    expect(await page.getByRole('row', { name: new RegExp(GROUP.replace(/[()]/g, '\\$&')) }).count()).toBe(0);

    // When the check fails (a server error, which is not retried), it says so and asks again on request.
    let failOnce = true;
    await page.route('**/graphql', async (route) => {
      if (failOnce && route.request().postData()?.includes('PeerGroupCheck')) {
        failOnce = false;
        await route.fulfill({
          status: 500,
          json: { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
        });
      } else {
        await route.continue();
      }
    });
    await form.getByRole('button', { name: 'Wyczyść wybór' }).click();
    await form.getByLabel('Rodzaj urzędu').selectOption({ label: 'wszystkie rodzaje' });
    await form.getByLabel('Szukaj urzędu (nazwa lub województwo)').fill('małopolskie');
    await form.getByRole('button', { name: 'Zaznacz widoczne' }).click();
    await check.getByText('Nie udało się sprawdzić grupy. Wybór został zachowany.').waitFor();
    await check.getByRole('button', { name: 'Sprawdź ponownie' }).click();

    // The nine offices of Małopolska: accepted, created, listed with a delete button.
    await check.getByText('Taką grupę można utworzyć.').waitFor();
    expect(await check.textContent()).toContain('Wybrano 9 urzędów.');
    await form.getByRole('button', { name: 'Utwórz grupę' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Utworzono grupę ${GROUP}.` })
      .waitFor();
    const groups = page.getByRole('table', { name: 'Grupy porównawcze programu' });
    expect((await rowTexts(groups)).find(([name]) => name === GROUP)?.slice(0, 3)).toEqual([GROUP, 'grupa lidera', '9 urzędów']);
    expect(await check.textContent()).toContain('Wybrano 0 urzędów.');
    await expectCleanPage(page);

    await page.getByRole('button', { name: `Usuń grupę ${GROUP}`, exact: true }).click();
    await page.getByRole('button', { name: 'Tak, usuń', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Usunięto grupę ${GROUP}.` })
      .waitFor();
    expect((await rowTexts(groups)).map(([name]) => name)).not.toContain(GROUP);
  });

  it('shows the anonymity threshold with what it means', async () => {
    await openSettings(page);
    await openSection(page, 'Próg anonimowości');
    await page.getByRole('heading', { name: 'Próg anonimowości programu: k = 5' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('co najmniej 6 urzędów (k + 1)');
    await expectCleanPage(page);
  });
});

describe('programme settings on a phone', () => {
  let page: Page;
  openPagePerTest({ width: 390, height: 844 }, (opened) => ({ page } = opened));

  it('fits 390 pixels without sideways scroll and stays axe-clean in every section', async () => {
    await openSettings(page);
    await expectCleanPage(page);
    // The table scrolls inside its own region, the page does not.
    await page
      .getByRole('heading', { level: 2, name: 'Okresy', exact: true })
      .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, 'settings-periods-phone', { forDocs: true, fullPage: false });
    for (const name of ['Cele', 'Grupy porównawcze', 'Próg anonimowości']) {
      await openSection(page, name);
      await expectCleanPage(page);
    }
  });
});
