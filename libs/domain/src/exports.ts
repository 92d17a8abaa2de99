import { type OfficeKind, officeKindName } from './offices';
import { foldText } from './practice-search';
import type { PeriodKind } from './periods';
import type { Language } from './submission-checks';
import type { SubmissionStatus } from './submissions';
import type { SuppressionReason } from './disclosure';

/**
 * The tables of the CSV and XLSX exports (docs/reports.md, "Exports"), as plain rows: text, numbers at
 * the precision the API holds them, or empty. The writers (csv.ts's `buildCsv`, the API's XLSX writer)
 * neutralise text that could start a formula; nothing here formats a number.
 */

export type ExportCell = string | number | null;

export interface ExportTable {
  header: string[];
  rows: ExportCell[][];
}

export interface ExportIndicator {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  unit: string;
  isRatio: boolean;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  numeratorLabelEn: string | null;
  denominatorLabelEn: string | null;
}

export interface ExportPeriod {
  label: string;
  kind: PeriodKind;
  startsOn: string;
  endsOn: string;
}

export interface ExportValue {
  indicatorId: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  comment: string | null;
}

const WORDS = {
  pl: {
    period: 'Okres',
    start: 'Początek',
    end: 'Koniec',
    status: 'Status zgłoszenia',
    office: 'Urząd',
    officeKind: 'Rodzaj urzędu',
    group: 'Grupa porównawcza',
    code: 'Kod wskaźnika',
    indicator: 'Wskaźnik',
    unit: 'Jednostka',
    cell: 'Status komórki',
    reason: 'Kod powodu ukrycia',
    band: 'Liczba urzędów',
    mean: 'Średnia',
    pooled: 'Wskaźnik łączny (suma liczników / suma mianowników)',
    median: 'Mediana',
    p25: 'Dolny kwartyl',
    p75: 'Górny kwartyl',
    own: 'Wartość urzędu',
    quartile: 'Kwartyl urzędu (1-4)',
    numerator: 'licznik',
    denominator: 'mianownik',
    comment: 'komentarz',
    published: 'opublikowana',
    suppressed: 'ukryta',
  },
  en: {
    period: 'Period',
    start: 'Start',
    end: 'End',
    status: 'Submission status',
    office: 'Office',
    officeKind: 'Office kind',
    group: 'Peer group',
    code: 'Indicator code',
    indicator: 'Indicator',
    unit: 'Unit',
    cell: 'Cell status',
    reason: 'Suppression reason code',
    band: 'Number of offices',
    mean: 'Mean',
    pooled: 'Pooled rate (sum of numerators / sum of denominators)',
    median: 'Median',
    p25: 'Lower quartile',
    p75: 'Upper quartile',
    own: 'Office value',
    quartile: 'Office quartile (1-4)',
    numerator: 'numerator',
    denominator: 'denominator',
    comment: 'comment',
    published: 'published',
    suppressed: 'suppressed',
  },
} as const;

const STATUS: Record<Language, Record<SubmissionStatus | 'NONE', string>> = {
  pl: {
    NONE: 'nie rozpoczęto',
    DRAFT: 'w przygotowaniu',
    SUBMITTED: 'przesłane',
    RETURNED: 'zwrócone do poprawy',
    APPROVED: 'zatwierdzone',
  },
  en: { NONE: 'not started', DRAFT: 'in preparation', SUBMITTED: 'submitted', RETURNED: 'returned for correction', APPROVED: 'approved' },
};

const SUPPRESSION: Record<Language, Record<SuppressionReason, string>> = {
  pl: {
    TOO_FEW_OFFICES: 'za mało urzędów',
    DOMINANCE: 'jeden urząd dominuje',
    NESTED_GROUP: 'chroni dane mniejszej grupy',
    NOT_RELEASED: 'wyniki okresu nie zostały jeszcze opublikowane',
  },
  en: {
    TOO_FEW_OFFICES: 'too few offices',
    DOMINANCE: 'one office dominates',
    NESTED_GROUP: 'protects the data of a smaller group',
    NOT_RELEASED: 'the period’s results have not been released yet',
  },
};

/** A submission's status in words ("not started" for none). */
export function exportStatusLabel(status: SubmissionStatus | null, language: Language): string {
  return STATUS[language][status ?? 'NONE'];
}

/** The indicator's name in the language with its unit in brackets: "Odsetek zadowolonych klientów [%]". */
export function indicatorHeader(indicator: Pick<ExportIndicator, 'name' | 'nameEn' | 'unit'>, language: Language): string {
  const name = language === 'en' ? indicator.nameEn || indicator.name : indicator.name;
  return indicator.unit.trim() ? `${name} [${indicator.unit.trim()}]` : name;
}

function partHeader(indicator: ExportIndicator, part: 'numerator' | 'denominator' | 'comment', language: Language): string {
  const name = language === 'en' ? indicator.nameEn || indicator.name : indicator.name;
  const label =
    part === 'numerator'
      ? language === 'en'
        ? (indicator.numeratorLabelEn ?? indicator.numeratorLabel)
        : indicator.numeratorLabel
      : part === 'denominator'
        ? language === 'en'
          ? (indicator.denominatorLabelEn ?? indicator.denominatorLabel)
          : indicator.denominatorLabel
        : null;
  return `${name} – ${WORDS[language][part]}${label ? `: ${label}` : ''}`;
}

export interface OfficeValuesInput {
  language: Language;
  indicators: readonly ExportIndicator[];
  /** The office's periods in order, each with its submission's status (null: none) and saved values. */
  periods: ReadonlyArray<{ period: ExportPeriod; status: SubmissionStatus | null; values: readonly ExportValue[] }>;
}

/**
 * The office's own values over time: a row per period (label, start, end, status), a column per
 * indicator with its unit in the header; a ratio also gets its numerator's and denominator's columns
 * when the office entered any, an indicator its comment column when the office wrote any.
 */
export function officeValuesTable({ language, indicators, periods }: OfficeValuesInput): ExportTable {
  const w = WORDS[language];
  const all = periods.flatMap(({ values }) => values);
  const columns = indicators.flatMap((indicator) => {
    const mine = all.filter((value) => value.indicatorId === indicator.id);
    const parts: Array<{ header: string; read: (value: ExportValue) => ExportCell }> = [
      { header: indicatorHeader(indicator, language), read: (value) => value.value },
    ];
    if (indicator.isRatio && mine.some((value) => value.numerator !== null || value.denominator !== null)) {
      parts.push(
        { header: partHeader(indicator, 'numerator', language), read: (value) => value.numerator },
        { header: partHeader(indicator, 'denominator', language), read: (value) => value.denominator },
      );
    }
    if (mine.some((value) => value.comment !== null && value.comment !== '')) {
      parts.push({ header: partHeader(indicator, 'comment', language), read: (value) => value.comment || null });
    }
    return parts.map((part) => ({ ...part, indicatorId: indicator.id }));
  });
  return {
    header: [w.period, w.start, w.end, w.status, ...columns.map((column) => column.header)],
    rows: periods.map(({ period, status, values }) => {
      const byIndicator = new Map(values.map((value) => [value.indicatorId, value]));
      return [
        period.label,
        period.startsOn,
        period.endsOn,
        exportStatusLabel(status, language),
        ...columns.map((column) => {
          const value = byIndicator.get(column.indicatorId);
          return value ? column.read(value) : null;
        }),
      ];
    }),
  };
}

/** One released cell as the benchmark query answers it for the office. */
export interface ExportCellStatistics {
  suppressionReason: SuppressionReason | null;
  contributorsBand: string | null;
  mean: number | null;
  pooledRate: number | null;
  median: number | null;
  p25: number | null;
  p75: number | null;
  own: number | null;
  ownQuartile: number | null;
}

export interface ComparisonInput {
  language: Language;
  rows: ReadonlyArray<{ period: ExportPeriod; groupName: string; indicator: ExportIndicator; cell: ExportCellStatistics }>;
}

/**
 * The peer statistics the office may see: a row per released period x peer group x indicator with the
 * statistics as the API publishes them. A suppressed cell says so and why, and carries no statistic.
 */
export function comparisonTable({ language, rows }: ComparisonInput): ExportTable {
  const w = WORDS[language];
  return {
    header: [
      w.period,
      w.start,
      w.end,
      w.group,
      w.code,
      w.indicator,
      w.unit,
      w.cell,
      w.reason,
      w.band,
      w.mean,
      w.pooled,
      w.median,
      w.p25,
      w.p75,
      w.own,
      w.quartile,
    ],
    rows: rows.map(({ period, groupName, indicator, cell }) => {
      const reason = cell.suppressionReason;
      const shown = (value: number | null) => (reason === null ? value : null);
      return [
        period.label,
        period.startsOn,
        period.endsOn,
        groupName,
        indicator.code,
        indicatorHeader(indicator, language),
        indicator.unit,
        reason === null ? w.published : `${w.suppressed}: ${SUPPRESSION[language][reason]}`,
        reason,
        reason === null ? cell.contributorsBand : null,
        shown(cell.mean),
        shown(cell.pooledRate),
        shown(cell.median),
        shown(cell.p25),
        shown(cell.p75),
        cell.own,
        shown(cell.ownQuartile),
      ];
    }),
  };
}

export interface ProgrammeValuesInput {
  language: Language;
  indicators: readonly ExportIndicator[];
  /** Office x period, in the lead's order, with the submission's status and the values by indicator id. */
  rows: ReadonlyArray<{
    office: { name: string; kind: OfficeKind };
    period: ExportPeriod;
    status: SubmissionStatus | null;
    values: ReadonlyMap<string, number | null>;
  }>;
}

/** The lead's identified values: a row per office x period, a column per indicator with its unit in the header. */
export function programmeValuesTable({ language, indicators, rows }: ProgrammeValuesInput): ExportTable {
  const w = WORDS[language];
  return {
    header: [w.office, w.officeKind, w.period, w.start, w.end, w.status, ...indicators.map((i) => indicatorHeader(i, language))],
    rows: rows.map(({ office, period, status, values }) => [
      office.name,
      officeKindName(office.kind, language),
      period.label,
      period.startsOn,
      period.endsOn,
      exportStatusLabel(status, language),
      ...indicators.map((indicator) => values.get(indicator.id) ?? null),
    ]),
  };
}

/**
 * An export's file name, ASCII only: "officebench-<slug>-<what>.<ext>", the slug from the office's or
 * programme's name folded as the practice search folds it (csv.ts's `fileNameFrom` does the same).
 */
export function exportFileName(subject: string, what: string, extension: string): string {
  const slug = foldText(subject)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `officebench-${slug || 'export'}-${what}.${extension}`;
}
