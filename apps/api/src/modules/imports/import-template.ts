import { unitWord, type InputKind, type Language, type Periodicity } from '@officebench/domain';
import { IMPORT_LIMITS } from './import-limits';
import { type XlsxCell, type XlsxSheet, writeXlsx } from './xlsx-writer';

export interface TemplateIndicator {
  code: string;
  namePl: string;
  nameEn: string;
  unit: string;
  periodicity: Periodicity;
  inputKind: InputKind;
  scale: number;
  /** The CAF criterion the form groups the indicator under (null: the general indicators, last). */
  cafCriterion: number | null;
  numeratorLabelPl: string | null;
  denominatorLabelPl: string | null;
  numeratorLabelEn: string | null;
  denominatorLabelEn: string | null;
  minValue: number | null;
  maxValue: number | null;
  mandatory: boolean;
}

/** A value the office has saved: what the template's row is prefilled with. */
export interface TemplateValue {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  comment: string | null;
}

export interface TemplateInput {
  /** The language of the names, units, definitions and explanations (the header row is bilingual either way). */
  language: Language;
  programmeName: string;
  /** The chosen period: its label prefills the period column. */
  period: { label: string } | null;
  /** Offices whose rows are prefilled (the caller's own that can take values); empty: one block with the office left blank. */
  offices: ReadonlyArray<{ id: string; name: string }>;
  /** Offices whose name is not unique in the programme are written by id. */
  ambiguousNames: ReadonlySet<string>;
  /** The indicators of the rows (already limited to the period's kind), in the form's order (see `formOrder`). */
  indicators: readonly TemplateIndicator[];
  /** What each office has saved in the period, by office id and indicator code. */
  saved?: ReadonlyMap<string, ReadonlyMap<string, TemplateValue>>;
}

const PERIODICITY: Record<Language, Record<Periodicity, string>> = {
  pl: { QUARTERLY: 'kwartalnie', ANNUAL: 'rocznie', PER_CYCLE: 'w cyklu CAF' },
  en: { QUARTERLY: 'quarterly', ANNUAL: 'annually', PER_CYCLE: 'per CAF cycle' },
};

export const TEMPLATE_HEADER = [
  'urząd (office)',
  'okres (period)',
  'wskaźnik (indicator)',
  'nazwa wskaźnika (name)',
  'jednostka (unit)',
  'wartość (value)',
  'licznik (numerator)',
  'mianownik (denominator)',
  'komentarz (comment)',
];

const WORDS = {
  pl: {
    any: 'dowolna',
    upTo: 'do',
    from: 'od',
    value: 'wartość',
    numerator: 'licznik',
    denominator: 'mianownik',
    computed: 'wartość = licznik / mianownik',
    and: 'i',
    yes: 'tak',
    no: 'nie',
    title: 'Import wartości wskaźników',
    period: 'okres',
    column: 'Kolumna',
    meaning: 'Znaczenie',
    rules: 'Zasady',
    indicatorHeader: ['kod', 'nazwa', 'jednostka', 'sposób podania', 'dopuszczalny zakres wartości', 'okresowość', 'obowiązkowy'],
    helpSheet: 'Objaśnienia',
  },
  en: {
    any: 'any',
    upTo: 'up to',
    from: 'from',
    value: 'value',
    numerator: 'numerator',
    denominator: 'denominator',
    computed: 'value = numerator / denominator',
    and: 'and',
    yes: 'yes',
    no: 'no',
    title: 'Import of indicator values',
    period: 'period',
    column: 'Column',
    meaning: 'Meaning',
    rules: 'Rules',
    indicatorHeader: ['code', 'name', 'unit', 'how it is entered', 'allowed range', 'periodicity', 'mandatory'],
    helpSheet: 'Explanations',
  },
} as const;

const COLUMN_HELP: Record<Language, Array<[string, string]>> = {
  pl: [
    ['urząd (office)', 'Identyfikator urzędu albo jego dokładna nazwa. Można pominąć kolumnę, gdy koordynujesz jeden urząd w programie.'],
    ['okres (period)', 'Etykieta okresu, np. 2011-Q2, 2011 albo CAF 2011. Można pominąć kolumnę, gdy okres wybrano przy imporcie.'],
    ['wskaźnik (indicator)', 'Kod wskaźnika z listy poniżej.'],
    ['nazwa wskaźnika (name), jednostka (unit)', 'Tylko dla orientacji (z tym, co liczą licznik i mianownik): import je pomija.'],
    ['wartość (value)', 'Dla wskaźników podawanych jako jedna liczba. Przecinek albo kropka dziesiętna (12,5 lub 12.5).'],
    [
      'licznik (numerator), mianownik (denominator)',
      'Dla wskaźników ilorazowych: system sam wylicza wartość. Co liczy licznik, a co mianownik, podaje lista wskaźników poniżej. Mianownik musi być większy od zera.',
    ],
    ['komentarz (comment)', 'Wyjaśnienie wartości (do 2000 znaków); wymagany przy wartościach nietypowych przed złożeniem sprawozdania.'],
  ],
  en: [
    ['urząd (office)', 'The office id or its exact name. The column may be left out when you coordinate one office of the programme.'],
    [
      'okres (period)',
      'The period label, e.g. 2011-Q2, 2011 or CAF 2011. The column may be left out when a period is chosen for the import.',
    ],
    ['wskaźnik (indicator)', 'The indicator code from the list below.'],
    [
      'nazwa wskaźnika (name), jednostka (unit)',
      'For orientation only (with what the numerator and denominator count): the import skips them.',
    ],
    ['wartość (value)', 'For indicators entered as one number. Decimal comma or point (12,5 or 12.5).'],
    [
      'licznik (numerator), mianownik (denominator)',
      'For ratio indicators: the value is computed. What the numerator and the denominator count is in the list of indicators below. The denominator must be above zero.',
    ],
    [
      'komentarz (comment)',
      'An explanation of the value (up to 2000 characters); needed for unusual values before the submission is handed in.',
    ],
  ],
};

const RULES: Record<Language, string[]> = {
  pl: [
    'Pierwszy wiersz arkusza „Import” to nagłówki kolumn; nazwy polskie i angielskie są równoważne, wielkość liter nie ma znaczenia.',
    'Wiersze są w kolejności formularza sprawozdania. Wartości zapisane już przez urząd są wpisane: plik wysłany bez zmian niczego nie zmienia, a zmiana komórki zmienia tylko tę wartość.',
    'Wiersze bez wartości, licznika, mianownika i komentarza są pomijane: import nigdy nie usuwa zapisanych danych (wartość usuniesz w formularzu).',
    'Szare komórki nie dotyczą danego wskaźnika: zostaw je puste.',
    'Formuły nie są obliczane: plik z formułami zostanie odrzucony. Wklej wyniki jako wartości.',
    `Limity: plik do ${IMPORT_LIMITS.maxFileBytes / (1024 * 1024)} MB i ${IMPORT_LIMITS.maxRows.toLocaleString('pl-PL')} wierszy danych. Można też wysłać CSV UTF-8 rozdzielany średnikami lub przecinkami.`,
    'Najpierw sprawdź plik (bez zapisu): zobaczysz wszystkie problemy z numerem wiersza i kolumną. Zapis jest „wszystko albo nic”.',
  ],
  en: [
    'The first row of the "Import" sheet holds the column headings; Polish and English names are equivalent, and case does not matter.',
    "The rows are in the submission form's order. The values the office has saved are filled in: the file sent back unchanged changes nothing, and changing a cell changes just that value.",
    'Rows with no value, numerator, denominator or comment are skipped: an import never removes saved data (remove a value in the form).',
    'Grey cells do not apply to the indicator: leave them empty.',
    'Formulas are not evaluated: a file with formulas is refused. Paste the results as values.',
    `Limits: a file of up to ${IMPORT_LIMITS.maxFileBytes / (1024 * 1024)} MB and ${IMPORT_LIMITS.maxRows.toLocaleString('en-GB')} data rows. A UTF-8 CSV separated by semicolons or commas works too.`,
    'Check the file first (nothing is saved): you see every problem with its row and column. Saving is all or nothing.',
  ],
};

const written = (value: number, language: Language) => (language === 'pl' ? String(value).replace('.', ',') : String(value));

/** What a ratio's numerator and denominator count, in the template's language (null for a value, or labels missing). */
export function ratioParts(indicator: TemplateIndicator, language: Language): { numerator: string; denominator: string } | null {
  if (indicator.inputKind !== 'RATIO') return null;
  const numerator = language === 'en' ? indicator.numeratorLabelEn : indicator.numeratorLabelPl;
  const denominator = language === 'en' ? indicator.denominatorLabelEn : indicator.denominatorLabelPl;
  return numerator && denominator ? { numerator, denominator } : null;
}

const nameOf = (indicator: TemplateIndicator, language: Language) => (language === 'en' ? indicator.nameEn : indicator.namePl);

function range(indicator: TemplateIndicator, language: Language): string {
  const { minValue: min, maxValue: max } = indicator;
  const words = WORDS[language];
  if (min === null && max === null) return words.any;
  if (min === null) return `${words.upTo} ${written(max as number, language)}`;
  if (max === null) return `${words.from} ${written(min, language)}`;
  return `${written(min, language)}–${written(max, language)}`;
}

function howEntered(indicator: TemplateIndicator, language: Language): string {
  const words = WORDS[language];
  if (indicator.inputKind === 'VALUE') return words.value;
  const parts = ratioParts(indicator, language);
  const both = `${words.numerator} (${parts?.numerator ?? '—'}) ${words.and} ${words.denominator} (${parts?.denominator ?? '—'})`;
  return indicator.scale === 1 ? `${both}; ${words.computed}` : `${both}; ${words.computed} × ${written(indicator.scale, language)}`;
}

/** The name cell of a row: the indicator's name and, for a ratio, what its numerator and denominator count. */
function rowName(indicator: TemplateIndicator, language: Language): string {
  const parts = ratioParts(indicator, language);
  const words = WORDS[language];
  return parts
    ? `${nameOf(indicator, language)} (${words.numerator}: ${parts.numerator}; ${words.denominator}: ${parts.denominator})`
    : nameOf(indicator, language);
}

/**
 * The template workbook: the "Import" sheet to fill, prefilled with what the offices have saved, and a
 * second sheet explaining columns and indicators, in the caller's language.
 */
export function buildTemplate(input: TemplateInput): Buffer {
  const { language } = input;
  const words = WORDS[language];
  const rows: XlsxCell[][] = [TEMPLATE_HEADER.map((title) => ({ value: title, style: 'header' }))];
  const offices = input.offices.length > 0 ? input.offices : [null];
  for (const office of offices) {
    const officeCell = office === null ? null : input.ambiguousNames.has(office.name) ? office.id : office.name;
    const saved = office === null ? undefined : input.saved?.get(office.id);
    for (const indicator of input.indicators) {
      const ratio = indicator.inputKind === 'RATIO';
      const value = saved?.get(indicator.code);
      rows.push([
        { value: officeCell, style: 'text' },
        { value: input.period?.label ?? null, style: 'text' },
        { value: indicator.code, style: 'text' },
        { value: rowName(indicator, language) },
        { value: unitWord(indicator.unit, language) },
        { value: ratio ? null : (value?.value ?? null), style: ratio ? 'muted' : 'plain' },
        { value: ratio ? (value?.numerator ?? null) : null, style: ratio ? 'plain' : 'muted' },
        { value: ratio ? (value?.denominator ?? null) : null, style: ratio ? 'plain' : 'muted' },
        { value: value?.comment ?? null, style: 'text' },
      ]);
    }
  }
  const importSheet: XlsxSheet = { name: 'Import', rows, widths: [34, 12, 34, 60, 10, 14, 14, 14, 40], freezeHeader: true };

  const help: Array<Array<XlsxCell | string | null>> = [
    [
      {
        value: `${words.title}: ${input.programmeName}${input.period ? `, ${words.period} ${input.period.label}` : ''}`,
        style: 'header',
      },
    ],
    [],
    [
      { value: words.column, style: 'header' },
      { value: words.meaning, style: 'header' },
    ],
    ...COLUMN_HELP[language].map(([column, meaning]) => [column, { value: meaning, style: 'wrap' as const }]),
    [],
    [{ value: words.rules, style: 'header' }],
    ...RULES[language].map((rule, i) => [String(i + 1), { value: rule, style: 'wrap' as const }]),
    [],
    words.indicatorHeader.map((title) => ({ value: title, style: 'header' as const })),
    ...input.indicators.map((indicator) => [
      indicator.code,
      { value: nameOf(indicator, language), style: 'wrap' as const },
      unitWord(indicator.unit, language),
      { value: howEntered(indicator, language), style: 'wrap' as const },
      range(indicator, language),
      PERIODICITY[language][indicator.periodicity],
      indicator.mandatory ? words.yes : words.no,
    ]),
  ];
  const helpSheet: XlsxSheet = { name: words.helpSheet, rows: help, widths: [34, 60, 12, 60, 22, 14, 12] };
  return writeXlsx([importSheet, helpSheet]);
}
