import { centreOf, distributionSummary, type StatusedValue } from './distribution';

describe('centreOf', () => {
  it('gives the count, mean and median, the median of an even count between the middle two', () => {
    expect(centreOf([4, 1, 10])).toEqual({ count: 3, mean: 5, median: 4 });
    expect(centreOf([1, 2, 3, 10])).toEqual({ count: 4, mean: 4, median: 2.5 });
    expect(centreOf([7])).toEqual({ count: 1, mean: 7, median: 7 });
  });

  it('is null for no values', () => {
    expect(centreOf([])).toBeNull();
  });
});

describe('distributionSummary', () => {
  const values: StatusedValue[] = [
    { value: 80, status: 'APPROVED' },
    { value: 60, status: 'APPROVED' },
    { value: 90, status: 'SUBMITTED' },
    { value: 10, status: 'DRAFT' },
    { value: 50, status: 'RETURNED' },
    { value: null, status: 'DRAFT' },
    { value: null, status: null },
  ];

  it('centres every shown value, whatever its status, and leaves out offices without a value', () => {
    expect(distributionSummary(values, null).shown).toEqual({ count: 5, mean: 58, median: 60 });
  });

  it('centres the approved values apart', () => {
    expect(distributionSummary(values, null).approved).toEqual({ count: 2, mean: 70, median: 70 });
    expect(distributionSummary([{ value: 3, status: 'SUBMITTED' }], null).approved).toBeNull();
  });

  it('has nothing to centre without values', () => {
    expect(distributionSummary([{ value: null, status: null }], null)).toEqual({ shown: null, approved: null, targetLine: null });
  });

  it('draws a LEVEL target at its value', () => {
    expect(distributionSummary(values, { kind: 'LEVEL', value: 75 }).targetLine).toBe(75);
  });

  it('draws no line for a change target: its goal is each office’s own baseline moved', () => {
    expect(distributionSummary(values, { kind: 'CHANGE', value: 15 }).targetLine).toBeNull();
    expect(distributionSummary(values, { kind: 'RELATIVE_CHANGE', value: 10 }).targetLine).toBeNull();
    expect(distributionSummary(values, null).targetLine).toBeNull();
  });
});
