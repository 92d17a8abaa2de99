import type { Browser, Locator, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { openPagePerTest, saveScreenshot } from './support/browser';
import { demoPeriods } from './support/demo-periods';
import { expectShown, graphql } from './support/graphql';
import { expectNoSidewaysScroll } from './support/layout';
import { mainNavigation } from './support/menu';
import { DEMO_ACCOUNTS, logIn } from './support/session';
import { rowTexts } from './support/tables';

/**
 * A whole CAF self-assessment of demo office 8 (writes: it opens the cycle of the open CAF period, which
 * no other journey touches): the coordinator opens it with the office's two assessors, each scores the
 * 28 sub-criteria alone, the coordinator leads the consensus, closes it and plans two actions; the radar
 * against the peers; the lead's overview. The tests run in order, each taking the cycle where the one
 * before left it.
 */
const OFFICE = 8;
const assessor = (member: 1 | 2) => `assessor.${OFFICE}.${member}@demo.officebench.local`;

const CODES = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6'];
CODES.push('5.1', '5.2', '5.3', '6.1', '6.2', '7.1', '7.2', '8.1', '8.2', '9.1', '9.2');

/** The two assessors' scores: close on most sub-criteria, 35 points apart on every fourth (a wide spread). */
const firstScore = (index: number) => 30 + ((index * 7) % 41);
const secondScore = (index: number) => (index % 4 === 0 ? Math.min(100, firstScore(index) + 35) : firstScore(index) + 5);
const agreedScore = (index: number) => Math.round((firstScore(index) + secondScore(index)) / 2);

/** The CAF total of the agreed scores: the sum of the 9 criterion means. */
function agreedTotal(): number {
  const byCriterion = new Map<string, number[]>();
  CODES.forEach((code, index) => {
    const criterion = code.split('.')[0] as string;
    byCriterion.set(criterion, [...(byCriterion.get(criterion) ?? []), agreedScore(index)]);
  });
  return [...byCriterion.values()].reduce((sum, scores) => sum + scores.reduce((a, b) => a + b, 0) / scores.length, 0);
}

const field = (page: Page, prefix: 'mine' | 'agreed', code: string, name: string): Locator =>
  page.locator(`[id="${prefix}-${code}-${name}"]`);

async function openCafCycle(page: Page, period: string): Promise<void> {
  await (await mainNavigation(page)).getByRole('link', { name: 'Samoocena CAF', exact: true }).click();
  await page.getByRole('link', { name: `Samoocena ${period}`, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(`^Samoocena ${period}: `) }).waitFor();
}

async function checkPage(page: Page, screenshot: string): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  await expectNoSidewaysScroll(page);
  await saveScreenshot(page, screenshot);
}

/** Types the assessor's 28 scores (every field left saves), then saves what remains and waits for the 28. */
async function scoreAll(page: Page, member: 1 | 2): Promise<void> {
  const score = member === 1 ? firstScore : secondScore;
  for (const [index, code] of CODES.entries()) await field(page, 'mine', code, 'score').fill(String(score(index)));
  await field(page, 'mine', '9.2', 'evidence').fill(`Sprawozdanie roczne (asesor ${member})`);
  await page.getByRole('button', { name: 'Zapisz oceny', exact: true }).click();
  // Saved with nothing left waiting, and the group's table (the API's count) has the member's 28.
  await page.getByText(/^Zapisano \d\d:\d\d\.$/).waitFor();
  expect(await page.getByText('Ocenione: 28 z 28', { exact: true }).count()).toBe(1);
  await page
    .getByRole('table', { name: 'Zespół samooceny', exact: true })
    .locator('tr', { hasText: '(Ty)' })
    .filter({ hasText: '28 z 28' })
    .waitFor();
}

describe('a CAF self-assessment cycle (issue 19), office 8', () => {
  describe('at 1366x900 and 390x844', () => {
    let page: Page;
    let openPeriod: string;
    let previousPeriod: string;
    let browser: Browser;
    let setViewport: (size: { width: number; height: number }) => Promise<void>;
    openPagePerTest({ width: 1366, height: 900 }, (opened) => {
      ({ page, browser } = opened);
      setViewport = (size) => opened.page.setViewportSize(size);
    });

    beforeAll(async () => {
      const { cafCycles, openCafCycle: open } = await demoPeriods();
      openPeriod = open;
      previousPeriod = cafCycles.at(-1) as string;
    });

    it('lets the coordinator open a self-assessment in the open CAF period with the two assessors', async () => {
      await logIn(page, DEMO_ACCOUNTS.coordinator(OFFICE));
      await (await mainNavigation(page)).getByRole('link', { name: 'Samoocena CAF', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: /^Samoocena CAF: / }).waitFor();
      // The past cycles of the demo, closed, with their totals.
      const cycles = await rowTexts(page.getByRole('table', { name: 'Samooceny urzędu', exact: true }));
      expect(cycles.map(([period, state]) => `${period} ${state}`)).toEqual(
        expect.arrayContaining([`Samoocena ${previousPeriod} zamknięta`]),
      );
      expect(await page.getByRole('combobox', { name: 'Okres CAF', exact: true }).inputValue()).not.toBe('');
      await checkPage(page, 'caf-office-desk');

      // A third assessor joins the office: invited here, a candidate for the group at once.
      await page.getByRole('button', { name: 'Zaproś asesora', exact: true }).click();
      await page.getByText('Wpisz adres e-mail, np. jan.kowalski@urzad.gov.pl.').first().waitFor();
      await page.getByLabel('Adres e-mail', { exact: true }).fill('ewa.lis.8@demo.officebench.local');
      await page.getByLabel('Imię i nazwisko', { exact: true }).fill('Ewa Lis');
      await page.getByRole('button', { name: 'Zaproś asesora', exact: true }).click();
      await page.getByText(/^Zaproszono: Ewa Lis\./).waitFor();
      await page.getByRole('checkbox', { name: 'Ewa Lis (ewa.lis.8@demo.officebench.local)', exact: true }).waitFor();

      await page.getByRole('combobox', { name: 'Okres CAF', exact: true }).selectOption({ label: openPeriod });
      await page.getByRole('checkbox', { name: new RegExp(`\\(${assessor(1).replace(/\./g, '\\.')}\\)$`) }).check();
      await page.getByRole('checkbox', { name: new RegExp(`\\(${assessor(2).replace(/\./g, '\\.')}\\)$`) }).check();
      await page.getByRole('button', { name: 'Rozpocznij samoocenę', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(`^Samoocena ${openPeriod}: `) }).waitFor();
      const group = await rowTexts(page.getByRole('table', { name: 'Zespół samooceny', exact: true }));
      expect(group.map(([, scored]) => scored)).toEqual(['0 z 28', '0 z 28']);
      // The coordinator is not in the group: no scoring form, consensus not yet possible.
      expect(await page.locator('[id="mine-1.1-score"]').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Rozpocznij konsensus', exact: true }).isDisabled()).toBe(true);
    });

    it('lets the first assessor score the 28 alone, with the panel’s band beside each score', async () => {
      await logIn(page, assessor(1));
      // An assessor starts at its office's self-assessments and sees nothing else of the office.
      expect(new URL(page.url()).pathname).toMatch(/\/offices\/[^/]+\/caf$/);
      const navigation = await mainNavigation(page);
      expect(await navigation.getByRole('link', { name: 'Porównanie z innymi urzędami' }).count()).toBe(0);
      await openCafCycle(page, openPeriod);

      await field(page, 'mine', '1.1', 'score').fill('45');
      expect(await page.locator('[id="mine-1.1-band"]').textContent()).toMatch(/^Wykonaj/);
      await field(page, 'mine', '6.1', 'score').fill('45');
      expect(await page.locator('[id="mine-6.1-band"]').textContent()).toMatch(/^Bez zmian/);
      await field(page, 'mine', '1.2', 'score').fill('101');
      await field(page, 'mine', '1.3', 'score').focus();
      await page.getByText('Ocena może wynosić najwyżej 100.', { exact: true }).waitFor();

      await scoreAll(page, 1);
      await checkPage(page, 'caf-scoring-desk');
    });

    it('keeps the second assessor’s unsaved scores through a failed save and a reload, on a phone', async () => {
      await setViewport({ width: 390, height: 844 });
      await logIn(page, assessor(2));
      await openCafCycle(page, openPeriod);
      // The other member's progress shows, never its scores.
      const group = await rowTexts(page.getByRole('table', { name: 'Zespół samooceny', exact: true }));
      expect(group.map(([, scored]) => scored).sort()).toEqual(['0 z 28', '28 z 28']);
      expect(await page.getByText('Sprawozdanie roczne (asesor 1)').count()).toBe(0);

      // The API cannot be reached: the score waits in the browser, and is still there after a reload.
      await page.route('**/graphql', (route) =>
        route.request().postData()?.includes('SaveCafScores') ? route.abort('internetdisconnected') : route.fallback(),
      );
      await field(page, 'mine', '1.1', 'score').fill(String(secondScore(0)));
      await field(page, 'mine', '1.1', 'evidence').focus();
      await page.getByText(/^Nie zapisano: .* Niezapisane zmiany: 1\.$/).waitFor();
      await page.unroute('**/graphql');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: new RegExp(`^Samoocena ${openPeriod}: `) }).waitFor();
      expect(await field(page, 'mine', '1.1', 'score').inputValue()).toBe(String(secondScore(0)));
      await page.getByText('Niezapisane zmiany: 1.', { exact: true }).waitFor();

      await scoreAll(page, 2);
      await page.getByText('Wszyscy członkowie zespołu ocenili 28 podkryteriów: koordynator może rozpocząć konsensus.').waitFor();
      await checkPage(page, 'caf-scoring-phone');
      await saveScreenshot(page, 'caf-scoring-phone-first-screen', { fullPage: false });
    });

    it('lets the coordinator lead the consensus, widest spread first, and close the cycle', async () => {
      await logIn(page, DEMO_ACCOUNTS.coordinator(OFFICE));
      await openCafCycle(page, openPeriod);
      await page.getByRole('button', { name: 'Rozpocznij konsensus', exact: true }).click();
      await page.getByRole('heading', { level: 2, name: 'Konsensus', exact: true }).waitFor();
      // A member of the group has the consensus open at the same time.
      const memberContext = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      const member = await memberContext.newPage();
      await logIn(member, assessor(1));
      await openCafCycle(member, openPeriod);
      await member.getByRole('heading', { level: 2, name: 'Konsensus', exact: true }).waitFor();

      // The first sub-criterion to discuss is one of the wide ones, with both members' scores and reasons.
      const first = page.locator('.caf-sub').first();
      expect(await first.locator('.caf-spread').textContent()).toMatch(/^Duża różnica ocen: od \d+ do \d+ \(różnica 35\)/);
      const evidence = await rowTexts(page.getByRole('table', { name: 'Oceny członków zespołu: 9.2', exact: true }));
      expect(evidence.map(([, , text]) => text).sort()).toEqual(['Sprawozdanie roczne (asesor 1)', 'Sprawozdanie roczne (asesor 2)']);
      await checkPage(page, 'caf-consensus-desk');

      for (const [index, code] of CODES.entries()) await field(page, 'agreed', code, 'score').fill(String(agreedScore(index)));
      await field(page, 'agreed', '3.2', 'improvements').fill('Brak planu szkoleń dla nowych pracowników.');
      await field(page, 'agreed', '5.1', 'improvements').fill('Procesy obsługi klienta nie są opisane.');
      await page.getByRole('button', { name: 'Zapisz oceny uzgodnione', exact: true }).click();
      await page.getByText(/^Zapisano \d\d:\d\d\.$/).waitFor();
      await page.getByText('Uzgodnione oceny: 28 z 28.', { exact: true }).waitFor();

      // The member, not knowing, adds strengths on the version it read: refused, the page shows the agreed
      // scores, the member's text stays in the form and goes in with the next save.
      await field(member, 'agreed', '1.1', 'strengths').fill('Wspólna wizja urzędu');
      await field(member, 'agreed', '1.1', 'strengths').press('Tab');
      await member.getByText(/^Ktoś inny zapisał oceny w międzyczasie\./).waitFor();
      expect(await field(member, 'agreed', '1.1', 'score').inputValue()).toBe(String(agreedScore(0)));
      expect(await field(member, 'agreed', '1.1', 'strengths').inputValue()).toBe('Wspólna wizja urzędu');
      await member.getByRole('button', { name: 'Zapisz oceny uzgodnione', exact: true }).click();
      await member.getByText(/^Zapisano \d\d:\d\d\.$/).waitFor();
      await memberContext.close();

      // The coordinator's page is now behind: the first attempt to close says so and shows the cycle afresh.
      const close = async () => {
        await page.getByRole('button', { name: 'Zamknij samoocenę', exact: true }).click();
        await page.getByRole('button', { name: 'Tak, zamknij', exact: true }).click();
      };
      await close();
      await page.getByText(/^Ktoś zmienił samoocenę w międzyczasie\./).waitFor();
      expect(await field(page, 'agreed', '1.1', 'strengths').inputValue()).toBe('Wspólna wizja urzędu');
      await close();
      await page.getByRole('heading', { level: 2, name: 'Wynik samooceny', exact: true }).waitFor();
      const result = page.locator('.caf-result');
      expectShown((await result.locator('div', { hasText: 'Wynik całkowity' }).locator('dd').textContent()) ?? '', agreedTotal());
      expect(await result.locator('div', { hasText: 'Wskaźnik CAF_TOTAL_SCORE' }).locator('dd').textContent()).toBe('przesłane');
      expect(await rowTexts(page.getByRole('table', { name: 'Wyniki kryteriów', exact: true }))).toHaveLength(9);
    });

    it('shows the closed cycle against its peers and takes two improvement actions', async () => {
      await logIn(page, DEMO_ACCOUNTS.coordinator(OFFICE));
      await openCafCycle(page, openPeriod);
      // This period's means are not released yet: the group is named, with why, and never a number.
      await page.getByText(/^Średnich grupy „.+” nie pokazujemy: /).waitFor();
      await page.getByRole('button', { name: 'Pokaż jako tabelę', exact: true }).click();
      const radarTable = page.getByRole('table', { name: new RegExp(`^Wyniki kryteriów ${openPeriod} na tle`) });
      expect((await rowTexts(radarTable)).map((row) => row[3])).toEqual(Array(9).fill('–'));

      // One action from an area for improvement of the consensus, one written from scratch.
      await page.getByRole('button', { name: 'Dodaj działanie z obszaru 3.2', exact: true }).click();
      expect(await page.getByRole('textbox', { name: 'Działanie', exact: true }).inputValue()).toBe(
        'Brak planu szkoleń dla nowych pracowników.',
      );
      await page.getByRole('textbox', { name: 'Działanie', exact: true }).fill('Plan szkoleń wprowadzających');
      await page.getByRole('textbox', { name: 'Odpowiedzialny', exact: true }).fill('Wydział Organizacyjny');
      await page.getByRole('button', { name: 'Dodaj działanie', exact: true }).click();
      await page.getByText('Zapisano działanie „Plan szkoleń wprowadzających”.', { exact: true }).waitFor();
      await page.getByRole('combobox', { name: 'Podkryterium', exact: true }).selectOption('5.1');
      await page.getByRole('textbox', { name: 'Działanie', exact: true }).fill('Mapa procesów obsługi klienta');
      await page.getByLabel('Termin', { exact: true }).fill('2027-06-30');
      await page.getByRole('combobox', { name: 'Stan', exact: true }).selectOption('IN_PROGRESS');
      await page.getByRole('button', { name: 'Dodaj działanie', exact: true }).click();
      await page.getByText('Zapisano działanie „Mapa procesów obsługi klienta”.', { exact: true }).waitFor();
      const actions = await rowTexts(page.getByRole('table', { name: 'Działania doskonalące', exact: true }));
      expect(actions.map(([title, code, , , status]) => [title, code?.split(' ')[0], status]).sort()).toEqual([
        ['Mapa procesów obsługi klienta', '5.1', 'w toku'],
        ['Plan szkoleń wprowadzających', '3.2', 'zaplanowane'],
      ]);
      // An action done: changed on the version it was read at.
      await page.getByRole('button', { name: 'Zmień działanie „Mapa procesów obsługi klienta”', exact: true }).click();
      await page.getByRole('combobox', { name: 'Stan', exact: true }).selectOption('DONE');
      await page.getByRole('textbox', { name: 'Rezultat', exact: true }).fill('Opisano 12 procesów.');
      await page.getByRole('button', { name: 'Zapisz zmianę', exact: true }).click();
      await page.getByText('Zapisano działanie „Mapa procesów obsługi klienta”.', { exact: true }).waitFor();
      await page.getByRole('heading', { level: 3, name: 'Nowe działanie', exact: true }).waitFor();
      await page
        .getByRole('table', { name: 'Działania doskonalące', exact: true })
        .locator('tr', { hasText: 'Mapa procesów obsługi klienta' })
        .filter({ hasText: 'wykonane' })
        .filter({ hasText: 'Opisano 12 procesów.' })
        .waitFor();
      await checkPage(page, 'caf-closed-desk');

      // The previous cycle's radar has the released peer means: the table shows the API's numbers.
      await openCafCycle(page, previousPeriod);
      await page.locator('.recharts-surface').first().waitFor();
      const cycleId = new URL(page.url()).pathname.split('/').at(-1);
      const { cafRadar } = await graphql<{ cafRadar: { peers: Array<{ peerGroupName: string; means: number[] | null }> } }>(
        page.context(),
        'query($id: ID!) { cafRadar(cycleId: $id) { peers { peerGroupName means } } }',
        { id: cycleId },
      );
      const shown = cafRadar.peers.find(({ means }) => means);
      if (!shown?.means) throw new Error('The demo has no released CAF peer means for the previous cycle.');
      await page.getByRole('combobox', { name: 'Grupa porównawcza', exact: true }).selectOption({ label: shown.peerGroupName });
      await page.getByRole('button', { name: 'Pokaż jako tabelę', exact: true }).click();
      const peerTable = page.getByRole('table', { name: new RegExp(`^Wyniki kryteriów ${previousPeriod} na tle`) });
      const rows = await rowTexts(peerTable);
      rows.forEach((row, index) => expectShown(row[3] ?? '', shown.means?.[index] ?? NaN));
      await page.getByRole('button', { name: 'Pokaż jako wykres', exact: true }).click();
      await checkPage(page, 'caf-radar-desk');
    });

    it('fits a phone once closed, in Polish and in English', async () => {
      await setViewport({ width: 390, height: 844 });
      await logIn(page, DEMO_ACCOUNTS.coordinator(OFFICE));
      await openCafCycle(page, openPeriod);
      await page.getByRole('table', { name: 'Działania doskonalące', exact: true }).waitFor();
      await checkPage(page, 'caf-closed-phone');

      await mainNavigation(page);
      await page.locator('header button.language-switch:visible').click();
      await page.getByRole('heading', { level: 1, name: new RegExp(`^Self-assessment ${openPeriod}: `) }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Improvement plan', exact: true }).waitFor();
      expect(await page.getByRole('table', { name: 'Improvement actions', exact: true }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, 'caf-closed-phone-en');
    });

    it('gives the lead every office’s self-assessments and the progress to the +150 target', async () => {
      await logIn(page, DEMO_ACCOUNTS.lead);
      await (await mainNavigation(page)).getByRole('link', { name: 'Samooceny CAF urzędów', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Samooceny CAF urzędów', exact: true }).waitFor();
      const table = page.getByRole('table', { name: 'Urzędy', exact: true });
      await table.locator('tbody tr').first().waitFor();
      const offices = await rowTexts(table);
      expect(offices.length).toBeGreaterThan(20);
      // Office 8's new cycle counts: its change is the API's (latest total − first total).
      const office = offices.find(([, cycles]) => cycles?.includes(`${openPeriod}: zamknięta`));
      if (!office) throw new Error(`No office with a closed ${openPeriod} in the lead's table.`);
      const { cafProgramme } = await graphql<{ cafProgramme: { offices: Array<{ officeName: string; change: number | null }> } }>(
        page.context(),
        'query($id: ID!) { cafProgramme(programmeId: $id) { offices { officeName change } } }',
        { id: new URL(page.url()).pathname.split('/')[2] },
      );
      expectShown(office[4] ?? '', cafProgramme.offices.find(({ officeName }) => officeName === office[0])?.change ?? NaN);
      // Ordered by change, the office that gained most comes first.
      await page.getByRole('combobox', { name: 'Kolejność urzędów', exact: true }).selectOption({ label: 'od największej zmiany' });
      const largest = Math.max(...cafProgramme.offices.flatMap(({ change }) => (change === null ? [] : [change])));
      expectShown((await rowTexts(table))[0]?.[4] ?? '', largest);
      await page.getByRole('button', { name: 'Pokaż jako tabelę', exact: true }).click();
      expect(
        await rowTexts(page.getByRole('table', { name: 'Zmiana wyniku CAF urzędów od pierwszej samooceny', exact: true })),
      ).not.toEqual([]);
      await page.getByRole('button', { name: 'Pokaż jako wykres', exact: true }).click();
      await page.locator('.recharts-surface').first().waitFor();
      await checkPage(page, 'caf-programme-desk');

      // The lead opens the office's new cycle: its result, never the members' own scores.
      await table.getByRole('link', { name: new RegExp(`^${openPeriod}: zamknięta, `) }).click();
      await page.getByRole('heading', { level: 2, name: 'Wynik samooceny', exact: true }).waitFor();
      expect(await page.getByText('Sprawozdanie roczne (asesor 1)').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Dodaj działanie', exact: true }).count()).toBe(0);
    });
  });
});
