import type { IndicatorUnit, InputKind, Periodicity } from '@officebench/domain';
import { IMPORT_LIMITS } from './import-limits';
import { type XlsxCell, type XlsxSheet, writeXlsx } from './xlsx-writer';

export interface TemplateIndicator {
  code: string;
  namePl: string;
  unit: string;
  periodicity: Periodicity;
  inputKind: InputKind;
  scale: number;
  numeratorLabelPl: string | null;
  denominatorLabelPl: string | null;
  minValue: number | null;
  maxValue: number | null;
  mandatory: boolean;
}

export interface TemplateInput {
  programmeName: string;
  /** The chosen period: its label prefills the period column. */
  period: { label: string } | null;
  /** Offices whose rows are prefilled (the caller's own); empty: one block with the office left blank. */
  offices: ReadonlyArray<{ id: string; name: string }>;
  /** Offices whose name is not unique in the programme are written by id. */
  ambiguousNames: ReadonlySet<string>;
  /** The indicators of the rows, in programme order (already limited to the period's kind). */
  indicators: readonly TemplateIndicator[];
}

const UNITS_PL: Record<IndicatorUnit, string> = {
  pct: '%',
  days: 'dni',
  minutes: 'minuty',
  count: 'liczba',
  pln: 'zł',
  points: 'punkty',
  hours: 'godziny',
  per_1000: 'na 1000',
};

const PERIODICITY_PL: Record<Periodicity, string> = { QUARTERLY: 'kwartalnie', ANNUAL: 'rocznie', PER_CYCLE: 'w cyklu CAF' };

export const unitPl = (unit: string) => UNITS_PL[unit as IndicatorUnit] ?? unit;

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

const number = (value: number) => String(value).replace('.', ',');

function range(indicator: TemplateIndicator): string {
  const { minValue: min, maxValue: max } = indicator;
  if (min === null && max === null) return 'dowolna';
  if (min === null) return `do ${number(max as number)}`;
  if (max === null) return `od ${number(min)}`;
  return `${number(min)}–${number(max)}`;
}

function howEntered(indicator: TemplateIndicator): string {
  if (indicator.inputKind === 'VALUE') return 'wartość';
  const parts = `licznik (${indicator.numeratorLabelPl ?? '—'}) i mianownik (${indicator.denominatorLabelPl ?? '—'})`;
  return indicator.scale === 1
    ? `${parts}; wartość = licznik / mianownik`
    : `${parts}; wartość = licznik / mianownik × ${number(indicator.scale)}`;
}

const COLUMN_HELP: Array<[string, string]> = [
  ['urząd (office)', 'Identyfikator urzędu albo jego dokładna nazwa. Można pominąć kolumnę, gdy koordynujesz jeden urząd w programie.'],
  ['okres (period)', 'Etykieta okresu, np. 2011-Q2, 2011 albo CAF 2011. Można pominąć kolumnę, gdy okres wybrano przy imporcie.'],
  ['wskaźnik (indicator)', 'Kod wskaźnika z listy poniżej.'],
  ['nazwa wskaźnika (name), jednostka (unit)', 'Tylko dla orientacji: import je pomija.'],
  ['wartość (value)', 'Dla wskaźników podawanych jako jedna liczba. Przecinek albo kropka dziesiętna (12,5 lub 12.5).'],
  [
    'licznik (numerator), mianownik (denominator)',
    'Dla wskaźników ilorazowych: system sam wylicza wartość. Mianownik musi być większy od zera.',
  ],
  ['komentarz (comment)', 'Wyjaśnienie wartości (do 2000 znaków); wymagany przy wartościach nietypowych przed złożeniem sprawozdania.'],
];

const RULES = [
  'Pierwszy wiersz arkusza „Import” to nagłówki kolumn; nazwy polskie i angielskie są równoważne, wielkość liter nie ma znaczenia.',
  'Wiersze bez wartości, licznika, mianownika i komentarza są pomijane: import nigdy nie usuwa zapisanych danych.',
  'Szare komórki nie dotyczą danego wskaźnika: zostaw je puste.',
  'Formuły nie są obliczane: plik z formułami zostanie odrzucony. Wklej wyniki jako wartości.',
  `Limity: plik do ${IMPORT_LIMITS.maxFileBytes / (1024 * 1024)} MB i ${IMPORT_LIMITS.maxRows.toLocaleString('pl-PL')} wierszy danych. Można też wysłać CSV UTF-8 rozdzielany średnikami lub przecinkami.`,
  'Najpierw wykonaj import próbny (bez zapisu): zobaczysz wszystkie problemy z numerem wiersza i kolumną. Zapis jest „wszystko albo nic”.',
];

/** The template workbook: the "Import" sheet to fill and the "Objaśnienia" sheet explaining columns and indicators. */
export function buildTemplate(input: TemplateInput): Buffer {
  const rows: XlsxCell[][] = [TEMPLATE_HEADER.map((title) => ({ value: title, style: 'header' }))];
  const offices = input.offices.length > 0 ? input.offices : [null];
  for (const office of offices) {
    const officeCell = office === null ? null : input.ambiguousNames.has(office.name) ? office.id : office.name;
    for (const indicator of input.indicators) {
      const ratio = indicator.inputKind === 'RATIO';
      rows.push([
        { value: officeCell, style: 'text' },
        { value: input.period?.label ?? null, style: 'text' },
        { value: indicator.code, style: 'text' },
        { value: indicator.namePl },
        { value: unitPl(indicator.unit) },
        { value: null, style: ratio ? 'muted' : 'plain' },
        { value: null, style: ratio ? 'plain' : 'muted' },
        { value: null, style: ratio ? 'plain' : 'muted' },
        { value: null },
      ]);
    }
  }
  const importSheet: XlsxSheet = { name: 'Import', rows, widths: [34, 12, 34, 50, 10, 14, 14, 14, 40], freezeHeader: true };

  const help: Array<Array<XlsxCell | string | null>> = [
    [
      {
        value: `Import wartości wskaźników: ${input.programmeName}${input.period ? `, okres ${input.period.label}` : ''}`,
        style: 'header',
      },
    ],
    [],
    [
      { value: 'Kolumna', style: 'header' },
      { value: 'Znaczenie', style: 'header' },
    ],
    ...COLUMN_HELP.map(([column, meaning]) => [column, { value: meaning, style: 'wrap' as const }]),
    [],
    [{ value: 'Zasady', style: 'header' }],
    ...RULES.map((rule, i) => [String(i + 1), { value: rule, style: 'wrap' as const }]),
    [],
    ['kod', 'nazwa', 'jednostka', 'sposób podania', 'dopuszczalny zakres wartości', 'okresowość', 'obowiązkowy'].map((title) => ({
      value: title,
      style: 'header' as const,
    })),
    ...input.indicators.map((indicator) => [
      indicator.code,
      { value: indicator.namePl, style: 'wrap' as const },
      unitPl(indicator.unit),
      { value: howEntered(indicator), style: 'wrap' as const },
      range(indicator),
      PERIODICITY_PL[indicator.periodicity],
      indicator.mandatory ? 'tak' : 'nie',
    ]),
  ];
  const helpSheet: XlsxSheet = { name: 'Objaśnienia', rows: help, widths: [34, 60, 12, 60, 22, 14, 12] };
  return writeXlsx([importSheet, helpSheet]);
}
