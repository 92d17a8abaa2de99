import type { Direction } from './indicators';
import {
  type DatedValue,
  type TargetDefinition,
  describeTargetProblem,
  dueDatePassed,
  progressToward as progressAt,
  targetProblem,
} from './targets';

const at = (label: string, value: number): DatedValue => ({ periodId: label, endsOn: new Date(`${label}T00:00:00Z`), value });
const values = [at('2009-12-31', 60), at('2010-12-31', 70)];
/** Progress judged in mid-2011: before the due dates of the pace tests. */
const progressToward = (target: TargetDefinition, direction: Direction, list: readonly DatedValue[]) =>
  progressAt(target, direction, list, new Date('2011-06-15T10:00:00Z'));

describe('progressToward', () => {
  it('measures a change target from the first to the last approved value', () => {
    expect(progressToward({ kind: 'CHANGE', value: 15, dueOn: null }, 'HIGHER_BETTER', [values[1], values[0]])).toMatchObject({
      baseline: values[0],
      latest: values[1],
      change: 10,
      status: 'BEHIND',
      onTrack: false,
    });
    expect(progressToward({ kind: 'CHANGE', value: 10, dueOn: null }, 'HIGHER_BETTER', values).status).toBe('MET');
  });

  it('is on pace while the change keeps up with a straight line to the due date', () => {
    // Half the time to 2011-12-31 has passed (one of two years); half of +15 is 7.5 <= 10.
    const dueOn = new Date('2011-12-31T00:00:00Z');
    expect(progressToward({ kind: 'CHANGE', value: 15, dueOn }, 'HIGHER_BETTER', values)).toMatchObject({
      status: 'ON_PACE',
      onTrack: true,
    });
    expect(progressToward({ kind: 'CHANGE', value: 25, dueOn }, 'HIGHER_BETTER', values).status).toBe('BEHIND');
  });

  it('reads a lower-is-better target downwards', () => {
    expect(
      progressToward({ kind: 'CHANGE', value: -5, dueOn: null }, 'LOWER_BETTER', [at('2009-12-31', 20), at('2010-12-31', 14)]).status,
    ).toBe('MET');
    expect(progressToward({ kind: 'LEVEL', value: 10, dueOn: null }, 'LOWER_BETTER', [at('2010-12-31', 12)]).status).toBe('BEHIND');
  });

  it('has no data without values, or with one value for a change target', () => {
    expect(progressToward({ kind: 'CHANGE', value: 5, dueOn: null }, 'HIGHER_BETTER', [values[0]]).status).toBe('NO_DATA');
    expect(progressToward({ kind: 'LEVEL', value: 50, dueOn: null }, 'HIGHER_BETTER', [values[0]]).status).toBe('MET');
    expect(progressToward({ kind: 'LEVEL', value: 50, dueOn: null }, 'HIGHER_BETTER', []).status).toBe('NO_DATA');
  });
});

describe('a target whose due date has passed', () => {
  const dueOn = new Date('2010-12-31T00:00:00Z');
  const change15 = { kind: 'CHANGE', value: 15, dueOn } as const;
  const later = [...values, at('2011-06-30', 80)];

  it('is still open on the due day itself, in Poland, and settled from the next day', () => {
    expect(dueDatePassed(dueOn, new Date('2010-12-31T22:59:00Z'))).toBe(false);
    // 2010-12-31T23:30Z is already New Year's Day in Warsaw.
    expect(dueDatePassed(dueOn, new Date('2010-12-31T23:30:00Z'))).toBe(true);
    expect(dueDatePassed(dueOn, new Date('2011-01-01T10:00:00Z'))).toBe(true);
    expect(dueDatePassed(null, new Date('2099-01-01T10:00:00Z'))).toBe(false);
  });

  it('keeps the pace statuses on the due day', () => {
    const dueToday = progressAt(change15, 'HIGHER_BETTER', values, new Date('2010-12-31T12:00:00Z'));
    expect(dueToday).toMatchObject({ status: 'BEHIND', onTrack: false, settled: false });
  });

  it('is MISSED the day after, judged on the last value by the due date, not on later ones', () => {
    const dayAfter = new Date('2011-01-01T12:00:00Z');
    // +10 by 2010-12-31; the +20 of 2011-06-30 came after the due date and does not count.
    expect(progressAt(change15, 'HIGHER_BETTER', later, dayAfter)).toMatchObject({
      latest: values[1],
      change: 10,
      status: 'MISSED',
      onTrack: false,
      settled: true,
    });
    expect(progressAt({ ...change15, value: 10 }, 'HIGHER_BETTER', later, dayAfter)).toMatchObject({ status: 'MET', onTrack: true });
    expect(progressAt({ kind: 'LEVEL', value: 65, dueOn }, 'LOWER_BETTER', later, dayAfter).status).toBe('MISSED');
  });

  it('never says ON_PACE or BEHIND once settled, however far the due date lies behind', () => {
    const years = new Date('2030-01-01T12:00:00Z');
    const statuses = [5, 10, 15, 25, -5].map((value) => progressAt({ ...change15, value }, 'HIGHER_BETTER', later, years).status);
    expect(statuses).toEqual(['MET', 'MET', 'MISSED', 'MISSED', 'MET']);
  });

  it('has no data without a value of a period ended by the due date', () => {
    const dayAfter = new Date('2011-01-01T12:00:00Z');
    const onlyLater = [at('2011-03-31', 90), at('2011-06-30', 95)];
    expect(progressAt({ kind: 'LEVEL', value: 50, dueOn }, 'HIGHER_BETTER', onlyLater, dayAfter)).toMatchObject({
      latest: null,
      status: 'NO_DATA',
      settled: true,
    });
    // A change needs a second value by the due date: the baseline alone does not settle it.
    expect(progressAt(change15, 'HIGHER_BETTER', [values[0], at('2011-03-31', 90)], dayAfter).status).toBe('NO_DATA');
  });
});

describe('targetProblem', () => {
  const percentage = { minValue: 0, maxValue: 100 };
  const count = { minValue: 0, maxValue: null };

  it('keeps a level within the indicator range: no 2,147,483,648 % of satisfied clients', () => {
    expect(targetProblem('LEVEL', 85, percentage)).toBeNull();
    expect(targetProblem('LEVEL', 100, percentage)).toBeNull();
    expect(targetProblem('LEVEL', 2_147_483_648, percentage)).toBe('LEVEL_OUT_OF_RANGE');
    expect(targetProblem('LEVEL', -1, count)).toBe('LEVEL_OUT_OF_RANGE');
    expect(targetProblem('LEVEL', 1e9, count)).toBeNull();
  });

  it('keeps a change within the whole range and away from zero', () => {
    expect(targetProblem('CHANGE', 15, percentage)).toBeNull();
    expect(targetProblem('CHANGE', -100, percentage)).toBeNull();
    expect(targetProblem('CHANGE', 150, percentage)).toBe('CHANGE_OUT_OF_RANGE');
    expect(targetProblem('CHANGE', 0, count)).toBe('ZERO_CHANGE');
    expect(targetProblem('CHANGE', 1e6, count)).toBeNull();
  });

  it('says what is wrong in Polish and English, with the range', () => {
    expect(describeTargetProblem('LEVEL_OUT_OF_RANGE', percentage, 'pl')).toBe('Poziom musi mieścić się w zakresie wskaźnika (0–100).');
    expect(describeTargetProblem('CHANGE_OUT_OF_RANGE', percentage, 'en')).toBe(
      "The change cannot exceed the indicator's whole range (0–100).",
    );
    expect(describeTargetProblem('ZERO_CHANGE', count, 'en')).toBe('A change target must not be zero.');
  });
});
