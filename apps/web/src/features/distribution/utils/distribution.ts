import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { periodKindFor, type Direction, type PeriodKind, type Periodicity } from '@officebench/domain';
import { errorExtensions } from '../../../app/graphql-errors';
import type { LabelledValue } from '../../../components/BarChartView';
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

/** The chart's bars: one per office with a value, in rank order. */
export function distributionBars(values: readonly OfficeValue[], direction: Direction): LabelledValue[] {
  return rankedValues(values, direction).map(({ office, value }) => ({ label: office.name, value }));
}

/** The bars as table rows, with the submission status; the offices without a value follow. */
export function distributionTableRows(
  values: readonly OfficeValue[],
  direction: Direction,
  format: FormatValue,
  t: Translate,
): DataTableRow[] {
  const status = ({ status }: OfficeValue) => t(`submissionStatus.${status ?? 'NONE'}`);
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
