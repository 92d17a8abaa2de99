import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  periodKindFor,
  type Direction,
  type DistributionSummary,
  type PeriodKind,
  type Periodicity,
  type SubmissionStatus,
  type TargetKind,
} from '@officebench/domain';
import { errorExtensions } from '../../../app/graphql-errors';
import type { DataTableRow } from '../../../components/DataTable';
import type { Translate } from '../../../app/i18n';
import type { FormatValue } from '../../../lib/indicator-format';
import type { OfficeValue } from '../graphql/distribution.query';

/** The indicators collected in a period of this kind (quarterly ones in quarters, and so on). */
export function indicatorsFor<I extends { periodicity: Periodicity }>(indicators: readonly I[], kind: PeriodKind | undefined): I[] {
  return kind ? indicators.filter(({ periodicity }) => periodKindFor(periodicity) === kind) : [];
}

/** The offices with a value, best first by the indicator's direction (ties by name). */
export function rankedValues(values: readonly OfficeValue[], direction: Direction): (OfficeValue & { value: number })[] {
  const sign = direction === 'HIGHER_BETTER' ? -1 : 1;
  return values
    .filter((entry): entry is OfficeValue & { value: number } => entry.value !== null)
    .sort((a, b) => sign * (a.value - b.value) || a.office.name.localeCompare(b.office.name, 'pl'));
}

/** A submission's status as the chart and the table name it; NONE: nothing saved yet. */
export type StatusKey = SubmissionStatus | 'NONE';

/**
 * How a bar shows its submission's status, so that it reads without colour: an approved value is a
 * filled bar, a submitted one an outline, one returned for correction dotted, a draft hatched. A value
 * not yet approved never looks like an approved one.
 */
export type MarkStyle = 'filled' | 'outlined' | 'dotted' | 'hatched';

export const STATUS_MARK: Record<StatusKey, MarkStyle> = {
  APPROVED: 'filled',
  SUBMITTED: 'outlined',
  RETURNED: 'dotted',
  DRAFT: 'hatched',
  NONE: 'hatched',
};

/** The legend's order: from final to not yet handed in. */
const LEGEND_ORDER: readonly StatusKey[] = ['APPROVED', 'SUBMITTED', 'RETURNED', 'DRAFT', 'NONE'];

export const statusKey = (status: SubmissionStatus | null): StatusKey => status ?? 'NONE';

/** The status in words: "zatwierdzone", "w przygotowaniu". */
export const statusWord = (status: SubmissionStatus | null, t: Translate): string => t(`submissionStatus.${statusKey(status)}`);

export interface DistributionBar {
  key: string;
  label: string;
  value: number;
  status: StatusKey;
}

/** The chart's bars: one per office with a value, in rank order, with its submission's status. */
export function distributionBars(values: readonly OfficeValue[], direction: Direction): DistributionBar[] {
  return rankedValues(values, direction).map(({ office, value, status }) => ({
    key: office.id,
    label: office.name,
    value,
    status: statusKey(status),
  }));
}

/** The statuses the bars have, in the legend's order (one legend entry each). */
export function barStatuses(bars: readonly DistributionBar[]): StatusKey[] {
  return LEGEND_ORDER.filter((status) => bars.some((bar) => bar.status === status));
}

/** A bar as its tooltip and its accessible name say it: "Urząd Miasta Zator: 15 dni (w przygotowaniu)". */
export function barText(bar: DistributionBar, format: FormatValue, t: Translate): string {
  return t('distribution.mark', { office: bar.label, value: format(bar.value), status: t(`submissionStatus.${bar.status}`) });
}

/** The indicator's programme target, if the programme has one. */
export function targetFor<T extends { indicator: { code: string } }>(targets: readonly T[], indicatorCode: string): T | null {
  return targets.find(({ indicator }) => indicator.code === indicatorCode) ?? null;
}

/** A vertical line across the bars; its line style says which it is (the legend repeats it in words). */
export interface ReferenceMark {
  key: 'mean' | 'median' | 'target';
  x: number;
  /** Its label on the chart and in the legend: "Średnia: 72,4 %". */
  label: string;
}

/** The chart's lines: the mean and the median of the shown values, and a LEVEL target (`target`: its value as written). */
export function referenceMarks(summary: DistributionSummary, target: string | null, format: FormatValue, t: Translate): ReferenceMark[] {
  const marks: ReferenceMark[] = [];
  if (summary.shown) {
    marks.push({ key: 'mean', x: summary.shown.mean, label: t('distribution.meanLine', { value: format(summary.shown.mean) }) });
    marks.push({ key: 'median', x: summary.shown.median, label: t('distribution.medianLine', { value: format(summary.shown.median) }) });
  }
  if (summary.targetLine !== null && target !== null) {
    marks.push({ key: 'target', x: summary.targetLine, label: t('distribution.targetLine', { value: target }) });
  }
  return marks;
}

/**
 * What the lines stand for, in words, for the chart and the table alike: the mean and median of every
 * value shown (drafts included, as the lines), the same of the approved values alone (what a release
 * would count), and the programme target (`label`: its value as written): a LEVEL target is a line; a
 * change target is each office's own baseline moved, so it is stated, not drawn.
 */
export function summarySentences(
  summary: DistributionSummary,
  target: { kind: TargetKind; label: string } | null,
  format: FormatValue,
  t: Translate,
): string[] {
  const sentences: string[] = [];
  const { shown, approved } = summary;
  if (shown) {
    sentences.push(t('distribution.centreShown', { count: shown.count, mean: format(shown.mean), median: format(shown.median) }));
    if (!approved) sentences.push(t('distribution.centreNoneApproved'));
    else if (approved.count === shown.count) sentences.push(t('distribution.centreAllApproved'));
    else
      sentences.push(
        t('distribution.centreApproved', { count: approved.count, mean: format(approved.mean), median: format(approved.median) }),
      );
  }
  if (!target) sentences.push(t('distribution.noTarget'));
  else sentences.push(t(TARGET_SENTENCE[target.kind], { value: target.label }));
  return sentences;
}

const TARGET_SENTENCE = {
  LEVEL: 'distribution.targetLevel',
  CHANGE: 'distribution.targetChange',
  RELATIVE_CHANGE: 'distribution.targetRelativeChange',
} as const;

/** The bars as table rows, with the submission status; the offices without a value follow. */
export function distributionTableRows(
  values: readonly OfficeValue[],
  direction: Direction,
  format: FormatValue,
  t: Translate,
): DataTableRow[] {
  const status = ({ status }: OfficeValue) => statusWord(status, t);
  const ranked = rankedValues(values, direction).map((entry) => ({
    key: entry.office.id,
    cells: [entry.office.name, format(entry.value), status(entry)],
  }));
  const missing = values
    .filter(({ value }) => value === null)
    .map((entry) => ({ key: entry.office.id, cells: [entry.office.name, t('values.none'), status(entry)] }));
  return [...ranked, ...missing];
}

export interface RefusedCell {
  indicatorCode: string;
  peerGroupName: string;
  changedOffices: number;
}

export interface ReleaseRefusal {
  /** The server's explanation, in the interface language. */
  message: string;
  cells: RefusedCell[];
}

function isRefusedCell(value: unknown): value is RefusedCell {
  if (typeof value !== 'object' || value === null) return false;
  const cell = value as Record<string, unknown>;
  return (
    typeof cell['indicatorCode'] === 'string' && typeof cell['peerGroupName'] === 'string' && typeof cell['changedOffices'] === 'number'
  );
}

/** A preview's refusal as a refused release reports it: the server's sentence and the blocking cells. */
export function refusalOfPreview(preview: { refusal: string | null; blockers: readonly RefusedCell[] }): ReleaseRefusal {
  return { message: preview.refusal ?? '', cells: [...preview.blockers] };
}

/** A refused release's message and blocking cells; null for any other failure. */
export function releaseRefusal(error: unknown): ReleaseRefusal | null {
  const extensions = errorExtensions(error);
  const cells = extensions?.['cells'];
  if (extensions?.['code'] !== 'RELEASE_REFUSED' && !Array.isArray(cells)) return null;
  const message = CombinedGraphQLErrors.is(error) ? (error.errors[0]?.message ?? '') : '';
  return { message, cells: Array.isArray(cells) ? cells.filter(isRefusedCell) : [] };
}
