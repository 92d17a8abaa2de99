import { type PeriodKind, type Quarter, quarterBounds, quarterLabel, quartersFrom } from '@officebench/domain';
import programmeFile from './data/programme-dzierzoniow.json';

/**
 * Where the demo's periods lie, relative to the day the demo programme is first created (`today`,
 * taken as a UTC calendar date):
 * - the current calendar quarter is open: entry opened at its start, its deadline 20 days after its
 *   end, so always ahead;
 * - the eight quarters before it, the two calendar years before this one and a CAF self-assessment
 *   (September to November) in each of those two years are past: every deadline passed before
 *   `today` (a deadline that would fall on or after `today` is moved to the day before, so the lead
 *   could have released the period) and each was locked by `today`;
 * - a CAF self-assessment period of this year is open alongside the open quarter (same window, its
 *   deadline CAF_EXTRA_DAYS later: a self-assessment takes longer than a quarter's figures), the
 *   programme's third: offices can run a self-assessment in the demo;
 * - this calendar year is open as an annual period (its deadline on 31 January next year): offices run
 *   this year's satisfaction surveys in it, and closing a survey hands its share in;
 * - the programme runs 24 months up to the end of the open quarter (its first eight quarters; the
 *   earliest quarter is the baseline before it), and the targets are due when it ends.
 * Plain date arithmetic, no clock: the same `today` always gives the same calendar.
 */
export interface DemoPeriod {
  kind: PeriodKind;
  label: string;
  startsOn: string;
  endsOn: string;
  opensAt: string;
  deadline: string;
  lockedAt: string | null;
  /** 0 for the first period of its kind: drives the synthetic improvement trend */
  index: number;
  open: boolean;
}

export interface DemoCalendar {
  /** The programme's first day (and the offices' joining day). */
  startsOn: string;
  /** When the targets are due: the end of the 24-month programme. */
  targetsDueOn: string;
  periods: DemoPeriod[];
}

/** Past quarters before the open one. */
export const DEMO_PAST_QUARTERS = 8;
/** The source programme's length. */
export const DEMO_PROGRAMME_MONTHS = programmeFile.durationMonths;
const QUARTER_DEADLINE_DAYS = 20;
/** The open CAF period's deadline comes this much after the open quarter's. */
const CAF_EXTRA_DAYS = 25;
const LOCK_AFTER_DEADLINE_DAYS = 30;

const DAY_MS = 86_400_000;
export const addDays = (isoDate: string, days: number) => new Date(Date.parse(isoDate) + days * DAY_MS).toISOString().slice(0, 10);
const earlier = (a: string, b: string) => (a < b ? a : b);
const addMonths = (isoDate: string, months: number) => {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1 + months, day)).toISOString().slice(0, 10);
};

/** The calendar quarter holding this day. */
export function quarterOf(day: Date): Quarter {
  return { year: day.getUTCFullYear(), quarter: (Math.floor(day.getUTCMonth() / 3) + 1) as Quarter['quarter'] };
}

/** A period that ended before `day`: deadline, opening and lock placed so that all of them have passed. */
function pastPeriod(
  day: string,
  period: { kind: PeriodKind; label: string; startsOn: string; endsOn: string; index: number },
  usualDeadline: string,
): DemoPeriod {
  const deadline = earlier(usualDeadline, addDays(day, -1));
  return {
    ...period,
    opensAt: `${period.startsOn}T00:00:00Z`,
    deadline: `${deadline}T23:59:59Z`,
    lockedAt: `${earlier(addDays(deadline, LOCK_AFTER_DEADLINE_DAYS), day)}T00:00:00Z`,
    open: false,
  };
}

export function demoCalendar(today: Date): DemoCalendar {
  const day = today.toISOString().slice(0, 10);
  const current = quarterOf(today);
  const quarters = quartersFrom({ year: current.year - 2, quarter: current.quarter }, DEMO_PAST_QUARTERS + 1).map(
    (quarter, index): DemoPeriod => {
      const { startsOn, endsOn } = quarterBounds(quarter);
      const usualDeadline = addDays(endsOn, QUARTER_DEADLINE_DAYS);
      const period = { kind: 'QUARTER' as const, label: quarterLabel(quarter), startsOn, endsOn, index };
      if (index < DEMO_PAST_QUARTERS) return pastPeriod(day, period, usualDeadline);
      return { ...period, opensAt: `${startsOn}T00:00:00Z`, deadline: `${usualDeadline}T23:59:59Z`, lockedAt: null, open: true };
    },
  );
  const pastYears = [current.year - 2, current.year - 1];
  const years = pastYears.map((year, index) =>
    pastPeriod(day, { kind: 'YEAR', label: String(year), startsOn: `${year}-01-01`, endsOn: `${year}-12-31`, index }, `${year + 1}-01-31`),
  );
  const cafCycles = pastYears.map((year, index) =>
    pastPeriod(
      day,
      { kind: 'CAF_CYCLE', label: `CAF ${year}`, startsOn: `${year}-09-01`, endsOn: `${year}-11-30`, index },
      `${year}-12-15`,
    ),
  );
  const open = quarters[DEMO_PAST_QUARTERS];
  const openCaf: DemoPeriod = {
    ...open,
    kind: 'CAF_CYCLE',
    label: `CAF ${current.year}`,
    deadline: `${addDays(open.deadline.slice(0, 10), CAF_EXTRA_DAYS)}T23:59:59Z`,
    index: cafCycles.length,
  };
  const openYear: DemoPeriod = {
    kind: 'YEAR',
    label: String(current.year),
    startsOn: `${current.year}-01-01`,
    endsOn: `${current.year}-12-31`,
    opensAt: `${current.year}-01-01T00:00:00Z`,
    deadline: `${current.year + 1}-01-31T23:59:59Z`,
    lockedAt: null,
    index: years.length,
    open: true,
  };
  const startsOn = addMonths(addDays(open.endsOn, 1), -DEMO_PROGRAMME_MONTHS);
  return {
    startsOn,
    targetsDueOn: addMonths(startsOn, DEMO_PROGRAMME_MONTHS),
    periods: [...quarters, ...years, openYear, ...cafCycles, openCaf],
  };
}
