import type { Direction } from './indicators';
import {
  type DatedValue,
  type TargetDefinition,
  describeTargetProblem,
  dueDatePassed,
  progressToward as progressAt,
  relativeChange,
  targetGoal,
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

describe('a relative change target', () => {
  const plus10 = { kind: 'RELATIVE_CHANGE', value: 10, dueOn: null } as const;

  it('sets each office its own goal: the baseline moved by the per cent of it', () => {
    expect(targetGoal(plus10, 50)).toBe(55);
    expect(targetGoal(plus10, 200)).toBe(220);
    expect(targetGoal({ kind: 'RELATIVE_CHANGE', value: -20 }, 15)).toBe(12);
    // Of a negative baseline's size: +10 % still asks for more.
    expect(targetGoal(plus10, -40)).toBe(-36);
    expect(targetGoal(plus10, 0)).toBeNull();
    expect(targetGoal(plus10, null)).toBeNull();
    expect(targetGoal({ kind: 'CHANGE', value: 10 }, 50)).toBe(60);
    expect(targetGoal({ kind: 'LEVEL', value: 10 }, null)).toBe(10);
  });

  it('measures the change in per cent of the baseline', () => {
    expect(relativeChange(50, 55)).toBeCloseTo(10, 9);
    expect(relativeChange(60, 45)).toBeCloseTo(-25, 9);
    expect(relativeChange(0, 5)).toBeNull();
  });

  it('is met at +10 % of the baseline, not at +10 points', () => {
    // 60 → 66 is +10 %; 60 → 65 is below it (though +5 points), 60 → 70 above.
    const from60 = (latest: number) => progressToward(plus10, 'HIGHER_BETTER', [at('2009-12-31', 60), at('2010-12-31', latest)]);
    expect(from60(66)).toMatchObject({ status: 'MET', onTrack: true, change: 6 });
    expect(from60(65).status).toBe('BEHIND');
    expect(from60(70).status).toBe('MET');
    // A goal that binary fractions cannot hold exactly (0.1 + 20 % computes as 0.12000000000000001) is still reached by 0.12.
    const twentyPct = { kind: 'RELATIVE_CHANGE', value: 20, dueOn: null } as const;
    expect(targetGoal(twentyPct, 0.1)).toBeGreaterThan(0.12);
    expect(progressToward(twentyPct, 'HIGHER_BETTER', [at('2009-12-31', 0.1), at('2010-12-31', 0.12)]).status).toBe('MET');
  });

  it('keeps pace along a straight line from the baseline to its own goal', () => {
    // Half the time to 2011-12-31 has passed; half of +20 % of 50 is +5: 55 keeps pace, 54 does not.
    const dueOn = new Date('2011-12-31T00:00:00Z');
    const target = { kind: 'RELATIVE_CHANGE', value: 20, dueOn } as const;
    expect(progressToward(target, 'HIGHER_BETTER', [at('2009-12-31', 50), at('2010-12-31', 55)])).toMatchObject({
      status: 'ON_PACE',
      onTrack: true,
    });
    expect(progressToward(target, 'HIGHER_BETTER', [at('2009-12-31', 50), at('2010-12-31', 54)]).status).toBe('BEHIND');
  });

  it('reads a fall for a lower-is-better indicator', () => {
    const minus20 = { kind: 'RELATIVE_CHANGE', value: -20, dueOn: null } as const;
    expect(progressToward(minus20, 'LOWER_BETTER', [at('2009-12-31', 15), at('2010-12-31', 12)]).status).toBe('MET');
    expect(progressToward(minus20, 'LOWER_BETTER', [at('2009-12-31', 15), at('2010-12-31', 13)]).status).toBe('BEHIND');
  });

  it('is settled as met or missed once the due date has passed, on the values by the due date', () => {
    const dueOn = new Date('2010-12-31T00:00:00Z');
    const list = [at('2009-12-31', 60), at('2010-12-31', 64), at('2011-06-30', 90)];
    const dayAfter = new Date('2011-01-01T12:00:00Z');
    expect(progressAt({ kind: 'RELATIVE_CHANGE', value: 10, dueOn }, 'HIGHER_BETTER', list, dayAfter)).toMatchObject({
      status: 'MISSED',
      settled: true,
      change: 4,
    });
    expect(progressAt({ kind: 'RELATIVE_CHANGE', value: 5, dueOn }, 'HIGHER_BETTER', list, dayAfter)).toMatchObject({
      status: 'MET',
      settled: true,
    });
  });

  it('does not judge an office whose baseline is 0, nor one with a single value', () => {
    const fromZero = progressToward(plus10, 'HIGHER_BETTER', [at('2009-12-31', 0), at('2010-12-31', 8)]);
    expect(fromZero).toMatchObject({ status: 'NO_DATA', onTrack: false, change: null, baseline: at('2009-12-31', 0) });
    expect(progressToward(plus10, 'HIGHER_BETTER', [at('2009-12-31', 60)]).status).toBe('NO_DATA');
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

  it('keeps a relative change away from zero and above −100 %, whatever the range', () => {
    expect(targetProblem('RELATIVE_CHANGE', 10, percentage)).toBeNull();
    expect(targetProblem('RELATIVE_CHANGE', 400, percentage)).toBeNull();
    expect(targetProblem('RELATIVE_CHANGE', -99.5, count)).toBeNull();
    expect(targetProblem('RELATIVE_CHANGE', 0, count)).toBe('ZERO_CHANGE');
    expect(targetProblem('RELATIVE_CHANGE', -100, count)).toBe('RELATIVE_CHANGE_TOO_LOW');
    expect(targetProblem('RELATIVE_CHANGE', -150, percentage)).toBe('RELATIVE_CHANGE_TOO_LOW');
  });

  it('says what is wrong in Polish and English, with the range', () => {
    expect(describeTargetProblem('LEVEL_OUT_OF_RANGE', percentage, 'pl')).toBe('Poziom musi mieścić się w zakresie wskaźnika (0–100).');
    expect(describeTargetProblem('CHANGE_OUT_OF_RANGE', percentage, 'en')).toBe(
      "The change cannot exceed the indicator's whole range (0–100).",
    );
    expect(describeTargetProblem('ZERO_CHANGE', count, 'en')).toBe('A change target must not be zero.');
    expect(describeTargetProblem('RELATIVE_CHANGE_TOO_LOW', count, 'pl')).toBe(
      'Zmiana względna musi być większa niż −100 % wartości bazowej; spadek do określonej wartości wyznacz jako poziom (np. 0).',
    );
    expect(describeTargetProblem('RELATIVE_CHANGE_TOO_LOW', count, 'en')).toBe(
      'A relative change must be above −100 % of the baseline; to ask for a fall to a given value, set a level (e.g. 0).',
    );
  });
});
