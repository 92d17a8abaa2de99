import {
  officeKindName,
  type CafCycleState,
  type Direction,
  englishCount,
  type Language,
  type OfficeKind,
  OFFICES_GENITIVE,
  OFFICES_EN,
  polishCount,
  PROGRESS_STATUSES,
  type ProgressStatus,
  type SubmissionStatus,
  type TargetKind,
  unitWord,
} from '@officebench/domain';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { asciiSlug, formatChange, formatDate, formatNumber, formatShare, formatWithUnit } from './pdf/pdf-format';
import { horizontalBars, PDF_CHART_COLOURS, rangeBar } from './pdf/pdf-charts';
import type { PdfDocument } from './pdf/pdf-renderer';

/**
 * The programme report as a document: plain data in (gathered by ProgrammeReportService from the lead's services), a pdfmake
 * definition out (JSON only: it is rendered on a worker thread). No database, no clock: the same data make the same document.
 */

export interface ReportIndicator {
  code: string;
  name: string;
  nameEn: string;
  unit: string;
  direction: Direction;
}

/** min, quartiles and max of a set of values (quartiles by linear interpolation, as PostgreSQL's percentile_cont). */
export interface QuantileSummary {
  n: number;
  min: number;
  p25: number;
  median: number;
  p75: number;
  max: number;
}

export interface IndicatorDistribution {
  indicator: ReportIndicator;
  /** Over every value the lead's distribution shows (any status); null without a value. */
  stats: QuantileSummary | null;
  /** How many of those values are approved. */
  approved: number;
}

export const COMPLETENESS_STATUSES = ['APPROVED', 'SUBMITTED', 'RETURNED', 'DRAFT', 'MISSING'] as const;
export type CompletenessStatus = (typeof COMPLETENESS_STATUSES)[number];

/** Offices of one kind (null: all) by the status of their submission in the period. */
export interface CompletenessRow {
  kind: OfficeKind | null;
  offices: number;
  counts: Record<CompletenessStatus, number>;
}

export interface TargetRow {
  indicator: ReportIndicator;
  kind: TargetKind;
  value: number;
  dueOn: Date | null;
  offices: number;
  officesWithData: number;
  officesOnTrack: number;
  byStatus: Record<ProgressStatus, number>;
  baselineMean: number | null;
  latestMean: number | null;
}

export interface CafSection {
  targetChange: number | null;
  cyclesByState: Record<CafCycleState, number>;
  officesWithCycles: number;
  officesWithChange: number;
  officesMeetingTarget: number;
  meanChange: number | null;
  latestTotals: QuantileSummary | null;
  changes: QuantileSummary | null;
}

export interface PracticeSection {
  total: number;
  /** Of them, by offices of this programme. */
  programmeTotal: number;
  /** Written up from published sources (loaded, not published on the platform): not in the quarters. */
  fromSources: number;
  quarters: Array<{ quarter: string; practices: number; cumulative: number }>;
  /** Every published practice by the year its office introduced it (null: not given). */
  years: Array<{ year: number | null; practices: number }>;
  criteria: Array<{ criterion: number; practices: number }>;
}

export interface AppendixOffice {
  officeId: string;
  name: string;
  kind: OfficeKind;
  region: string;
  status: SubmissionStatus | null;
  values: Array<{ indicator: ReportIndicator; value: number | null; median: number | null }>;
  targets: Array<{
    indicator: ReportIndicator;
    kind: TargetKind;
    value: number;
    baseline: number | null;
    latest: number | null;
    change: number | null;
    status: ProgressStatus;
  }>;
  caf: { closedCycles: number; latestTotal: number | null; change: number | null; meetsTarget: boolean | null } | null;
}

export interface ProgrammeReportData {
  generatedAt: Date;
  programme: { name: string; code: string };
  period: { label: string; startsOn: string; endsOn: string; deadline: Date; releasedAt: Date | null };
  offices: number;
  completeness: CompletenessRow[];
  distributions: IndicatorDistribution[];
  targets: TargetRow[];
  caf: CafSection | null;
  practices: PracticeSection;
  appendix: AppendixOffice[];
}

/** The p-quantile of sorted values by linear interpolation between closest ranks (PostgreSQL's percentile_cont). */
export function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

export function quantileSummary(values: readonly number[]): QuantileSummary | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    min: sorted[0],
    p25: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    p75: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1],
  };
}

/** `raport-programu-<code>-<period>.pdf` (`programme-report-...` in English), ASCII only. */
export function programmeReportFilename(code: string, periodLabel: string, language: Language): string {
  return `${language === 'pl' ? 'raport-programu' : 'programme-report'}-${asciiSlug(code)}-${asciiSlug(periodLabel)}.pdf`;
}

const KIND: Record<Language, Record<OfficeKind, string>> = {
  pl: {
    URBAN_GMINA: 'gminy miejskie',
    RURAL_GMINA: 'gminy wiejskie',
    URBAN_RURAL_GMINA: 'gminy miejsko-wiejskie',
    CITY_COUNTY: 'miasta na prawach powiatu',
    COUNTY: 'starostwa powiatowe',
    VOIVODESHIP: 'urzędy marszałkowskie',
    ASSOCIATION: 'związki jednostek samorządu',
  },
  en: {
    URBAN_GMINA: 'urban gminas',
    RURAL_GMINA: 'rural gminas',
    URBAN_RURAL_GMINA: 'urban-rural gminas',
    CITY_COUNTY: 'cities with county rights',
    COUNTY: 'county offices',
    VOIVODESHIP: 'voivodeship offices',
    ASSOCIATION: 'local-government associations',
  },
};

const STATUS: Record<Language, Record<CompletenessStatus, string>> = {
  pl: { APPROVED: 'zatwierdzone', SUBMITTED: 'przesłane', RETURNED: 'zwrócone', DRAFT: 'w przygotowaniu', MISSING: 'brak' },
  en: { APPROVED: 'approved', SUBMITTED: 'submitted', RETURNED: 'returned', DRAFT: 'in preparation', MISSING: 'missing' },
};

const OFFICE_STATUS: Record<Language, Record<CompletenessStatus, string>> = {
  pl: {
    APPROVED: 'zatwierdzone',
    SUBMITTED: 'przesłane, czeka na zatwierdzenie',
    RETURNED: 'zwrócone do poprawy',
    DRAFT: 'w przygotowaniu',
    MISSING: 'nie rozpoczęto',
  },
  en: {
    APPROVED: 'approved',
    SUBMITTED: 'submitted, awaiting approval',
    RETURNED: 'returned for correction',
    DRAFT: 'in preparation',
    MISSING: 'not started',
  },
};

const PROGRESS: Record<Language, Record<ProgressStatus, string>> = {
  pl: { MET: 'osiągnięty', ON_PACE: 'w tempie', BEHIND: 'poniżej tempa', MISSED: 'nieosiągnięty', NO_DATA: 'brak danych' },
  en: { MET: 'met', ON_PACE: 'on pace', BEHIND: 'behind pace', MISSED: 'missed', NO_DATA: 'no data' },
};

const CAF_STATE: Record<Language, Record<CafCycleState, string>> = {
  pl: { SCORING: 'ocena indywidualna', CONSENSUS: 'konsensus', CLOSED: 'zamknięte' },
  en: { SCORING: 'individual scoring', CONSENSUS: 'consensus', CLOSED: 'closed' },
};

const CRITERIA: Record<Language, string[]> = {
  pl: [
    'Przywództwo',
    'Strategia i planowanie',
    'Ludzie',
    'Partnerstwo i zasoby',
    'Procesy',
    'Wyniki dotyczące klientów',
    'Wyniki dotyczące pracowników',
    'Wyniki społeczne',
    'Kluczowe wyniki działania',
  ],
  en: [
    'Leadership',
    'Strategy and planning',
    'People',
    'Partnerships and resources',
    'Processes',
    'Citizen/customer-oriented results',
    'People results',
    'Social responsibility results',
    'Key performance results',
  ],
};

const T = {
  pl: {
    title: 'Raport programu',
    period: 'Okres',
    periodDates: 'od {from} do {to}, termin {deadline}',
    released: 'Wyniki opublikowane {date}.',
    notReleased: 'Wyniki okresu nie zostały jeszcze opublikowane urzędom.',
    generated:
      'Stan danych na {date}. Raport dla lidera programu: zawiera wartości poszczególnych urzędów i nie jest przeznaczony dla urzędów.',
    figures: {
      offices: 'urzędy w programie',
      indicators: 'wskaźniki okresu',
      approved: 'sprawozdań zatwierdzonych',
      practices: 'dobre praktyki w bazie',
    },
    contents: 'Spis treści',
    glance: 'W skrócie',
    glanceCompleteness: 'Sprawozdania {offices}: {counts}.',
    glanceTarget: '{indicator} (cel {target}): na dobrej drodze {onTrack} z {offices} z danymi.',
    glanceCaf: 'Samoocena CAF: {cycles}.',
    glanceCafTarget: 'Samoocena CAF: {cycles}; cel programu ({target}) osiągnięty w {met} z {offices} z dwoma cyklami.',
    glancePractices: 'Baza dobrych praktyk platformy: {practices}.',
    sections: [
      '1. Kompletność danych',
      '2. Rozkłady wskaźników',
      '3. Postęp względem celów programu',
      '4. Samoocena CAF',
      '5. Baza dobrych praktyk',
      'Załączniki: strona każdego urzędu',
    ],
    completenessIntro: 'Sprawozdania {offices} w okresie {period} według rodzaju urzędu.',
    completenessChart: 'Udział urzędów według stanu sprawozdania',
    kindColumn: 'Rodzaj urzędu',
    offices: 'Urzędy',
    allOffices: 'Wszystkie urzędy',
    distributionIntro:
      'Wartości urzędów w okresie: wszystkie zapisane, także jeszcze nieprzesłane (kolumna „zatw.” mówi, ile z nich zatwierdzono). Pasek: oś od minimum do maksimum, pas od 1. do 3. kwartyla, pomarańczowa kreska: mediana. Wartości zaokrąglone do trzech cyfr znaczących.',
    indicator: 'Wskaźnik',
    unit: 'Jedn.',
    n: 'n',
    approvedShort: 'zatw.',
    min: 'min',
    p25: 'Q1',
    median: 'mediana',
    p75: 'Q3',
    max: 'maks.',
    noValues: 'brak wartości',
    targetsIntro: 'Postęp urzędów względem celów programu (wartości zatwierdzone; bazą jest pierwsza zatwierdzona wartość urzędu).',
    noTargets: 'Program nie ma celów.',
    target: 'Cel',
    due: 'termin {date}',
    withData: 'z danymi',
    onTrack: 'na dobrej drodze',
    baselineMean: 'średnia bazowa',
    latestMean: 'średnia ostatnia',
    cafIntro: 'Cykle samooceny CAF urzędów programu i zmiana wyniku ogólnego między pierwszym a ostatnim zamkniętym cyklem.',
    noCaf: 'W programie nie było jeszcze cykli samooceny CAF.',
    cycles: 'Cykle według etapu',
    state: 'Etap',
    cycleCount: 'Cykle',
    officesWithCycles: 'Urzędy z co najmniej jednym cyklem',
    officesWithChange: 'Urzędy z dwoma zamkniętymi cyklami (zmiana)',
    meetingTarget: 'Urzędy, które osiągnęły cel {target}',
    meanChange: 'Średnia zmiana wyniku ogólnego',
    latestTotals: 'Ostatni wynik ogólny',
    changes: 'Zmiana wyniku ogólnego',
    noTarget: 'cel nie ustalony',
    practicesIntro:
      'Opublikowane dobre praktyki całej platformy: {total}, w tym {programme} autorstwa urzędów tego programu. Spośród nich {sources} opracowano na podstawie opublikowanych źródeł (wczytane do bazy, nie publikowane na platformie).',
    quarter: 'Kwartał publikacji',
    added: 'Dodane',
    cumulative: 'Razem w bazie',
    noQuarters: 'Żadna praktyka nie została jeszcze opublikowana na platformie.',
    criterion: 'Kryterium CAF',
    practicesCol: 'Praktyki',
    byCriterion: 'Praktyki według kryterium CAF (praktyka może dotyczyć kilku)',
    growth: 'Przyrost bazy: praktyki opublikowane na platformie w kolejnych kwartałach',
    byYear: 'Praktyki według roku wprowadzenia w urzędzie',
    yearUnknown: 'rok nie podany',
    appendix: 'Załącznik',
    statusLabel: 'Sprawozdanie za {period}',
    valuesTitle: 'Wartości urzędu w okresie wobec mediany programu (pasek: zakres programu, Q1–Q3, mediana, romb: urząd)',
    value: 'Wartość urzędu',
    programmeMedian: 'Mediana programu',
    difference: 'Różnica',
    spread: 'Na tle programu',
    better: 'lepiej',
    worse: 'gorzej',
    equal: 'równo',
    targetsTitle: 'Postęp względem celów programu',
    baseline: 'Baza',
    latest: 'Ostatnio',
    change: 'Zmiana',
    status: 'Stan',
    cafTitle: 'Samoocena CAF',
    cafNone: 'Urząd nie zamknął jeszcze cyklu samooceny CAF.',
    cafLine: 'Zamknięte cykle: {cycles}. Ostatni wynik ogólny: {total}. Zmiana od pierwszego cyklu: {change}.',
    meets: 'Cel programu ({target}) osiągnięty.',
    notMeets: 'Cel programu ({target}) jeszcze nie osiągnięty.',
    footer: '{programme} · {period}',
    pp: 'p.p.',
  },
  en: {
    title: 'Programme report',
    period: 'Period',
    periodDates: '{from} to {to}, deadline {deadline}',
    released: 'Results published on {date}.',
    notReleased: 'The period’s results have not been published to the offices yet.',
    generated:
      'Data as of {date}. A report for the programme’s lead: it holds individual offices’ values and is not meant for the offices.',
    figures: {
      offices: 'offices in the programme',
      indicators: 'indicators this period',
      approved: 'returns approved',
      practices: 'good practices in the database',
    },
    contents: 'Contents',
    glance: 'At a glance',
    glanceCompleteness: 'Returns of {offices}: {counts}.',
    glanceTarget: '{indicator} (target {target}): {onTrack} of {offices} with data on track.',
    glanceCaf: 'CAF self-assessment: {cycles}.',
    glanceCafTarget: 'CAF self-assessment: {cycles}; the programme’s target ({target}) met in {met} of {offices} with two cycles.',
    glancePractices: 'The platform’s good-practice database: {practices}.',
    sections: [
      '1. Completeness',
      '2. Distributions of the indicators',
      '3. Progress toward the programme’s targets',
      '4. CAF self-assessment',
      '5. Good-practice database',
      'Appendix: a page for each office',
    ],
    completenessIntro: 'Returns of {offices} in {period} by kind of office.',
    completenessChart: 'Share of offices by the state of their return',
    kindColumn: 'Kind of office',
    offices: 'Offices',
    allOffices: 'All offices',
    distributionIntro:
      'The offices’ values in the period: every saved one, including those not handed in yet (“appr.” says how many are approved). Bar: the axis from the minimum to the maximum, the band from the first to the third quartile, the orange tick: the median. Figures rounded to three significant digits.',
    indicator: 'Indicator',
    unit: 'Unit',
    n: 'n',
    approvedShort: 'appr.',
    min: 'min',
    p25: 'Q1',
    median: 'median',
    p75: 'Q3',
    max: 'max',
    noValues: 'no values',
    targetsIntro:
      'The offices’ progress toward the programme’s targets (approved values; the baseline is an office’s first approved value).',
    noTargets: 'The programme has no targets.',
    target: 'Target',
    due: 'due {date}',
    withData: 'with data',
    onTrack: 'on track',
    baselineMean: 'baseline mean',
    latestMean: 'latest mean',
    cafIntro:
      'The CAF self-assessment cycles of the programme’s offices and the change of the overall score between the first and the latest closed cycle.',
    noCaf: 'The programme has had no CAF self-assessment cycle yet.',
    cycles: 'Cycles by stage',
    state: 'Stage',
    cycleCount: 'Cycles',
    officesWithCycles: 'Offices with at least one cycle',
    officesWithChange: 'Offices with two closed cycles (a change)',
    meetingTarget: 'Offices that met the {target} target',
    meanChange: 'Mean change of the overall score',
    latestTotals: 'Latest overall score',
    changes: 'Change of the overall score',
    noTarget: 'no target set',
    practicesIntro:
      'Published good practices of the whole platform: {total}, {programme} of them by this programme’s offices. Of them, {sources} written up from published sources (loaded into the database, not published on the platform).',
    quarter: 'Quarter published',
    added: 'Added',
    cumulative: 'Total in the database',
    noQuarters: 'No practice has been published on the platform yet.',
    criterion: 'CAF criterion',
    practicesCol: 'Practices',
    byCriterion: 'Practices by CAF criterion (a practice may evidence several)',
    growth: 'Growth of the database: practices published on the platform by quarter',
    byYear: 'Practices by the year the office introduced them',
    yearUnknown: 'year not given',
    appendix: 'Appendix',
    statusLabel: 'Return for {period}',
    valuesTitle:
      'The office’s values in the period against the programme’s median (bar: the programme’s range, Q1–Q3, median; diamond: the office)',
    value: 'Office’s value',
    programmeMedian: 'Programme median',
    difference: 'Difference',
    spread: 'Within the programme',
    better: 'better',
    worse: 'worse',
    equal: 'equal',
    targetsTitle: 'Progress toward the programme’s targets',
    baseline: 'Baseline',
    latest: 'Latest',
    change: 'Change',
    status: 'Status',
    cafTitle: 'CAF self-assessment',
    cafNone: 'The office has not closed a CAF self-assessment cycle yet.',
    cafLine: 'Closed cycles: {cycles}. Latest overall score: {total}. Change since the first cycle: {change}.',
    meets: 'The programme’s target ({target}) is met.',
    notMeets: 'The programme’s target ({target}) is not met yet.',
    footer: '{programme} · {period}',
    pp: 'pp',
  },
} as const;

type Texts = (typeof T)[Language];

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));

const ACCENT = PDF_CHART_COLOURS.bar;
const MUTED = '#5a6473';
const STATUS_COLOURS: Record<CompletenessStatus, string> = {
  APPROVED: '#1d4f91',
  SUBMITTED: '#5b8bd0',
  RETURNED: '#c0392b',
  DRAFT: '#e3a33b',
  MISSING: '#c9d1dc',
};

/** Table layouts by name only (the document crosses to a worker thread, where functions cannot go). */
const TABLE_LAYOUT = 'lightHorizontalLines';

function indicatorName(indicator: ReportIndicator, language: Language): string {
  return language === 'pl' ? indicator.name : indicator.nameEn;
}

function officesCount(count: number, language: Language): string {
  return language === 'pl' ? polishCount(count, OFFICES_GENITIVE) : englishCount(count, OFFICES_EN);
}

/** "praktyka" as the subject (nominative) and as the object of "opracowano" (accusative): 1 praktyka / 1 praktykę, 2 praktyki, 5 praktyk. */
const PRACTICES_PL = { one: 'praktyka', few: 'praktyki', many: 'praktyk' };
const PRACTICES_PL_ACCUSATIVE = { one: 'praktykę', few: 'praktyki', many: 'praktyk' };
const PRACTICES_EN = { one: 'practice', other: 'practices' };
const WERE_EN = (count: number) => (count === 1 ? 'was' : 'were');

/** "+15 p.p.", "+150 pkt", "≥ 80 %", "+10 %" (relative). */
export function targetText(kind: TargetKind, value: number, unit: string, language: Language): string {
  if (kind === 'LEVEL') return formatWithUnit(value, unit, language);
  if (kind === 'RELATIVE_CHANGE') return `${formatChange(value, language)}\u00a0%`;
  const word = unit === 'pct' ? T[language].pp : unitWord(unit, language);
  return `${formatChange(value, language)}\u00a0${word}`;
}

/** Where the contents point: the sections' titles and the first appendix page. */
const SECTION_IDS = ['completeness', 'distributions', 'targets', 'caf', 'practices', 'appendix'] as const;

/** A section's title, on a new page. */
function heading(text: string, id: string, pageOrientation: 'portrait' | 'landscape' = 'portrait'): Content {
  return { text, id, style: 'h1', pageBreak: 'before', pageOrientation } as Content;
}

function header(cells: string[], alignments?: Array<'left' | 'right' | 'center'>): TableCell[] {
  return cells.map((text, index) => ({ text, style: 'th', alignment: alignments?.[index] ?? (index === 0 ? 'left' : 'right') }));
}

function num(text: string, extra: Record<string, unknown> = {}): TableCell {
  return { text, alignment: 'right', noWrap: true, ...extra } as TableCell;
}

/** One horizontal 100 % bar split by status, drawn with pdfmake's vector canvas. */
function statusBar(row: CompletenessRow, width: number): Content {
  return stackedBar(
    COMPLETENESS_STATUSES.map((status) => ({ value: row.counts[status], colour: STATUS_COLOURS[status] })),
    width,
  );
}

/** One horizontal bar of `width` split in proportion to the parts (counts of offices), in their order. */
function stackedBar(parts: ReadonlyArray<{ value: number; colour: string }>, width: number, height = 10): Content {
  const total = Math.max(
    parts.reduce((sum, part) => sum + part.value, 0),
    1,
  );
  let x = 0;
  const rects = parts.flatMap((part) => {
    const w = (part.value / total) * width;
    if (w <= 0) return [];
    const rect = { type: 'rect', x, y: 0, w, h: height, color: part.colour };
    x += w;
    return [rect];
  });
  return { canvas: rects, margin: [0, 2, 0, 0] } as Content;
}

const PROGRESS_COLOURS: Record<ProgressStatus, string> = {
  MET: '#1e7b34',
  ON_PACE: '#5b8bd0',
  BEHIND: '#e3a33b',
  MISSED: '#c0392b',
  NO_DATA: '#c9d1dc',
};

function completenessSection(data: ProgrammeReportData, t: Texts, language: Language): Content[] {
  const all = data.completeness.find((row) => row.kind === null);
  const chartRows = data.completeness.map((row) => [
    { text: row.kind === null ? t.allOffices : KIND[language][row.kind], bold: row.kind === null, fontSize: 8.5 },
    statusBar(row, 300),
    num(String(row.offices), { fontSize: 8.5 }),
  ]);
  const legend: Content = {
    columns: COMPLETENESS_STATUSES.map((status) => ({
      width: 'auto',
      columns: [
        { canvas: [{ type: 'rect', x: 0, y: 1, w: 8, h: 8, color: STATUS_COLOURS[status] }], width: 12 },
        { text: STATUS[language][status], fontSize: 8, width: 'auto', margin: [0, 0, 10, 0] },
      ],
    })),
    margin: [0, 4, 0, 10],
  } as Content;
  return [
    heading(t.sections[0], SECTION_IDS[0]),
    { text: fill(t.completenessIntro, { offices: officesCount(all?.offices ?? 0, language), period: data.period.label }), style: 'lead' },
    { text: t.completenessChart, style: 'h2' },
    {
      table: { widths: [150, 310, '*'], body: chartRows },
      layout: 'noBorders',
    } as Content,
    legend,
    {
      table: {
        headerRows: 1,
        widths: ['*', 'auto', ...COMPLETENESS_STATUSES.map(() => 'auto')],
        body: [
          header([t.kindColumn, t.offices, ...COMPLETENESS_STATUSES.map((status) => STATUS[language][status])]),
          ...data.completeness.map((row) => [
            { text: row.kind === null ? t.allOffices : KIND[language][row.kind], bold: row.kind === null },
            num(String(row.offices), { bold: row.kind === null }),
            ...COMPLETENESS_STATUSES.map((status) => num(String(row.counts[status]), { bold: row.kind === null })),
          ]),
        ],
      },
      layout: TABLE_LAYOUT,
    } as Content,
  ];
}

/** The charts' range bar over the offices' values (with one office's value as a marker in its appendix), without the axis labels: the table beside it has the numbers. */
function distributionBar(stats: QuantileSummary | null, language: Language, width: number, own: number | null = null): Content {
  if (!stats) return { text: '' };
  const bar = rangeBar({ ...stats, own }, (value) => formatNumber(round(value), language), width) as { stack: Content[] } | null;
  return bar ? bar.stack[0] : { text: '' };
}

function distributionSection(data: ProgrammeReportData, t: Texts, language: Language): Content[] {
  return [
    heading(t.sections[1], SECTION_IDS[1], 'landscape'),
    { text: t.distributionIntro, style: 'lead' },
    {
      table: {
        headerRows: 1,
        widths: ['*', 40, 20, 26, 40, 40, 44, 40, 40, 110],
        body: [
          header([t.indicator, t.unit, t.n, t.approvedShort, t.min, t.p25, t.median, t.p75, t.max, ''], ['left', 'left']),
          ...data.distributions.map(({ indicator, stats, approved }) => [
            { text: indicatorName(indicator, language), fontSize: 8 },
            { text: unitWord(indicator.unit, language), fontSize: 8, color: MUTED },
            num(String(stats?.n ?? 0), { fontSize: 8 }),
            num(String(approved), { fontSize: 8 }),
            ...(stats
              ? [
                  num(formatNumber(round(stats.min), language), { fontSize: 8 }),
                  num(formatNumber(round(stats.p25), language), { fontSize: 8 }),
                  num(formatNumber(round(stats.median), language), { fontSize: 8, bold: true }),
                  num(formatNumber(round(stats.p75), language), { fontSize: 8 }),
                  num(formatNumber(round(stats.max), language), { fontSize: 8 }),
                ]
              : [{ text: t.noValues, colSpan: 5, fontSize: 8, color: MUTED, alignment: 'center' }, '', '', '', '']),
            distributionBar(stats, language, 108),
          ]),
        ],
      },
      layout: TABLE_LAYOUT,
    } as Content,
  ];
}

/** Three significant digits for a fraction, the whole integer part for larger numbers (9,94; 93,8; 1235): how the report writes figures. */
export function round(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const digits = Math.max(0, 3 - Math.ceil(Math.log10(Math.abs(value))));
  const factor = 10 ** Math.min(digits, 6);
  return Math.round(value * factor) / factor;
}

function targetsSection(data: ProgrammeReportData, t: Texts, language: Language): Content[] {
  if (data.targets.length === 0) return [heading(t.sections[2], SECTION_IDS[2]), { text: t.noTargets, style: 'lead' }];
  return [
    heading(t.sections[2], SECTION_IDS[2]),
    { text: t.targetsIntro, style: 'lead' },
    ...data.targets.map((row) => {
      const share = row.officesWithData === 0 ? null : row.officesOnTrack / row.officesWithData;
      const dueText = row.dueOn ? ` · ${fill(t.due, { date: formatDate(row.dueOn, language) })}` : '';
      return {
        stack: [
          { text: indicatorName(row.indicator, language), style: 'h2' },
          {
            text: [
              { text: `${t.target}: `, color: MUTED },
              { text: targetText(row.kind, row.value, row.indicator.unit, language), bold: true },
              { text: dueText, color: MUTED },
            ],
            margin: [0, 0, 0, 4],
          },
          {
            columns: [
              figure(`${row.officesWithData} / ${row.offices}`, `${t.offices} ${t.withData}`),
              figure(formatShare(share, language), t.onTrack),
              figure(
                formatWithUnit(row.baselineMean === null ? null : round(row.baselineMean), row.indicator.unit, language),
                t.baselineMean,
              ),
              figure(formatWithUnit(row.latestMean === null ? null : round(row.latestMean), row.indicator.unit, language), t.latestMean),
            ],
            columnGap: 8,
            margin: [0, 0, 0, 6],
          },
          stackedBar(
            PROGRESS_STATUSES.map((status) => ({ value: row.byStatus[status], colour: PROGRESS_COLOURS[status] })),
            515,
            8,
          ),
          {
            table: {
              headerRows: 1,
              widths: PROGRESS_STATUSES.map(() => '*'),
              body: [
                PROGRESS_STATUSES.map((status) => ({
                  text: [{ text: '■ ', color: PROGRESS_COLOURS[status] }, PROGRESS[language][status]],
                  style: 'th',
                  alignment: 'center',
                })),
                PROGRESS_STATUSES.map((status) => ({
                  text: String(row.byStatus[status]),
                  alignment: 'center',
                })),
              ],
            },
            layout: TABLE_LAYOUT,
          },
        ],
        margin: [0, 0, 0, 14],
        unbreakable: true,
      } as Content;
    }),
  ];
}

function figure(value: string, label: string): Content {
  return {
    stack: [
      { text: value, fontSize: 15, bold: true, color: ACCENT, noWrap: true },
      { text: label, fontSize: 8, color: MUTED },
    ],
    width: '*',
  } as Content;
}

function summaryRow(label: string, stats: QuantileSummary | null, language: Language): TableCell[] {
  return [
    { text: label },
    num(String(stats?.n ?? 0)),
    ...(stats
      ? [stats.min, stats.median, stats.max].map((value) => num(formatNumber(round(value), language)))
      : [num('–'), num('–'), num('–')]),
  ];
}

function cafSection(data: ProgrammeReportData, t: Texts, language: Language): Content[] {
  const caf = data.caf;
  const totalCycles = caf ? Object.values(caf.cyclesByState).reduce((a, b) => a + b, 0) : 0;
  if (!caf || totalCycles === 0) return [heading(t.sections[3], SECTION_IDS[3]), { text: t.noCaf, style: 'lead' }];
  const target = caf.targetChange === null ? t.noTarget : targetText('CHANGE', caf.targetChange, 'points', language);
  return [
    heading(t.sections[3], SECTION_IDS[3]),
    { text: t.cafIntro, style: 'lead' },
    {
      columns: [
        figure(String(caf.officesWithCycles), t.officesWithCycles),
        figure(String(caf.officesWithChange), t.officesWithChange),
        figure(
          caf.targetChange === null ? '–' : `${caf.officesMeetingTarget} / ${caf.officesWithChange}`,
          fill(t.meetingTarget, { target }),
        ),
        figure(
          caf.meanChange === null ? '–' : `${formatChange(round(caf.meanChange), language)}\u00a0${unitWord('points', language)}`,
          t.meanChange,
        ),
      ],
      columnGap: 8,
      margin: [0, 0, 0, 12],
    } as Content,
    { text: t.cycles, style: 'h2' },
    {
      table: {
        headerRows: 1,
        widths: ['*', 60],
        body: [
          header([t.state, t.cycleCount]),
          ...(Object.keys(caf.cyclesByState) as CafCycleState[]).map((state) => [
            { text: CAF_STATE[language][state] },
            num(String(caf.cyclesByState[state])),
          ]),
        ],
      },
      layout: TABLE_LAYOUT,
      margin: [0, 0, 200, 12],
    } as Content,
    {
      table: {
        headerRows: 1,
        widths: ['*', 40, 60, 60, 60],
        body: [
          header(['', t.n, t.min, t.median, t.max]),
          summaryRow(t.latestTotals, caf.latestTotals, language),
          summaryRow(t.changes, caf.changes, language),
        ],
      },
      layout: TABLE_LAYOUT,
    } as Content,
  ];
}

function practicesSection(data: ProgrammeReportData, t: Texts, language: Language): Content[] {
  const p = data.practices;
  const count = (n: number) => (language === 'pl' ? polishCount(n, PRACTICES_PL) : englishCount(n, PRACTICES_EN));
  const sources = language === 'pl' ? polishCount(p.fromSources, PRACTICES_PL_ACCUSATIVE) : `${p.fromSources} ${WERE_EN(p.fromSources)}`;
  return [
    heading(t.sections[4], SECTION_IDS[4]),
    {
      text: fill(t.practicesIntro, { total: count(p.total), programme: p.programmeTotal, sources }),
      style: 'lead',
    },
    { text: t.growth, style: 'h2' },
    ...(p.quarters.length === 0
      ? [{ text: t.noQuarters, color: MUTED, margin: [0, 0, 0, 10] } as Content]
      : [
          horizontalBars(
            p.quarters.slice(-12).map((q) => ({ label: q.quarter, value: q.practices, text: String(q.practices) })),
            Math.max(...p.quarters.map((q) => q.practices), 1),
            300,
            90,
          ),
          {
            table: {
              headerRows: 1,
              widths: ['*', 70, 90],
              body: [
                header([t.quarter, t.added, t.cumulative]),
                ...p.quarters.map((q) => [{ text: q.quarter }, num(String(q.practices)), num(String(q.cumulative))]),
              ],
            },
            layout: TABLE_LAYOUT,
            margin: [0, 0, 0, 12],
          } as Content,
        ]),
    // A chart of no rows would be a table without a body, which pdfmake refuses.
    ...(p.years.length === 0
      ? []
      : [
          { text: t.byYear, style: 'h2' } as Content,
          horizontalBars(
            p.years.map((row) => ({
              label: row.year === null ? t.yearUnknown : String(row.year),
              value: row.practices,
              text: String(row.practices),
            })),
            Math.max(...p.years.map((row) => row.practices), 1),
            300,
            90,
          ),
        ]),
    { text: t.byCriterion, style: 'h2' },
    horizontalBars(
      CRITERIA[language]
        .map((_, index) => ({ criterion: index + 1, practices: p.criteria.find((row) => row.criterion === index + 1)?.practices ?? 0 }))
        .map((row) => ({
          label: `${row.criterion}. ${CRITERIA[language][row.criterion - 1] ?? ''}`,
          value: row.practices,
          text: String(row.practices),
        })),
      Math.max(...p.criteria.map((row) => row.practices), 1),
      250,
      180,
    ),
  ];
}

/** Better or worse than the median, as the indicator's direction has it. */
function comparison(value: number | null, median: number | null, direction: Direction, t: Texts, language: Language): TableCell {
  if (value === null || median === null) return num('–');
  const diff = value - median;
  const better = direction === 'HIGHER_BETTER' ? diff > 0 : diff < 0;
  const word = diff === 0 ? t.equal : better ? t.better : t.worse;
  const colour = diff === 0 ? MUTED : better ? '#1e7b34' : '#b03a2e';
  return num(`${formatChange(round(diff), language)} · ${word}`, { color: colour });
}

function appendixPage(
  office: AppendixOffice,
  data: ProgrammeReportData,
  stats: ReadonlyMap<string, QuantileSummary | null>,
  first: boolean,
  t: Texts,
  language: Language,
): Content[] {
  const status: CompletenessStatus = office.status ?? 'MISSING';
  return [
    {
      text: `${t.appendix}: ${office.name}`,
      style: 'appendixTitle',
      pageBreak: 'before',
      ...(first ? { id: SECTION_IDS[5] } : {}),
    } as Content,
    {
      text: [
        { text: `${officeKindName(office.kind, language)} · ${office.region}`, color: MUTED },
        { text: `   ${fill(t.statusLabel, { period: data.period.label })}: `, color: MUTED },
        { text: OFFICE_STATUS[language][status], bold: true, color: STATUS_COLOURS[status] === '#c9d1dc' ? MUTED : STATUS_COLOURS[status] },
      ],
      margin: [0, 0, 0, 8],
    } as Content,
    { text: t.valuesTitle, style: 'h3' },
    {
      table: {
        headerRows: 1,
        widths: ['*', 64, 64, 72, 84],
        body: [
          header([t.indicator, t.value, t.programmeMedian, t.difference, t.spread], ['left', 'right', 'right', 'right', 'left']),
          ...office.values.map((row) => [
            { text: indicatorName(row.indicator, language) },
            num(formatWithUnit(row.value === null ? null : round(row.value), row.indicator.unit, language), { bold: true }),
            num(formatWithUnit(row.median === null ? null : round(row.median), row.indicator.unit, language)),
            comparison(row.value, row.median, row.indicator.direction, t, language),
            distributionBar(stats.get(row.indicator.code) ?? null, language, 80, row.value),
          ]),
        ],
      },
      layout: TABLE_LAYOUT,
      fontSize: 8,
      margin: [0, 0, 0, 10],
    } as Content,
    ...(office.targets.length === 0
      ? []
      : [
          { text: t.targetsTitle, style: 'h3' } as Content,
          {
            table: {
              headerRows: 1,
              widths: ['*', 50, 44, 44, 44, 66],
              body: [
                header([t.indicator, t.target, t.baseline, t.latest, t.change, t.status]),
                ...office.targets.map((row) => [
                  { text: indicatorName(row.indicator, language) },
                  num(targetText(row.kind, row.value, row.indicator.unit, language)),
                  num(formatNumber(row.baseline === null ? null : round(row.baseline), language)),
                  num(formatNumber(row.latest === null ? null : round(row.latest), language)),
                  num(formatChange(row.change === null ? null : round(row.change), language)),
                  num(PROGRESS[language][row.status]),
                ]),
              ],
            },
            layout: TABLE_LAYOUT,
            fontSize: 8,
            margin: [0, 0, 0, 10],
          } as Content,
        ]),
    { text: t.cafTitle, style: 'h3' },
    office.caf === null || office.caf.closedCycles === 0
      ? ({ text: t.cafNone, color: MUTED } as Content)
      : ({
          stack: [
            fill(t.cafLine, {
              cycles: office.caf.closedCycles,
              total: formatNumber(office.caf.latestTotal, language),
              change: formatChange(office.caf.change, language),
            }),
            ...(data.caf?.targetChange != null && office.caf.meetsTarget !== null
              ? [
                  {
                    text: fill(office.caf.meetsTarget ? t.meets : t.notMeets, {
                      target: targetText('CHANGE', data.caf.targetChange, 'points', language),
                    }),
                    color: MUTED,
                  },
                ]
              : []),
          ],
        } as Content),
  ];
}

const CLOSED_CYCLES_PL = { one: 'zamknięty cykl', few: 'zamknięte cykle', many: 'zamkniętych cykli' };
const CLOSED_CYCLES_EN = { one: 'closed cycle', other: 'closed cycles' };

/** The cover's few sentences: completeness, each target, CAF and the practices, with the counts' nouns in the form the number asks for. */
export function glance(data: ProgrammeReportData, language: Language): string[] {
  const t = T[language];
  const lines: string[] = [];
  const all = data.completeness.find((row) => row.kind === null);
  if (all) {
    const counts = COMPLETENESS_STATUSES.map((status) => `${STATUS[language][status]}: ${all.counts[status]}`).join(', ');
    lines.push(fill(t.glanceCompleteness, { offices: officesCount(all.offices, language), counts }));
  }
  for (const target of data.targets)
    lines.push(
      fill(t.glanceTarget, {
        indicator: indicatorName(target.indicator, language),
        target: targetText(target.kind, target.value, target.indicator.unit, language),
        onTrack: target.officesOnTrack,
        offices: officesCount(target.officesWithData, language),
      }),
    );
  const caf = data.caf;
  if (caf && caf.cyclesByState.CLOSED > 0) {
    const cycles =
      language === 'pl'
        ? polishCount(caf.cyclesByState.CLOSED, CLOSED_CYCLES_PL)
        : englishCount(caf.cyclesByState.CLOSED, CLOSED_CYCLES_EN);
    lines.push(
      caf.targetChange === null
        ? fill(t.glanceCaf, { cycles })
        : fill(t.glanceCafTarget, {
            cycles,
            target: targetText('CHANGE', caf.targetChange, 'points', language),
            met: caf.officesMeetingTarget,
            offices: officesCount(caf.officesWithChange, language),
          }),
    );
  }
  lines.push(
    fill(t.glancePractices, {
      practices: language === 'pl' ? polishCount(data.practices.total, PRACTICES_PL) : englishCount(data.practices.total, PRACTICES_EN),
    }),
  );
  return lines;
}

function cover(data: ProgrammeReportData, t: Texts, language: Language): Content[] {
  const all = data.completeness.find((row) => row.kind === null);
  const approvedShare = all && all.offices > 0 ? all.counts.APPROVED / all.offices : null;
  return [
    { canvas: [{ type: 'rect', x: 0, y: 0, w: 515, h: 6, color: ACCENT }], margin: [0, 0, 0, 24] } as Content,
    { text: 'OfficeBench', color: MUTED, fontSize: 10, characterSpacing: 1 },
    { text: t.title, style: 'coverTitle' },
    { text: data.programme.name, style: 'coverProgramme' },
    {
      text: [
        { text: `${t.period} ${data.period.label}`, bold: true },
        {
          text: `  ·  ${fill(t.periodDates, {
            from: formatDate(new Date(`${data.period.startsOn}T12:00:00Z`), language),
            to: formatDate(new Date(`${data.period.endsOn}T12:00:00Z`), language),
            deadline: formatDate(data.period.deadline, language),
          })}`,
          color: MUTED,
        },
      ],
      margin: [0, 0, 0, 4],
    },
    {
      text: data.period.releasedAt ? fill(t.released, { date: formatDate(data.period.releasedAt, language) }) : t.notReleased,
      color: MUTED,
      margin: [0, 0, 0, 28],
    },
    {
      columns: [
        figure(String(data.offices), t.figures.offices),
        figure(String(data.distributions.length), t.figures.indicators),
        figure(formatShare(approvedShare, language), t.figures.approved),
        figure(String(data.practices.total), t.figures.practices),
      ],
      columnGap: 12,
      margin: [0, 0, 0, 32],
    } as Content,
    { text: t.glance, style: 'h2' },
    { ul: glance(data, language).map((line) => ({ text: line, margin: [0, 1, 0, 1] })), margin: [0, 0, 0, 20] } as Content,
    { text: t.contents, style: 'h2' },
    {
      table: {
        widths: ['*', 'auto'],
        body: t.sections
          .map((section, index) => ({ section, id: SECTION_IDS[index] }))
          .filter(({ id }) => id !== 'appendix' || data.appendix.length > 0)
          .map(({ section, id }) => [
            { text: section, linkToDestination: id, margin: [0, 2, 0, 2] },
            { text: '00', pageReference: id, alignment: 'right', margin: [0, 2, 0, 2] },
          ]),
      },
      layout: 'noBorders',
      margin: [0, 0, 200, 24],
    } as Content,
    { text: fill(t.generated, { date: formatDate(data.generatedAt, language) }), fontSize: 8.5, color: MUTED },
  ];
}

export function buildProgrammeReport(data: ProgrammeReportData, language: Language): PdfDocument {
  const t = T[language];
  const stats = new Map(data.distributions.map((d) => [d.indicator.code, d.stats]));
  return {
    language,
    footerText: fill(t.footer, { programme: data.programme.name, period: data.period.label }),
    info: { title: `${t.title}: ${data.programme.name}, ${data.period.label}`, subject: data.programme.code },
    content: [
      ...cover(data, t, language),
      ...completenessSection(data, t, language),
      ...distributionSection(data, t, language),
      ...targetsSection(data, t, language),
      ...cafSection(data, t, language),
      ...practicesSection(data, t, language),
      ...data.appendix.flatMap((office, index) => appendixPage(office, data, stats, index === 0, t, language)),
    ],
    styles: {
      coverTitle: { fontSize: 28, bold: true, color: ACCENT, margin: [0, 4, 0, 6] },
      coverProgramme: { fontSize: 16, margin: [0, 0, 0, 14] },
      h1: { fontSize: 16, bold: true, color: ACCENT, margin: [0, 0, 0, 6] },
      h2: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
      h3: { fontSize: 10, bold: true, color: ACCENT, margin: [0, 4, 0, 3] },
      lead: { fontSize: 9.5, color: '#2b3440', margin: [0, 0, 0, 10], lineHeight: 1.2 },
      th: { bold: true, fontSize: 8, color: MUTED },
      appendixTitle: { fontSize: 14, bold: true, color: ACCENT, margin: [0, 0, 0, 2] },
    },
  };
}
