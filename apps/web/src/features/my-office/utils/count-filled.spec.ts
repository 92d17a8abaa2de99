import { countFilled, isFilled } from './count-filled';

const entry = (code: string, value: number | null, numerator: number | null = null, denominator: number | null = null) => ({
  indicator: { code },
  value,
  numerator,
  denominator,
});

const indicators = [
  { code: 'A', periodicity: 'QUARTERLY' as const },
  { code: 'B', periodicity: 'QUARTERLY' as const },
  { code: 'C', periodicity: 'ANNUAL' as const },
  { code: 'D', periodicity: 'PER_CYCLE' as const },
];

describe('isFilled', () => {
  it('needs a value or both parts of a ratio', () => {
    expect(isFilled(entry('A', 0))).toBe(true);
    expect(isFilled(entry('A', null, 3, 4))).toBe(true);
    expect(isFilled(entry('A', null, 3, null))).toBe(false);
    expect(isFilled(entry('A', null))).toBe(false);
  });
});

describe('countFilled', () => {
  it('counts the filled values of the indicators due in the period kind', () => {
    expect(countFilled([entry('A', 1), entry('B', null), entry('C', 5)], indicators, 'QUARTER')).toEqual({ filled: 1, due: 2 });
    expect(countFilled([entry('C', 5)], indicators, 'YEAR')).toEqual({ filled: 1, due: 1 });
    expect(countFilled([], indicators, 'CAF_CYCLE')).toEqual({ filled: 0, due: 1 });
  });

  it('counts every indicator without a period kind', () => {
    expect(countFilled([entry('A', 1), entry('D', 2)], indicators)).toEqual({ filled: 2, due: 4 });
  });

  it('counts an indicator once and ignores values of unknown indicators', () => {
    expect(countFilled([entry('A', 1), entry('A', 2), entry('Z', 3)], indicators, 'QUARTER')).toEqual({ filled: 1, due: 2 });
  });
});
