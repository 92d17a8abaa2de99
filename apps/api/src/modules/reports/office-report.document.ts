import {
  type Direction,
  type Language,
  type ProgressStatus,
  type StandingRank,
  type SuppressionReason,
  type TargetKind,
  unitWord,
  type Verdict,
} from '@officebench/domain';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { horizontalBars, PDF_CHART_COLOURS, rangeBar, trendLine } from './pdf/pdf-charts';
import { asciiSlug, formatChange, formatDate, formatNumber, formatWithUnit } from './pdf/pdf-format';
import type { PdfDocument } from './pdf/pdf-renderer';

/**
 * The office report ("one period's benchmark for one office") as a document: plain data in (gathered by OfficeReportService from the
 * services behind the office's own queries), a pdfmake definition out (JSON only: it is rendered on a worker thread). No database, no
 * clock: the same data make the same document.
 */

/** One indicator of the period: the office's value and the chosen group's released statistics (null where the cell is withheld). */
export interface ReportRow {
  code: string;
  name: string;
  unit: string;
  direction: Direction;
  own: number | null;
  /** own − the office's value in the period before that has one (the scorecard's change when this period is the latest). */
  change: number | null;
  changeFrom: string | null;
  /** Null: published. */
  suppressionReason: SuppressionReason | null;
  contributorsBand: string | null;
  mean: number | null;
  median: number | null;
  p25: number | null;
  p75: number | null;
  quartile: number | null;
  standing: StandingRank | null;
  versusMean: Verdict | null;
}

export interface ReportTrend {
  code: string;
  name: string;
  unit: string;
  /** Released periods up to the report's, oldest first. */
  points: Array<{ label: string; own: number | null; median: number | null; mean: number | null }>;
}

export interface ReportTarget {
  code: string;
  name: string;
  unit: string;
  kind: TargetKind;
  value: number;
  dueOn: Date | null;
  baseline: number | null;
  baselinePeriod: string | null;
  latest: number | null;
  latestPeriod: string | null;
  change: number | null;
  status: ProgressStatus;
  onTrack: boolean;
}

export interface ReportCaf {
  periodLabel: string;
  released: boolean;
  total: number | null;
  previousTotal: number | null;
  criteria: Array<{ number: number; name: string; score: number | null; previousScore: number | null }>;
  /** Per peer group: the nine criterion means where released and not withheld. */
  peers: Array<{ name: string; contributorsBand: string | null; suppressionReason: string | null; means: number[] | null }>;
}

export interface ReportPractice {
  indicator: string;
  title: string;
  summary: string;
  office: string;
  officeImproved: boolean;
}

export interface OfficeReportData {
  language: Language;
  madeAt: Date;
  programme: { name: string; isDemo: boolean };
  office: { name: string; region: string };
  period: { id: string; label: string; released: boolean };
  peerGroup: { name: string } | null;
  rows: ReportRow[];
  trends: ReportTrend[];
  targets: ReportTarget[];
  caf: ReportCaf | null;
  practices: ReportPractice[];
}

const TEXT = {
  pl: {
    title: 'Raport urzędu',
    subtitle: 'Benchmark jednego okresu na tle grupy porównawczej',
    programme: 'Program',
    office: 'Urząd',
    period: 'Okres',
    peerGroup: 'Grupa porównawcza',
    made: 'Data sporządzenia',
    noGroup: 'brak (program nie ma grup porównawczych)',
    demo: 'Program demonstracyjny: wartości wskaźników są syntetyczne.',
    confidentiality:
      'Statystyki grupy pochodzą wyłącznie z opublikowanych komórek benchmarku (tylko grupy dość liczne, by żaden urząd nie był rozpoznawalny, i bez dominacji jednego urzędu). Raport nie zawiera wartości żadnego innego urzędu.',
    notReleased: (label: string) =>
      `Wyniki okresu ${label} nie zostały jeszcze opublikowane: raport pokazuje wartości urzędu bez statystyk grupy.`,
    scorecard: 'Wyniki okresu',
    indicator: 'Wskaźnik',
    own: 'Wartość urzędu',
    change: 'Zmiana',
    median: 'Mediana grupy',
    mean: 'Średnia grupy',
    middle: 'Środkowa połowa (25.–75. percentyl)',
    standing: 'Pozycja w grupie',
    chart: 'Na tle grupy',
    since: (label: string) => `od ${label}`,
    chartLegend:
      'Wykres: jasnoniebieski pasek – środkowa połowa grupy (25.–75. percentyl), pomarańczowa kreska – mediana, cienka niebieska kreska – średnia, czarny romb – wartość urzędu; skala od najniższej do najwyższej z tych liczb. Wartości urzędu zaokrąglone do dwóch miejsc po przecinku, jak na stronach urzędu; statystyki grupy takie, jak je opublikowano.',
    standings: {
      1: 'najlepsza ćwiartka',
      2: 'druga ćwiartka (lepsza połowa)',
      3: 'trzecia ćwiartka (słabsza połowa)',
      4: 'najsłabsza ćwiartka',
    } as Record<StandingRank, string>,
    verdicts: { BETTER: 'lepiej niż średnia', WORSE: 'gorzej niż średnia', SAME: 'tak jak średnia' } as Record<Verdict, string>,
    reasons: {
      TOO_FEW_OFFICES: 'statystyki ukryte: za mało urzędów',
      DOMINANCE: 'statystyki ukryte: jeden urząd dominuje',
      NESTED_GROUP: 'statystyki ukryte: chronią dane mniejszej grupy',
      NOT_RELEASED: 'okres nieopublikowany',
      NOT_PUBLISHED: 'statystyki nieopublikowane',
    } as Record<string, string>,
    offices: (band: string) => `urzędów: ${band}`,
    noRows: 'W tym okresie program nie ma wskaźników.',
    trends: 'Trendy',
    trendsIntro: 'Wartości urzędu oraz średnia i mediana grupy w opublikowanych okresach (do okresu raportu); „–”: statystyka ukryta.',
    trendLegend: 'Wykres: czarna linia – urząd, niebieska przerywana – średnia grupy, pomarańczowa przerywana – mediana grupy.',
    meanShort: 'Średnia',
    medianShort: 'Mediana',
    noTrend: 'brak opublikowanych okresów',
    targets: 'Postęp do celów programu',
    target: 'Cel',
    due: 'Termin',
    baseline: 'Punkt wyjścia',
    latest: 'Ostatnia wartość',
    status: 'Stan',
    noTargets: 'Program nie ma celów dla wskaźników tego okresu.',
    targetKinds: {
      LEVEL: (value: string) => `osiągnąć ${value}`,
      CHANGE: (value: string) => `zmiana o ${value} od punktu wyjścia`,
      RELATIVE_CHANGE: (value: string) => `zmiana o ${value} % punktu wyjścia`,
    } as Record<TargetKind, (value: string) => string>,
    statuses: {
      MET: 'osiągnięty',
      MISSED: 'nieosiągnięty',
      ON_PACE: 'w tempie',
      BEHIND: 'poniżej tempa',
      NO_DATA: 'brak danych',
    } as Record<ProgressStatus, string>,
    noDue: 'bez terminu',
    caf: (label: string) => `Samoocena CAF (${label})`,
    criterion: 'Kryterium',
    score: 'Wynik urzędu',
    previous: 'Poprzednia samoocena',
    total: 'Suma (9 kryteriów, maks. 900)',
    cafNotReleased: 'Średnie grup dla tego okresu CAF nie zostały jeszcze opublikowane.',
    cafWithheld: 'średnie ukryte',
    cafChart: 'Wyniki urzędu w kryteriach (0–100)',
    noCaf: 'Urząd nie ma jeszcze zamkniętej samooceny CAF.',
    practices: 'Sugerowane dobre praktyki',
    practicesIntro:
      'Opublikowane praktyki innych urzędów powiązane ze wskaźnikami, w których urząd jest poniżej mediany (lub średniej) grupy w tym okresie.',
    noPractices: 'Brak sugestii: w tym okresie urząd nie odstaje od grupy w żadnym wskaźniku z opublikowanymi statystykami.',
    improved: 'urząd poprawił ten wskaźnik',
    forIndicator: (name: string) => `wskaźnik: ${name}`,
    footer: (office: string, period: string) => `Raport urzędu ${office} · ${period}`,
  },
  en: {
    title: 'Office report',
    subtitle: "One period's benchmark against a peer group",
    programme: 'Programme',
    office: 'Office',
    period: 'Period',
    peerGroup: 'Peer group',
    made: 'Made on',
    noGroup: 'none (the programme has no peer groups)',
    demo: 'Demo programme: the indicator values are synthetic.',
    confidentiality:
      "The group's statistics come only from released benchmark cells (only groups large enough for no office to be recognisable, with no office dominating). The report holds no other office's value.",
    notReleased: (label: string) =>
      `The results of ${label} are not released yet: the report shows the office's values without the group's statistics.`,
    scorecard: "The period's results",
    indicator: 'Indicator',
    own: "Office's value",
    change: 'Change',
    median: 'Group median',
    mean: 'Group mean',
    middle: 'Middle half (25th–75th percentile)',
    standing: 'Standing in the group',
    chart: 'Against the group',
    since: (label: string) => `since ${label}`,
    chartLegend:
      "Chart: light blue bar – the group's middle half (25th–75th percentile), orange tick – the median, thin blue tick – the mean, black diamond – the office's value; the scale runs from the lowest to the highest of these numbers. The office's values are rounded to two decimals, as on the office's pages; the group's statistics are as released.",
    standings: {
      1: 'best quarter',
      2: 'second quarter (better half)',
      3: 'third quarter (weaker half)',
      4: 'weakest quarter',
    } as Record<StandingRank, string>,
    verdicts: { BETTER: 'better than the mean', WORSE: 'worse than the mean', SAME: 'same as the mean' } as Record<Verdict, string>,
    reasons: {
      TOO_FEW_OFFICES: 'statistics withheld: too few offices',
      DOMINANCE: 'statistics withheld: one office dominates',
      NESTED_GROUP: "statistics withheld: they protect a smaller group's data",
      NOT_RELEASED: 'period not released',
      NOT_PUBLISHED: 'statistics not published',
    } as Record<string, string>,
    offices: (band: string) => `offices: ${band}`,
    noRows: 'The programme has no indicators in this period.',
    trends: 'Trends',
    trendsIntro: "The office's values and the group's mean and median in the released periods (up to the report's period); “–”: withheld.",
    trendLegend: "Chart: black line – the office, blue dashed – the group's mean, orange dashed – the group's median.",
    meanShort: 'Mean',
    medianShort: 'Median',
    noTrend: 'no released periods',
    targets: "Progress to the programme's targets",
    target: 'Target',
    due: 'Due',
    baseline: 'Baseline',
    latest: 'Latest value',
    status: 'Status',
    noTargets: "The programme has no targets for this period's indicators.",
    targetKinds: {
      LEVEL: (value: string) => `reach ${value}`,
      CHANGE: (value: string) => `change by ${value} from the baseline`,
      RELATIVE_CHANGE: (value: string) => `change by ${value} % of the baseline`,
    } as Record<TargetKind, (value: string) => string>,
    statuses: { MET: 'met', MISSED: 'missed', ON_PACE: 'on pace', BEHIND: 'behind pace', NO_DATA: 'no data' } as Record<
      ProgressStatus,
      string
    >,
    noDue: 'no due date',
    caf: (label: string) => `CAF self-assessment (${label})`,
    criterion: 'Criterion',
    score: "Office's score",
    previous: 'Previous self-assessment',
    total: 'Total (9 criteria, max. 900)',
    cafNotReleased: "The groups' means for this CAF period are not released yet.",
    cafWithheld: 'means withheld',
    cafChart: "The office's criterion scores (0–100)",
    noCaf: 'The office has no closed CAF self-assessment yet.',
    practices: 'Suggested good practices',
    practicesIntro:
      "Other offices' published practices linked to the indicators where the office is below the group's median (or mean) in this period.",
    noPractices: 'No suggestions: in this period the office is not behind the group in any indicator with released statistics.',
    improved: 'the office improved on this indicator',
    forIndicator: (name: string) => `indicator: ${name}`,
    footer: (office: string, period: string) => `Office report ${office} · ${period}`,
  },
};

const HEADER_FILL = '#eef2f7';
/** An office's own values and their changes as the web shows them (at most two decimals); the group's statistics as published. */
const READING = { reading: true } as const;
const MUTED = '#555555';

/** Tables cross to the worker thread as JSON, so a built-in layout (functions cannot go): light rules under the rows. */
const TABLE_LAYOUT = 'lightHorizontalLines';

const header = (texts: string[], fontSize?: number): TableCell[] =>
  texts.map((text) => ({ text, style: 'tableHeader', fillColor: HEADER_FILL, ...(fontSize ? { fontSize } : {}) }));

/** The report's file name: ASCII only ("raport-urzad-gminy-x-2026-q1.pdf"). */
export function officeReportFilename(data: Pick<OfficeReportData, 'office' | 'period'>): string {
  return `raport-${asciiSlug(data.office.name)}-${asciiSlug(data.period.label)}.pdf`;
}

/** The middle half of a cell as written in the report ("12,5 – 20"), "–" when withheld. */
export function middleHalf(p25: number | null, p75: number | null, language: Language): string {
  return p25 === null || p75 === null ? '–' : `${formatNumber(p25, language)} – ${formatNumber(p75, language)}`;
}

/** A line's standing as written in the report: the quarter (when published) and the verdict against the mean. */
export function standingText(row: Pick<ReportRow, 'standing' | 'versusMean' | 'suppressionReason'>, language: Language): string {
  const t = TEXT[language];
  if (row.suppressionReason !== null) return t.reasons[row.suppressionReason] ?? t.reasons.NOT_PUBLISHED;
  return [row.standing === null ? null : t.standings[row.standing], row.versusMean === null ? null : t.verdicts[row.versusMean]]
    .filter((part): part is string => part !== null)
    .join('; ');
}

function titleBlock(data: OfficeReportData): Content[] {
  const t = TEXT[data.language];
  const field = (label: string, value: string): TableCell[] => [
    { text: label, color: MUTED },
    { text: value, bold: true },
  ];
  return [
    { text: t.title, style: 'title' },
    { text: t.subtitle, color: MUTED, margin: [0, 0, 0, 8] },
    {
      table: {
        widths: [120, '*'],
        body: [
          field(t.programme, data.programme.name),
          field(t.office, `${data.office.name} (${data.office.region})`),
          field(t.period, data.period.label),
          field(t.peerGroup, data.peerGroup?.name ?? t.noGroup),
          field(t.made, formatDate(data.madeAt, data.language)),
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 6],
    },
    ...(data.programme.isDemo ? [{ text: t.demo, italics: true, color: MUTED }] : []),
    ...(data.period.released
      ? []
      : [{ text: t.notReleased(data.period.label), bold: true, color: '#8a4b00', margin: [0, 4, 0, 0] } as Content]),
    { text: t.confidentiality, fontSize: 8, color: MUTED, margin: [0, 4, 0, 0] },
  ];
}

function scorecardTable(data: OfficeReportData): Content[] {
  const t = TEXT[data.language];
  const language = data.language;
  if (data.rows.length === 0) return [{ text: t.scorecard, style: 'heading' }, { text: t.noRows }];
  const body: TableCell[][] = [header([t.indicator, t.own, t.change, t.median, t.mean, t.middle, t.standing, t.chart])];
  for (const row of data.rows) {
    const chart = rangeBar(
      { min: null, p25: row.p25, median: row.median, p75: row.p75, max: null, own: row.own, mean: row.mean },
      // The axis's ends are figures of the table: the own value written as in its column, a statistic as released.
      (value) => formatNumber(value, language, value === row.own ? READING : {}),
      120,
    );
    body.push([
      { text: row.name, bold: true },
      { text: formatWithUnit(row.own, row.unit, language, READING) },
      {
        stack: [
          { text: formatChange(row.change, language, READING) },
          ...(row.changeFrom && row.change !== null ? [{ text: t.since(row.changeFrom), fontSize: 7, color: MUTED }] : []),
        ],
      },
      { text: formatWithUnit(row.median, row.unit, language) },
      { text: formatWithUnit(row.mean, row.unit, language) },
      { text: middleHalf(row.p25, row.p75, language) },
      {
        stack: [
          { text: standingText(row, language) },
          ...(row.contributorsBand ? [{ text: t.offices(row.contributorsBand), fontSize: 7, color: MUTED }] : []),
        ],
      },
      chart ?? { text: '' },
    ]);
  }
  return [
    { text: t.scorecard, style: 'heading' },
    {
      table: { headerRows: 1, dontBreakRows: true, widths: [150, 62, 52, 56, 56, 72, 98, 124], body },
      layout: TABLE_LAYOUT,
    },
    { text: t.chartLegend, fontSize: 7.5, color: MUTED, margin: [0, 4, 0, 0] },
  ];
}

function trendBlock(trend: ReportTrend, language: Language): Content {
  const t = TEXT[language];
  const own = new Set(trend.points.map((point) => point.own));
  const format = (value: number) => formatNumber(value, language, own.has(value) ? READING : {});
  const chart = trendLine(
    trend.points.map((point) => point.label),
    [
      { values: trend.points.map((point) => point.own), colour: PDF_CHART_COLOURS.own },
      { values: trend.points.map((point) => point.mean), colour: PDF_CHART_COLOURS.mean, dashed: true },
      { values: trend.points.map((point) => point.median), colour: PDF_CHART_COLOURS.median, dashed: true },
    ],
    format,
    { width: 130, height: 62 },
  );
  const table: Content = {
    table: {
      headerRows: 1,
      widths: [36, '*', '*', '*'],
      body: [
        header([t.period, t.office, t.meanShort, t.medianShort], 7),
        ...trend.points.map((point): TableCell[] => [
          point.label,
          formatNumber(point.own, language, READING),
          formatNumber(point.mean, language),
          formatNumber(point.median, language),
        ]),
      ],
    },
    layout: TABLE_LAYOUT,
    fontSize: 7.5,
  };
  return {
    unbreakable: true,
    margin: [0, 0, 0, 10],
    stack: [
      { text: `${trend.name} (${unitWord(trend.unit, language)})`, bold: true, margin: [0, 0, 0, 3] },
      trend.points.length === 0 || chart === null
        ? { text: t.noTrend, color: MUTED }
        : {
            columns: [
              { width: 176, stack: [chart] },
              { width: '*', stack: [table] },
            ],
            columnGap: 8,
          },
    ],
  };
}

function trends(data: OfficeReportData): Content[] {
  const t = TEXT[data.language];
  if (data.trends.length === 0) return [];
  const blocks = data.trends.map((trend) => trendBlock(trend, data.language));
  const rows: Content[] = [];
  for (let i = 0; i < blocks.length; i += 2) {
    rows.push({
      columns: [
        { width: '*', stack: [blocks[i]] },
        { width: '*', stack: blocks[i + 1] ? [blocks[i + 1]] : [] },
      ],
      columnGap: 24,
    });
  }
  return [
    { text: t.trends, style: 'heading', pageBreak: 'before' },
    { text: `${t.trendsIntro} ${t.trendLegend}`, fontSize: 8, color: MUTED, margin: [0, 0, 0, 8] },
    ...rows,
  ];
}

function targetsTable(data: OfficeReportData): Content[] {
  const t = TEXT[data.language];
  const language = data.language;
  const heading: Content = { text: t.targets, style: 'heading' };
  if (data.targets.length === 0) return [heading, { text: t.noTargets, color: MUTED }];
  const goal = (target: ReportTarget) =>
    target.kind === 'LEVEL'
      ? t.targetKinds.LEVEL(formatWithUnit(target.value, target.unit, language))
      : t.targetKinds[target.kind](formatChange(target.value, language));
  const withPeriod = (value: number | null, unit: string, period: string | null) =>
    value === null ? '–' : `${formatWithUnit(value, unit, language, READING)}${period ? ` (${period})` : ''}`;
  return [
    heading,
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [170, '*', 76, 96, 96, 46, 72],
        body: [
          header([t.indicator, t.target, t.due, t.baseline, t.latest, t.change, t.status]),
          ...data.targets.map((target): TableCell[] => [
            { text: target.name, bold: true },
            goal(target),
            target.dueOn ? formatDate(target.dueOn, language) : t.noDue,
            withPeriod(target.baseline, target.unit, target.baselinePeriod),
            withPeriod(target.latest, target.unit, target.latestPeriod),
            formatChange(target.change, language, READING),
            { text: t.statuses[target.status], bold: true, color: target.onTrack ? '#1f6f3a' : '#8a4b00' },
          ]),
        ],
      },
      layout: TABLE_LAYOUT,
    },
  ];
}

function cafSection(data: OfficeReportData): Content[] {
  const t = TEXT[data.language];
  const language = data.language;
  const caf = data.caf;
  if (caf === null) return [{ text: t.noCaf, color: MUTED, margin: [0, 10, 0, 0] }];
  const peers = caf.peers.filter((group) => group.means !== null);
  const withheld = caf.peers.filter((group) => group.means === null && group.suppressionReason !== 'NOT_RELEASED');
  const body: TableCell[][] = [
    header([
      t.criterion,
      t.score,
      t.previous,
      ...peers.map((group) => `${group.name}${group.contributorsBand ? ` (${group.contributorsBand})` : ''}`),
    ]),
    ...caf.criteria.map((criterion, index): TableCell[] => [
      `${criterion.number}. ${criterion.name}`,
      { text: formatNumber(criterion.score, language), bold: true },
      formatNumber(criterion.previousScore, language),
      ...peers.map((group) => formatNumber(group.means?.[index] ?? null, language)),
    ]),
    [
      { text: t.total, bold: true },
      { text: formatNumber(caf.total, language), bold: true },
      formatNumber(caf.previousTotal, language),
      ...peers.map(() => ''),
    ],
  ];
  return [
    { text: t.caf(caf.periodLabel), style: 'heading', pageBreak: 'before' },
    { table: { headerRows: 1, dontBreakRows: true, widths: [200, 60, 70, ...peers.map(() => 80)], body }, layout: TABLE_LAYOUT },
    ...(caf.released ? [] : [{ text: t.cafNotReleased, fontSize: 8, color: MUTED, margin: [0, 4, 0, 0] } as Content]),
    ...withheld.map((group) => ({ text: `${group.name}: ${t.cafWithheld}`, fontSize: 8, color: MUTED }) as Content),
    {
      unbreakable: true,
      margin: [0, 12, 0, 0],
      stack: [
        { text: t.cafChart, bold: true, margin: [0, 0, 0, 4] },
        horizontalBars(
          caf.criteria.map((criterion) => ({
            label: `${criterion.number}. ${criterion.name}`,
            value: criterion.score,
            text: formatNumber(criterion.score, language),
          })),
          100,
          260,
          230,
        ),
      ],
    },
  ];
}

function practices(data: OfficeReportData): Content[] {
  const t = TEXT[data.language];
  const heading: Content = { text: t.practices, style: 'heading', pageBreak: 'before' };
  if (data.practices.length === 0) return [heading, { text: t.noPractices, color: MUTED }];
  return [
    heading,
    { text: t.practicesIntro, fontSize: 8, color: MUTED, margin: [0, 0, 0, 8] },
    ...data.practices.map((practice): Content => ({
      unbreakable: true,
      margin: [0, 0, 0, 8],
      stack: [
        { text: practice.title, bold: true },
        {
          text: [practice.office, t.forIndicator(practice.indicator), ...(practice.officeImproved ? [t.improved] : [])].join(' · '),
          fontSize: 8,
          color: MUTED,
        },
        { text: practice.summary, margin: [0, 2, 0, 0] },
      ],
    })),
  ];
}

/** The report as a pdfmake document (A4 landscape: the scorecard's table is wide). */
export function officeReportDocument(data: OfficeReportData): PdfDocument {
  const t = TEXT[data.language];
  return {
    info: { title: `${t.title}: ${data.office.name}, ${data.period.label}`, subject: data.programme.name },
    language: data.language,
    footerText: t.footer(data.office.name, data.period.label),
    pageOrientation: 'landscape',
    content: [
      ...titleBlock(data),
      ...scorecardTable(data),
      ...targetsTable(data),
      ...trends(data),
      ...cafSection(data),
      ...practices(data),
    ],
    styles: {
      title: { fontSize: 20, bold: true, color: '#1d4f91', margin: [0, 0, 0, 2] },
      heading: { fontSize: 13, bold: true, color: '#1d4f91', margin: [0, 14, 0, 6] },
      tableHeader: { bold: true, fontSize: 8, color: '#1b1f24' },
    },
    defaultStyle: { fontSize: 8.5 },
  };
}
