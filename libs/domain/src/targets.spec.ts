import { type DatedValue, describeTargetProblem, progressToward, targetProblem } from './targets';

const at = (label: string, value: number): DatedValue => ({ periodId: label, endsOn: new Date(`${label}T00:00:00Z`), value });
const values = [at('2009-12-31', 60), at('2010-12-31', 70)];

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
