import type { SubmissionStatus } from '@officebench/domain';
import type { CompletenessPeriod, CompletenessRow } from '../graphql/completeness.query';

/** A cell's status, with NONE for "nothing saved yet". */
export type CellStatus = SubmissionStatus | 'NONE';

/** The order of statuses in summaries: from nothing done to approved. */
export const CELL_STATUSES: readonly CellStatus[] = ['NONE', 'DRAFT', 'RETURNED', 'SUBMITTED', 'APPROVED'];

export const cellStatus = (row: Pick<CompletenessRow, 'status'>): CellStatus => row.status ?? 'NONE';

/** The distinct periods of the rows, oldest first (the grid's columns). */
export function periodsOf(rows: readonly CompletenessRow[]): CompletenessPeriod[] {
  const byId = new Map<string, CompletenessPeriod>();
  for (const { period } of rows) if (!byId.has(period.id)) byId.set(period.id, period);
  return [...byId.values()].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.label.localeCompare(b.label));
}

/** The period the page opens on: the newest open one (a quarter before a year or a CAF cycle), else the newest. */
export function defaultPeriodId(periods: readonly CompletenessPeriod[]): string | null {
  const newestFirst = [...periods].sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  const open = newestFirst.filter(({ state }) => state === 'OPEN');
  return (open.find(({ kind }) => kind === 'QUARTER') ?? open[0] ?? newestFirst[0])?.id ?? null;
}

export interface GridRow {
  office: { id: string; name: string };
  /** The office's row of each period, by period id. */
  cells: ReadonlyMap<string, CompletenessRow>;
}

/**
 * The grid's rows: one per office, in programme order (`officeOrder`, offices unknown to it last, by
 * name), each with its cells by period.
 */
export function gridRows(rows: readonly CompletenessRow[], officeOrder: readonly { id: string }[]): GridRow[] {
  const position = new Map(officeOrder.map(({ id }, index) => [id, index]));
  const byOffice = new Map<string, { office: GridRow['office']; cells: Map<string, CompletenessRow> }>();
  for (const row of rows) {
    const entry = byOffice.get(row.office.id) ?? { office: row.office, cells: new Map<string, CompletenessRow>() };
    entry.cells.set(row.period.id, row);
    byOffice.set(row.office.id, entry);
  }
  const rank = (id: string) => position.get(id) ?? Number.POSITIVE_INFINITY;
  return [...byOffice.values()].sort((a, b) => rank(a.office.id) - rank(b.office.id) || a.office.name.localeCompare(b.office.name, 'pl'));
}

const inPeriod = (periodId: string | null) => (row: CompletenessRow) => periodId === null || row.period.id === periodId;

export interface StatusCount {
  status: CellStatus;
  count: number;
}

/** How many submissions stand at each status (every status listed, zeros too), and how many are late. */
export function statusSummary(
  rows: readonly CompletenessRow[],
  periodId: string | null,
): { counts: StatusCount[]; late: number; total: number } {
  const chosen = rows.filter(inPeriod(periodId));
  return {
    counts: CELL_STATUSES.map((status) => ({ status, count: chosen.filter((row) => cellStatus(row) === status).length })),
    late: chosen.filter(({ isLate }) => isLate).length,
    total: chosen.length,
  };
}

/** The late rows of the chosen period (or all), in the grid's office order, then by period. */
export function lateRows(
  rows: readonly CompletenessRow[],
  periodId: string | null,
  officeOrder: readonly { id: string }[],
): CompletenessRow[] {
  const position = new Map(officeOrder.map(({ id }, index) => [id, index]));
  const rank = (id: string) => position.get(id) ?? Number.POSITIVE_INFINITY;
  return rows
    .filter((row) => row.isLate && inPeriod(periodId)(row))
    .sort((a, b) => rank(a.office.id) - rank(b.office.id) || a.period.startsOn.localeCompare(b.period.startsOn));
}

/** A display name as RFC 5322 wants it in an address: quoted, with quotes and backslashes escaped. */
function quotedName(name: string): string {
  return `"${name.replace(/[\\"]/g, (character) => `\\${character}`)}"`;
}

/**
 * The addresses to paste into a message's "To" field: each coordinator of a late office once, named by
 * the office ("Urząd Miasta Zator" <…>), separated by semicolons (which every mail program accepts).
 */
export function reminderAddresses(late: readonly CompletenessRow[]): string {
  const seen = new Set<string>();
  const addresses: string[] = [];
  for (const { office, coordinatorEmails } of late) {
    for (const email of coordinatorEmails) {
      const key = email.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      addresses.push(`${quotedName(office.name)} <${email}>`);
    }
  }
  return addresses.join('; ');
}
