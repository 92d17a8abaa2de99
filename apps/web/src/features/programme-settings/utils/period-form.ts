import { type PeriodKind, quarterBounds } from '@officebench/domain';
import type { CreatePeriodInput } from '../../../generated/graphql';

/** The new-period form as typed: calendar days as YYYY-MM-DD. */
export interface PeriodForm {
  kind: PeriodKind;
  label: string;
  startsOn: string;
  endsOn: string;
  opensOn: string;
  deadlineOn: string;
}

export type PeriodField = keyof PeriodForm;
export type PeriodProblem = 'required' | 'invalidDate';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

const isDay = (value: string) => DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Entry opens the day after the period ends and the deadline comes 20 days later (as in the demo). */
export const DEADLINE_DAYS_AFTER_END = 20;

/**
 * What the kind and the first day suggest: the quarter or year that day falls in (its label and its
 * bounds) or a CAF cycle named after its year; opening the day after the end, the deadline 20 days on.
 */
export function suggestedPeriod(kind: PeriodKind, startsOn: string, endsOn: string): Partial<PeriodForm> {
  if (!isDay(startsOn)) return {};
  const year = Number(startsOn.slice(0, 4));
  const month = Number(startsOn.slice(5, 7));
  const framed =
    kind === 'QUARTER'
      ? (() => {
          const quarter = (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4;
          return { label: `${year}-Q${quarter}`, ...quarterBounds({ year, quarter }) };
        })()
      : kind === 'YEAR'
        ? { label: String(year), startsOn: `${year}-01-01`, endsOn: `${year}-12-31` }
        : { label: `CAF ${year}`, startsOn, endsOn: isDay(endsOn) && endsOn >= startsOn ? endsOn : `${year}-12-31` };
  return { ...framed, opensOn: addDays(framed.endsOn, 1), deadlineOn: addDays(framed.endsOn, 1 + DEADLINE_DAYS_AFTER_END) };
}

/** The form a lead starts from: the quarter after the one `today` falls in. */
export function initialPeriodForm(today: Date): PeriodForm {
  const thisQuarter = quarterBounds({ year: today.getUTCFullYear(), quarter: (Math.floor(today.getUTCMonth() / 3) + 1) as 1 | 2 | 3 | 4 });
  const startsOn = addDays(thisQuarter.endsOn, 1);
  return { kind: 'QUARTER', label: '', startsOn, endsOn: '', opensOn: '', deadlineOn: '', ...suggestedPeriod('QUARTER', startsOn, '') };
}

/** The form's field a refusal of the API (its `field`: the domain's period-draft rules) belongs to. */
export const PERIOD_FIELD_OF: Record<string, PeriodField> = {
  kind: 'kind',
  label: 'label',
  startsOn: 'startsOn',
  endsOn: 'endsOn',
  opensAt: 'opensOn',
  deadline: 'deadlineOn',
  lockedAt: 'deadlineOn',
};

export type PeriodValidation =
  { input: CreatePeriodInput; problems?: undefined } | { input?: undefined; problems: Partial<Record<PeriodField, PeriodProblem>> };

/**
 * Checks that every field is filled in with a day and makes the mutation's input (entry opens at the
 * start of its day, the deadline is the end of its day); the API checks the rest (labels, dates in
 * order) and its sentence is shown at the field it names.
 */
export function validatePeriod(form: PeriodForm, programmeId: string): PeriodValidation {
  const problems: Partial<Record<PeriodField, PeriodProblem>> = {};
  if (!form.label.trim()) problems.label = 'required';
  for (const field of ['startsOn', 'endsOn', 'opensOn', 'deadlineOn'] as const) {
    if (!form[field]) problems[field] = 'required';
    else if (!isDay(form[field])) problems[field] = 'invalidDate';
  }
  if (Object.keys(problems).length) return { problems };
  return {
    input: {
      programmeId,
      kind: form.kind,
      label: form.label.trim(),
      startsOn: form.startsOn,
      endsOn: form.endsOn,
      opensAt: `${form.opensOn}T00:00:00Z`,
      deadline: `${form.deadlineOn}T23:59:59Z`,
      lockedAt: null,
    },
  };
}

/** The reopen form: why, and until which day (inclusive) offices may enter values. */
export interface ReopenForm {
  reason: string;
  untilOn: string;
}

export type ReopenField = keyof ReopenForm;
export type ReopenProblem = 'required' | 'invalidDate' | 'notFuture' | 'tooLong';

export type ReopenValidation =
  | { input: { reason: string; until: string }; problems?: undefined }
  | { input?: undefined; problems: Partial<Record<ReopenField, ReopenProblem>> };

/** A reason of 1 to `maxReason` characters and a day from today on: entries stay open to its end. */
export function validateReopen(form: ReopenForm, today: Date, maxReason: number): ReopenValidation {
  const problems: Partial<Record<ReopenField, ReopenProblem>> = {};
  const reason = form.reason.trim();
  if (!reason) problems.reason = 'required';
  else if (reason.length > maxReason) problems.reason = 'tooLong';
  if (!form.untilOn) problems.untilOn = 'required';
  else if (!isDay(form.untilOn)) problems.untilOn = 'invalidDate';
  else if (form.untilOn < today.toISOString().slice(0, 10)) problems.untilOn = 'notFuture';
  if (Object.keys(problems).length) return { problems };
  return { input: { reason, until: `${form.untilOn}T23:59:59Z` } };
}
