import { translator } from './i18n';
import { messagesEn, messagesPl, type MessageKey } from './resources';

/**
 * Every message that takes a count, in both languages. Polish has three forms for whole numbers
 * (1 urząd; 2-4, 22-24, ... urzędy; 5-21, 25-31, ... urzędów), English two.
 */
const COUNTS = [1, 2, 5, 12, 22, 25] as const;
const pl = translator('pl');
const en = translator('en');

type Case = {
  key: MessageKey;
  params: (n: number) => Record<string, string | number>;
  /** The Polish text for 1, 2, 5, 12, 22 and 25. */
  pl: readonly [string, string, string, string, string, string];
  /** The English text for 1 and 2. */
  en: readonly [string, string];
};

/** The Polish texts for COUNTS from a template and the noun's three forms (one, few, many). */
const polish = (template: (counted: string) => string, [one, few, many]: readonly [string, string, string]) =>
  COUNTS.map((n) => template(`${n} ${n === 1 ? one : [2, 22].includes(n) ? few : many}`)) as unknown as Case['pl'];

const ZNAK = ['znak', 'znaki', 'znaków'] as const;
/** After "z" and "u" the noun is in the genitive: 1 urzędu, 2 urzędów, 5 urzędów. */
const URZEDU = ['urzędu', 'urzędów', 'urzędów'] as const;

/** A value with its unit, as formatWithUnit passes it: the written number and the number itself. */
const unitValue = (n: number) => ({ value: String(n), count: n });
const same = (unit: string) => COUNTS.map((n) => `${n} ${unit}`) as unknown as Case['pl'];

const URZAD = ['urząd', 'urzędy', 'urzędów'] as const;
const urzedy = (template: (counted: string) => string) => polish(template, URZAD);

/** The lead home's completeness figures: the Polish and English label before the count. */
const LEAD_HOME_FIGURES = {
  submitted: ['Przesłane', 'Submitted'],
  approved: ['Zatwierdzone', 'Approved'],
  late: ['Po terminie', 'Late'],
  returned: ['Zwrócone', 'Returned'],
  draft: ['W przygotowaniu', 'In preparation'],
  notStarted: ['Nie rozpoczęły', 'Not started'],
} as const;

const CASES: Case[] = [
  { key: 'settings.groups.memberCount', params: (count) => ({ count }), pl: urzedy((c) => c), en: ['1 office', '2 offices'] },
  {
    key: 'settings.groups.chosen',
    params: (count) => ({ count }),
    pl: urzedy((c) => `Wybrano ${c}.`),
    en: ['1 office chosen.', '2 offices chosen.'],
  },
  {
    key: 'settings.anonymity.cell',
    params: (count) => ({ count }),
    pl: urzedy(
      (c) =>
        `Średnią lub wskaźnik zbiorczy grupy urząd zobaczy tylko wtedy, gdy dane przekazało co najmniej ${c} (k + 1): on sam i co najmniej k innych. Po odjęciu własnej wartości pozna najwyżej średnią k urzędów, nigdy wartość jednego.`,
    ),
    en: [
      'An office sees a group’s mean or pooled rate only when at least 1 office (k + 1) have reported: itself and at least k others. Subtracting its own value, it learns at most the mean of k offices, never one office’s value.',
      'An office sees a group’s mean or pooled rate only when at least 2 offices (k + 1) have reported: itself and at least k others. Subtracting its own value, it learns at most the mean of k offices, never one office’s value.',
    ],
  },
  {
    key: 'settings.anonymity.quantiles',
    params: (count) => ({ count }),
    pl: polish(
      (c) => `Mediana i kwartyle pokazują się dopiero od ${c} (2k): przy mniejszej liczbie kwantyl byłby wartością jednego urzędu.`,
      URZEDU,
    ),
    en: [
      'The median and quartiles appear only from 1 office (2k): with fewer, a quantile would be one office’s value.',
      'The median and quartiles appear only from 2 offices (2k): with fewer, a quantile would be one office’s value.',
    ],
  },
  {
    key: 'settings.anonymity.groups',
    params: (count) => ({ count }),
    pl: urzedy(
      (c) =>
        `Grupa lidera musi mieć co najmniej ${c} i różnić się o co najmniej tyle od każdej grupy, która ją zawiera lub którą ona zawiera; inaczej porównanie obu grup ujawniałoby wartości pojedynczych urzędów.`,
    ),
    en: [
      'A lead’s group must hold at least 1 office and differ by at least as many from every group that contains it or that it contains; otherwise comparing the two groups would reveal single offices’ values.',
      'A lead’s group must hold at least 2 offices and differ by at least as many from every group that contains it or that it contains; otherwise comparing the two groups would reveal single offices’ values.',
    ],
  },

  { key: 'unitValue.days', params: unitValue, pl: polish((counted) => counted, ['dzień', 'dni', 'dni']), en: ['1 day', '2 days'] },
  // Abbreviations have one form in Polish.
  { key: 'unitValue.count', params: unitValue, pl: same('szt.'), en: ['1 item', '2 items'] },
  { key: 'unitValue.points', params: unitValue, pl: same('pkt'), en: ['1 point', '2 points'] },
  { key: 'unitValue.hours', params: unitValue, pl: same('godz.'), en: ['1 hour', '2 hours'] },
  {
    key: 'release.cell',
    params: (count) => ({ indicator: 'Czas obsługi', group: 'Gminy', count }),
    pl: [
      'Czas obsługi, grupa „Gminy”: zmiana u 1 urzędu',
      'Czas obsługi, grupa „Gminy”: zmiana u 2 urzędów',
      'Czas obsługi, grupa „Gminy”: zmiana u 5 urzędów',
      'Czas obsługi, grupa „Gminy”: zmiana u 12 urzędów',
      'Czas obsługi, grupa „Gminy”: zmiana u 22 urzędów',
      'Czas obsługi, grupa „Gminy”: zmiana u 25 urzędów',
    ],
    en: ['Czas obsługi, group “Gminy”: changed for 1 office', 'Czas obsługi, group “Gminy”: changed for 2 offices'],
  },
  {
    key: 'release.previewShown',
    params: (count) => ({ count }),
    pl: polish((counted) => counted, ['komórka pokaże wyniki.', 'komórki pokażą wyniki.', 'komórek pokaże wyniki.']),
    en: ['1 cell will show results.', '2 cells will show results.'],
  },
  {
    key: 'release.previewHidden',
    params: (count) => ({ count }),
    pl: polish((counted) => counted, ['komórka zostanie ukryta:', 'komórki zostaną ukryte:', 'komórek zostanie ukrytych:']),
    en: ['1 cell will be hidden:', '2 cells will be hidden:'],
  },
  {
    key: 'release.refusedCells',
    params: (count) => ({ count }),
    pl: COUNTS.map((n) =>
      n === 1 ? 'Pokaż komórkę, która blokuje publikację (1)' : `Pokaż komórki, które blokują publikację (${n})`,
    ) as unknown as Case['pl'],
    en: ['Show the cell that blocks the release (1)', 'Show the cells that block the release (2)'],
  },
  {
    key: 'distribution.centreShown',
    params: (count) => ({ count, mean: '70 %', median: '72 %' }),
    pl: urzedy(
      (c) => `Średnia i mediana z wartości wszystkich urzędów na wykresie, także niezatwierdzonych (${c}): średnia 70 %, mediana 72 %.`,
    ),
    en: [
      'Mean and median of the values of every office on the chart, approved or not (1 office): mean 70 %, median 72 %.',
      'Mean and median of the values of every office on the chart, approved or not (2 offices): mean 70 %, median 72 %.',
    ],
  },
  {
    key: 'distribution.centreApproved',
    params: (count) => ({ count, mean: '70 %', median: '72 %' }),
    pl: urzedy((c) => `Z samych wartości zatwierdzonych (${c}): średnia 70 %, mediana 72 %.`),
    en: [
      'Of the approved values only (1 office): mean 70 %, median 72 %.',
      'Of the approved values only (2 offices): mean 70 %, median 72 %.',
    ],
  },
  {
    key: 'caf.model.subCriteriaCount',
    params: (count) => ({ count }),
    pl: polish((counted) => counted, ['podkryterium', 'podkryteria', 'podkryteriów']),
    en: ['1 sub-criterion', '2 sub-criteria'],
  },
  {
    key: 'targets.officeCount',
    params: (count) => ({ count }),
    pl: polish((counted) => counted, ['urząd', 'urzędy', 'urzędów']),
    en: ['1 office', '2 offices'],
  },
  {
    key: 'targets.targetCount',
    params: (count) => ({ count }),
    pl: polish((counted) => counted, ['cel', 'cele', 'celów']),
    en: ['1 target', '2 targets'],
  },
  {
    key: 'targets.onTrackOf',
    params: (withData) => ({ onTrack: 1, withData, share: '50%' }),
    pl: polish((counted) => `1 z ${counted} z danymi (50%)`, URZEDU),
    en: ['1 of 1 office with data (50%)', '1 of 2 offices with data (50%)'],
  },
  {
    key: 'import.dryRunOk',
    params: (n) => ({ rows: n, values: n }),
    pl: [
      'Plik jest poprawny: 1 wiersz, 1 wartość. Nic jeszcze nie zapisano.',
      'Plik jest poprawny: 2 wiersze, 2 wartości. Nic jeszcze nie zapisano.',
      'Plik jest poprawny: 5 wierszy, 5 wartości. Nic jeszcze nie zapisano.',
      'Plik jest poprawny: 12 wierszy, 12 wartości. Nic jeszcze nie zapisano.',
      'Plik jest poprawny: 22 wiersze, 22 wartości. Nic jeszcze nie zapisano.',
      'Plik jest poprawny: 25 wierszy, 25 wartości. Nic jeszcze nie zapisano.',
    ],
    en: [
      'The file is correct: 1 row, 1 value. Nothing has been saved yet.',
      'The file is correct: 2 rows, 2 values. Nothing has been saved yet.',
    ],
  },
  {
    // "zmieniono 1 wartość, 2 wartości, 5 wartości"; the unchanged count after a colon, which fits every number.
    key: 'import.applied',
    params: (n) => ({ changed: n, unchanged: n }),
    pl: COUNTS.map(
      (n) => `Zaimportowano plik: zmieniono ${n} ${n === 1 ? 'wartość' : 'wartości'}, bez zmian: ${n}.`,
    ) as unknown as Case['pl'],
    en: ['Imported the file: 1 value changed, 1 unchanged.', 'Imported the file: 2 values changed, 2 unchanged.'],
  },
  {
    // After "z" the noun is in the genitive: z 1 wskaźnika, z 2 wskaźników, z 5 wskaźników.
    key: 'submit.confirmFilled',
    params: (n) => ({ filled: n, total: n }),
    pl: COUNTS.map((n) => `Wypełniono ${n} z ${n} ${n === 1 ? 'wskaźnika' : 'wskaźników'}.`) as unknown as Case['pl'],
    en: ['1 of 1 indicator filled in.', '2 of 2 indicators filled in.'],
  },
  {
    key: 'submit.confirmEmpty',
    params: (count) => ({ count }),
    pl: polish(
      (counted) => `Bez wartości: ${counted}.`,
      ['wskaźnik nieobowiązkowy', 'wskaźniki nieobowiązkowe', 'wskaźników nieobowiązkowych'],
    ),
    en: ['Without a value: 1 optional indicator.', 'Without a value: 2 optional indicators.'],
  },
  {
    key: 'setPassword.passwordTooShort',
    params: (min) => ({ min }),
    pl: polish((counted) => `Hasło musi mieć co najmniej ${counted}.`, ZNAK),
    en: ['The password must have at least 1 character.', 'The password must have at least 2 characters.'],
  },
  {
    key: 'setPassword.hint',
    params: (min) => ({ min }),
    pl: polish((counted) => `Co najmniej ${counted}. Dobre hasło to kilka niepowiązanych słów.`, ZNAK),
    en: [
      'At least 1 character. A few unrelated words make a good password.',
      'At least 2 characters. A few unrelated words make a good password.',
    ],
  },
  {
    key: 'setPassword.intro',
    params: (min) => ({ min }),
    pl: polish((counted) => `Wybierz hasło do swojego konta (co najmniej ${counted}). Po zapisaniu zostaniesz zalogowany.`, ZNAK),
    en: [
      'Choose a password for your account (at least 1 character). Once it is saved you will be signed in.',
      'Choose a password for your account (at least 2 characters). Once it is saved you will be signed in.',
    ],
  },
  {
    key: 'practices.hint.maxChars',
    params: (max) => ({ max }),
    pl: polish((counted) => `Najwyżej ${counted}.`, ZNAK),
    en: ['At most 1 character.', 'At most 2 characters.'],
  },
  {
    key: 'practices.hint.section',
    params: (max) => ({ max }),
    pl: polish((counted) => `Nieobowiązkowe. Najwyżej ${counted}.`, ZNAK),
    en: ['Optional. At most 1 character.', 'Optional. At most 2 characters.'],
  },
  {
    key: 'practices.hint.summary',
    params: (max) => ({ max }),
    pl: polish((counted) => `Dwa, trzy zdania widoczne w wynikach wyszukiwania. Najwyżej ${counted}.`, ZNAK),
    en: [
      'Two or three sentences shown in search results. At most 1 character.',
      'Two or three sentences shown in search results. At most 2 characters.',
    ],
  },
  {
    key: 'practices.hint.body',
    params: (max) => ({ max }),
    pl: polish(
      (counted) =>
        `Możesz używać Markdown: „## Nagłówek”, **pogrubienie**, listy zaczynane od „- ”, odnośniki [tekst](https://…). Kod HTML jest pokazywany jako zwykły tekst. Najwyżej ${counted}.`,
      ZNAK,
    ),
    en: [
      'You can use Markdown: “## Heading”, **bold**, lists starting with “- ”, links [text](https://…). HTML is shown as plain text. At most 1 character.',
      'You can use Markdown: “## Heading”, **bold**, lists starting with “- ”, links [text](https://…). HTML is shown as plain text. At most 2 characters.',
    ],
  },
  {
    key: 'practices.hint.tags',
    params: (max) => ({ max }),
    pl: polish(
      (counted) => `Oddziel przecinkami, np.: obsługa klienta, szkolenia pracowników. Najwyżej ${counted}.`,
      ['tag', 'tagi', 'tagów'],
    ),
    en: [
      'Separate with commas, e.g.: obsługa klienta, szkolenia pracowników. At most 1 tag.',
      'Separate with commas, e.g.: obsługa klienta, szkolenia pracowników. At most 2 tags.',
    ],
  },
  {
    key: 'review.warningCount',
    params: (count) => ({ count }),
    pl: polish((counted) => counted, ['ostrzeżenie', 'ostrzeżenia', 'ostrzeżeń']),
    en: ['1 warning', '2 warnings'],
  },
  {
    key: 'review.bulkQuestion',
    params: (count) => ({ count }),
    pl: polish(
      (counted) => `Zatwierdzić ${counted}? Każde zostanie zatwierdzone osobno i zapisane w dzienniku zmian.`,
      ['zaznaczone sprawozdanie', 'zaznaczone sprawozdania', 'zaznaczonych sprawozdań'],
    ),
    en: [
      'Approve 1 selected submission? Each is approved on its own and recorded in the audit log.',
      'Approve 2 selected submissions? Each is approved on its own and recorded in the audit log.',
    ],
  },
  {
    key: 'review.bulkApproved',
    params: (count) => ({ count }),
    pl: polish((counted) => `Zatwierdzono ${counted}.`, ['sprawozdanie', 'sprawozdania', 'sprawozdań']),
    en: ['1 submission approved.', '2 submissions approved.'],
  },
  {
    key: 'review.bulkRefused',
    params: (count) => ({ count }),
    pl: polish((counted) => `Nie zatwierdzono – ${counted}:`, ['sprawozdanie', 'sprawozdania', 'sprawozdań']),
    en: ['1 submission not approved:', '2 submissions not approved:'],
  },
  {
    key: 'reminders.question',
    params: (count) => ({ count, period: '2030-Q1' }),
    pl: polish(
      (counted) => `Wysłać teraz przypomnienie e-mailem do koordynatorów ${counted} bez przesłanego sprawozdania za 2030-Q1?`,
      URZEDU,
    ),
    en: [
      'Send an e-mail reminder now to the coordinators of 1 office that have not handed in 2030-Q1?',
      'Send an e-mail reminder now to the coordinators of 2 offices that have not handed in 2030-Q1?',
    ],
  },
  {
    key: 'reminders.sent',
    params: (count) => ({ count }),
    pl: [
      'Wysłano przypomnienie do 1 urzędu.',
      'Wysłano przypomnienia do 2 urzędów.',
      'Wysłano przypomnienia do 5 urzędów.',
      'Wysłano przypomnienia do 12 urzędów.',
      'Wysłano przypomnienia do 22 urzędów.',
      'Wysłano przypomnienia do 25 urzędów.',
    ],
    en: ['Reminder sent to 1 office.', 'Reminders sent to 2 offices.'],
  },
  {
    key: 'reminders.skippedToday',
    params: (count) => ({ count }),
    pl: polish((counted) => `Pominięto, bo przypomnienie już dziś wysłano: ${counted} –`, ['urząd', 'urzędy', 'urzędów']),
    en: ['Skipped, reminded today already: 1 office –', 'Skipped, reminded today already: 2 offices –'],
  },
  // The lead's home (features/lead-home).
  {
    key: 'leadHome.about',
    params: (count) => ({ count }),
    pl: polish((counted) => `O programie: ${counted}`, ['urząd', 'urzędy', 'urzędów']),
    en: ['About the programme: 1 office', 'About the programme: 2 offices'],
  },
  {
    key: 'deadline.AHEAD',
    params: (days) => ({ days, date: '20 lipca' }),
    pl: polish((counted) => `Termin za ${counted} (20 lipca)`, ['dzień', 'dni', 'dni']),
    en: ['Deadline in 1 day (20 lipca)', 'Deadline in 2 days (20 lipca)'],
  },
  {
    key: 'deadline.PAST',
    params: (days) => ({ days, date: '20 lipca' }),
    pl: polish((counted) => `Termin minął ${counted} temu (20 lipca)`, ['dzień', 'dni', 'dni']),
    en: ['Deadline passed 1 day ago (20 lipca)', 'Deadline passed 2 days ago (20 lipca)'],
  },
  {
    key: 'leadHome.handedIn',
    params: (offices) => ({ count: 1, offices }),
    pl: polish((counted) => `Dane przekazało 1 z ${counted}`, URZEDU),
    en: ['1 of 1 office handed in', '1 of 2 offices handed in'],
  },
  ...(['submitted', 'approved', 'late', 'returned', 'draft', 'notStarted'] as const).map((figure): Case => ({
    key: `leadHome.figure.${figure}`,
    params: (count) => ({ count }),
    pl: polish((counted) => `${LEAD_HOME_FIGURES[figure][0]}: ${counted}`, ['urząd', 'urzędy', 'urzędów']),
    en: [`${LEAD_HOME_FIGURES[figure][1]}: 1 office`, `${LEAD_HOME_FIGURES[figure][1]}: 2 offices`],
  })),
  {
    key: 'leadHome.waiting.review',
    params: (count) => ({ count }),
    pl: COUNTS.map(
      (n) => `${n} ${n === 1 ? 'sprawozdanie czeka' : [2, 22].includes(n) ? 'sprawozdania czekają' : 'sprawozdań czeka'} na zatwierdzenie`,
    ) as unknown as Case['pl'],
    en: ['1 submission waits for approval', '2 submissions wait for approval'],
  },
  {
    key: 'leadHome.waiting.lockTitle',
    params: (count) => ({ count }),
    pl: polish((counted) => `${counted} po terminie, jeszcze otwarte`, ['okres', 'okresy', 'okresów']),
    en: ['1 period past the deadline, still open', '2 periods past the deadline, still open'],
  },
  {
    key: 'leadHome.waiting.publishTitle',
    params: (count) => ({ count }),
    pl: polish((counted) => `${counted} z wynikami do opublikowania`, ['okres', 'okresy', 'okresów']),
    en: ['1 period with results to publish', '2 periods with results to publish'],
  },
  {
    key: 'practices.allTerms',
    params: (n) => ({ all: n, partial: n }),
    pl: COUNTS.map((n) => {
      const form = n === 1 ? 0 : [2, 22].includes(n) ? 1 : 2;
      const all = [`${n} praktyka zawiera`, `${n} praktyki zawierają`, `${n} praktyk zawiera`][form];
      const partial = [`${n} zawierająca część`, `${n} zawierające część`, `${n} zawierających część`][form];
      return `${all} wszystkie słowa, dalej ${partial}.`;
    }) as unknown as Case['pl'],
    en: [
      '1 practice contains all the words, then 1 containing some of them.',
      '2 practices contain all the words, then 2 containing some of them.',
    ],
  },
  {
    key: 'practices.noneHasAllTerms',
    params: (partial) => ({ partial }),
    pl: COUNTS.map(
      (n) => `Żadna praktyka nie zawiera wszystkich słów; ${n} ${[2, 22].includes(n) ? 'zawierają' : 'zawiera'} część z nich.`,
    ) as unknown as Case['pl'],
    en: ['No practice contains all the words; 1 contains some of them.', 'No practice contains all the words; 2 contain some of them.'],
  },
  {
    key: 'leadHome.waiting.more',
    params: (count) => ({ count }),
    pl: polish((counted) => `i ${counted} w ustawieniach programu`, ['inny', 'inne', 'innych']),
    en: ['and 1 other in the programme settings', 'and 2 others in the programme settings'],
  },
  {
    key: 'reports.programme.pages',
    params: (count) => ({ count }),
    pl: polish((counted) => counted, ['strona', 'strony', 'stron']),
    en: ['1 page', '2 pages'],
  },
  {
    key: 'reports.programme.listCount',
    params: (count) => ({ count }),
    pl: [
      'Przechowywany jest 1 raport.',
      'Przechowywane są 2 raporty.',
      'Przechowywanych jest 5 raportów.',
      'Przechowywanych jest 12 raportów.',
      'Przechowywane są 22 raporty.',
      'Przechowywanych jest 25 raportów.',
    ],
    en: ['1 report is kept.', '2 reports are kept.'],
  },
  {
    key: 'surveys.responses',
    params: (count) => ({ count }),
    pl: polish((counted) => counted, ['odpowiedź', 'odpowiedzi', 'odpowiedzi']),
    en: ['1 response', '2 responses'],
  },
  {
    key: 'surveys.threshold',
    params: (threshold) => ({ threshold }),
    pl: COUNTS.map(
      (n) =>
        `Wyniki poszczególnych pytań pokażemy po zamknięciu ankiety, jeśli ${
          n === 1
            ? 'odpowie co najmniej 1 osoba'
            : [2, 22].includes(n)
              ? `odpowiedzą co najmniej ${n} osoby`
              : `odpowie co najmniej ${n} osób`
        }.`,
    ) as unknown as Case['pl'],
    en: [
      'The results of each question are shown once the survey is closed, if at least 1 person answers.',
      'The results of each question are shown once the survey is closed, if at least 2 people answer.',
    ],
  },
  {
    key: 'surveys.invitations.made',
    params: (count) => ({ count }),
    pl: polish((counted) => `Utworzono ${counted}.`, ['jednorazowy link', 'jednorazowe linki', 'jednorazowych linków']),
    en: ['1 single-use link was created.', '2 single-use links were created.'],
  },
];

describe('plural messages', () => {
  describe.each(CASES)('$key', ({ key, params, pl: polishTexts, en: englishTexts }) => {
    it.each(COUNTS.map((n, index) => [n, polishTexts[index]] as const))('in Polish for %i', (n, expected) => {
      expect(pl(key, params(n))).toBe(expected);
    });

    it.each([
      [1, englishTexts[0]],
      [2, englishTexts[1]],
    ] as const)('in English for %i', (n, expected) => {
      expect(en(key, params(n))).toBe(expected);
    });
  });

  it('cover every message with a plural in either language', () => {
    const plural = (Object.keys(messagesPl) as MessageKey[]).filter((key) => /,\s*plural\s*,/.test(messagesPl[key] + messagesEn[key]));
    expect(plural.sort()).toEqual(CASES.map(({ key }) => key).sort());
  });

  it('take the fraction form for a value that is not whole ("1,5 dnia")', () => {
    expect(pl('unitValue.days', { value: '1,5', count: 1.5 })).toBe('1,5 dnia');
    expect(pl('unitValue.days', { value: '12,25', count: 12.25 })).toBe('12,25 dnia');
    expect(en('unitValue.days', { value: '1.5', count: 1.5 })).toBe('1.5 days');
  });

  it('write large counts with the language’s grouping', () => {
    expect(pl('practices.hint.maxChars', { max: 20000 })).toBe('Najwyżej 20\u00a0000 znaków.');
    expect(en('practices.hint.maxChars', { max: 20000 })).toBe('At most 20,000 characters.');
  });
});
