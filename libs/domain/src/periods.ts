import type { Periodicity } from './indicators';

/** A reporting period: a quarter, a year (annual indicators) or a CAF self-assessment cycle. */
export const PERIOD_KINDS = ['QUARTER', 'YEAR', 'CAF_CYCLE'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

const PERIOD_KIND_BY_PERIODICITY: Record<Periodicity, PeriodKind> = {
  QUARTERLY: 'QUARTER',
  ANNUAL: 'YEAR',
  PER_CYCLE: 'CAF_CYCLE',
};

/** The kind of period in which an indicator of this periodicity is reported. */
export function periodKindFor(periodicity: Periodicity): PeriodKind {
  return PERIOD_KIND_BY_PERIODICITY[periodicity];
}

export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

const QUARTER_LABEL = /^(\d{4})-Q([1-4])$/;

export function quarterLabel({ year, quarter }: Quarter): string {
  return `${year}-Q${quarter}`;
}

export function parseQuarter(label: string): Quarter {
  const match = QUARTER_LABEL.exec(label);
  if (!match) throw new Error(`Not a quarter label (expected e.g. 2010-Q3): ${label}`);
  return { year: Number(match[1]), quarter: Number(match[2]) as Quarter['quarter'] };
}

export function nextQuarter({ year, quarter }: Quarter): Quarter {
  return quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: (quarter + 1) as Quarter['quarter'] };
}

/** Consecutive quarters starting at `first`. */
export function quartersFrom(first: Quarter, count: number): Quarter[] {
  const quarters: Quarter[] = [];
  for (let current = first; quarters.length < count; current = nextQuarter(current)) quarters.push(current);
  return quarters;
}

/** First and last calendar day of a quarter, as ISO dates (YYYY-MM-DD). */
export function quarterBounds({ year, quarter }: Quarter): { startsOn: string; endsOn: string } {
  const firstMonth = (quarter - 1) * 3;
  const start = new Date(Date.UTC(year, firstMonth, 1));
  const end = new Date(Date.UTC(year, firstMonth + 3, 0));
  return { startsOn: start.toISOString().slice(0, 10), endsOn: end.toISOString().slice(0, 10) };
}

/** Whether a period takes entries now: before it opens, open, or locked (only the lead can reopen it). */
export const PERIOD_STATES = ['NOT_OPEN', 'OPEN', 'LOCKED'] as const;
export type PeriodState = (typeof PERIOD_STATES)[number];

export function periodState(period: { opensAt: Date; lockedAt: Date | null }, now: Date): PeriodState {
  if (period.lockedAt !== null && period.lockedAt.getTime() <= now.getTime()) return 'LOCKED';
  if (period.opensAt.getTime() > now.getTime()) return 'NOT_OPEN';
  return 'OPEN';
}

export interface PeriodDraft {
  kind: PeriodKind;
  label: string;
  startsOn: string;
  endsOn: string;
  opensAt: Date;
  deadline: Date;
  lockedAt: Date | null;
}

const YEAR_LABEL = /^\d{4}$/;

export type PeriodDraftProblemCode =
  | 'QUARTER_LABEL'
  | 'QUARTER_DATES'
  | 'YEAR_LABEL'
  | 'YEAR_DATES'
  | 'CYCLE_LABEL'
  | 'ENDS_BEFORE_START'
  | 'DEADLINE_BEFORE_OPENING'
  | 'LOCK_BEFORE_DEADLINE';

export interface PeriodDraftProblem {
  field: keyof PeriodDraft;
  /** A stable code for the sentence in another language (the API's message catalogue). */
  code: PeriodDraftProblemCode;
  params: Record<string, string>;
  /** The sentence in English. */
  message: string;
}

/** What is wrong with a new period, naming the field; null when it can be created. */
export function periodDraftProblem(draft: PeriodDraft): PeriodDraftProblem | null {
  const label = draft.label.trim();
  if (draft.kind === 'QUARTER') {
    if (!QUARTER_LABEL.test(label))
      return { field: 'label', code: 'QUARTER_LABEL', params: {}, message: 'A quarter is labelled like 2012-Q1.' };
    const bounds = quarterBounds(parseQuarter(label));
    if (bounds.startsOn !== draft.startsOn || bounds.endsOn !== draft.endsOn) {
      return {
        field: 'startsOn',
        code: 'QUARTER_DATES',
        params: { label, ...bounds },
        message: `Quarter ${label} runs from ${bounds.startsOn} to ${bounds.endsOn}.`,
      };
    }
  } else if (draft.kind === 'YEAR') {
    if (!YEAR_LABEL.test(label)) return { field: 'label', code: 'YEAR_LABEL', params: {}, message: 'A year is labelled like 2012.' };
    if (draft.startsOn !== `${label}-01-01` || draft.endsOn !== `${label}-12-31`) {
      return {
        field: 'startsOn',
        code: 'YEAR_DATES',
        params: { label, startsOn: `${label}-01-01`, endsOn: `${label}-12-31` },
        message: `Year ${label} runs from ${label}-01-01 to ${label}-12-31.`,
      };
    }
  } else if (label.length === 0 || label.length > 40) {
    return { field: 'label', code: 'CYCLE_LABEL', params: {}, message: 'Give the CAF cycle a label of 1 to 40 characters, e.g. CAF 2012.' };
  }
  if (draft.startsOn > draft.endsOn)
    return { field: 'endsOn', code: 'ENDS_BEFORE_START', params: {}, message: 'The period cannot end before it starts.' };
  if (draft.deadline.getTime() < draft.opensAt.getTime())
    return { field: 'deadline', code: 'DEADLINE_BEFORE_OPENING', params: {}, message: 'The deadline cannot come before entry opens.' };
  if (draft.lockedAt !== null && draft.lockedAt.getTime() < draft.deadline.getTime()) {
    return { field: 'lockedAt', code: 'LOCK_BEFORE_DEADLINE', params: {}, message: 'The lock cannot come before the deadline.' };
  }
  return null;
}
