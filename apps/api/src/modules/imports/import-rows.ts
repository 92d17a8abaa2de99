import { type CellProblem, columnLetters, ImportFailure } from './import-failure';
import { isUuid } from '@officebench/domain';
import type { ImportRow, ImportTable } from './import-table';

/** What rows refer to: the programme's offices and periods, and which offices the caller coordinates. */
export interface ImportContext {
  programmeId: string;
  offices: ReadonlyArray<{ id: string; name: string }>;
  periods: ReadonlyArray<{ id: string; label: string }>;
  /** The period chosen with ?periodId=, if any. */
  chosenPeriod: { id: string; label: string } | null;
  /** Offices of the programme the caller coordinates. */
  coordinated: readonly string[];
}

/** A row ready for the submission writer (the writer's BatchEntry, with `ref` the row number). */
export interface ResolvedEntry {
  ref: number;
  officeId: string;
  periodId: string;
  indicatorCode: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  comment: string | null;
}

const officeKey = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
/** 2011-Q2, 2011 q2 and 2011Q2 are one label; CAF 2011 and caf-2011 too. */
export const periodKey = (text: string) =>
  text
    .trim()
    .toUpperCase()
    .replace(/[\s_-]+/g, '');

/**
 * Turns the rows' office and period cells into ids (an office by id or exact name, a period by label or
 * id), falling back on the single coordinated office and the chosen period, and reports what cannot be
 * resolved or is given twice. Unreadable rows are reported by the table and never become entries.
 */
export function resolveRows(table: ImportTable, context: ImportContext): { entries: ResolvedEntry[]; problems: CellProblem[] } {
  const { columns } = table;
  const defaultOffice = context.coordinated.length === 1 ? context.coordinated[0] : null;
  if (columns.office === undefined && defaultOffice === null) throw new ImportFailure(400, 'OFFICE_COLUMN_NEEDED');
  if (columns.period === undefined && context.chosenPeriod === null) throw new ImportFailure(400, 'PERIOD_COLUMN_NEEDED');

  const officesById = new Map(context.offices.map((o) => [o.id.toLowerCase(), o.id]));
  const officesByName = new Map<string, string[]>();
  for (const office of context.offices)
    officesByName.set(officeKey(office.name), [...(officesByName.get(officeKey(office.name)) ?? []), office.id]);
  const periodsById = new Map(context.periods.map((p) => [p.id.toLowerCase(), p]));
  const periodsByLabel = new Map(context.periods.map((p) => [periodKey(p.label), p]));

  const problems: CellProblem[] = [];
  const entries: ResolvedEntry[] = [];
  const firstRow = new Map<string, number>();
  const at = (row: ImportRow, column: 'office' | 'period' | 'indicator') => {
    const index = columns[column];
    return { row: row.row, column, ...(index === undefined ? {} : { cell: `${columnLetters(index)}${row.row}` }) };
  };

  for (const row of table.rows) {
    let officeId: string | null = null;
    if (row.office === null) {
      if (defaultOffice) officeId = defaultOffice;
      else problems.push({ ...at(row, 'office'), code: 'OFFICE_MISSING' });
    } else {
      const byId = isUuid(row.office.trim()) ? officesById.get(row.office.trim().toLowerCase()) : undefined;
      const byName = officesByName.get(officeKey(row.office)) ?? [];
      if (byId) officeId = byId;
      else if (byName.length === 1) officeId = byName[0];
      else
        problems.push({
          ...at(row, 'office'),
          code: byName.length > 1 ? 'OFFICE_AMBIGUOUS' : 'OFFICE_UNKNOWN',
          params: { office: row.office.slice(0, 100) },
        });
    }

    let periodId: string | null = null;
    if (row.period === null) {
      if (context.chosenPeriod) periodId = context.chosenPeriod.id;
      else problems.push({ ...at(row, 'period'), code: 'PERIOD_MISSING' });
    } else {
      const period =
        (isUuid(row.period.trim()) ? periodsById.get(row.period.trim().toLowerCase()) : undefined) ??
        periodsByLabel.get(periodKey(row.period));
      if (!period) problems.push({ ...at(row, 'period'), code: 'PERIOD_UNKNOWN', params: { period: row.period.slice(0, 100) } });
      else if (context.chosenPeriod && period.id !== context.chosenPeriod.id) {
        problems.push({
          ...at(row, 'period'),
          code: 'PERIOD_MISMATCH',
          params: { period: row.period.slice(0, 100), chosen: context.chosenPeriod.label },
        });
      } else periodId = period.id;
    }

    if (row.unreadable || officeId === null || periodId === null || row.indicator === null) continue;
    const indicatorCode = row.indicator.trim().toUpperCase();
    const slot = `${officeId}/${periodId}/${indicatorCode}`;
    const first = firstRow.get(slot);
    if (first !== undefined) {
      problems.push({ ...at(row, 'indicator'), code: 'DUPLICATE_ROW', params: { first } });
      continue;
    }
    firstRow.set(slot, row.row);
    entries.push({
      ref: row.row,
      officeId,
      periodId,
      indicatorCode,
      value: row.value,
      numerator: row.numerator,
      denominator: row.denominator,
      comment: row.comment,
    });
  }
  return { entries, problems };
}
