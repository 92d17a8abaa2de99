import { isPeriodOpen, periodsToShow } from './periods-to-show';

const now = new Date('2011-08-01T12:00:00Z');

function period(label: string, startsOn: string, opensAt: string, lockedAt: string | null) {
  return { label, startsOn, opensAt, lockedAt };
}

const q1 = period('2011-Q1', '2011-01-01', '2011-04-01T00:00:00Z', '2011-06-19T00:00:00Z');
const q2 = period('2011-Q2', '2011-04-01', '2011-07-01T00:00:00Z', null);
const caf = period('CAF 2011', '2011-03-01', '2011-06-01T00:00:00Z', null);
const q3 = period('2011-Q3', '2011-07-01', '2011-10-01T00:00:00Z', null);
const q4old = period('2010-Q4', '2010-10-01', '2011-01-01T00:00:00Z', '2011-03-22T00:00:00Z');
const q3old = period('2010-Q3', '2010-07-01', '2010-10-01T00:00:00Z', '2010-12-20T00:00:00Z');

describe('isPeriodOpen', () => {
  it('is open once opened and until locked', () => {
    expect(isPeriodOpen(q2, now)).toBe(true);
    expect(isPeriodOpen(q1, now)).toBe(false);
    expect(isPeriodOpen(q3, now)).toBe(false);
    expect(isPeriodOpen({ ...q1, lockedAt: '2011-09-01T00:00:00Z' }, now)).toBe(true);
  });

  it('follows the API when it says', () => {
    expect(isPeriodOpen({ ...q1, isOpen: true }, now)).toBe(true);
    expect(isPeriodOpen({ ...q2, isOpen: false }, now)).toBe(false);
    expect(isPeriodOpen({ ...q2, isOpen: null }, now)).toBe(true);
  });
});

describe('periodsToShow', () => {
  it('lists the open periods, newest first', () => {
    expect(periodsToShow([q3old, q1, caf, q2, q3], now)).toEqual({ open: true, periods: [q2, caf] });
  });

  it('falls back to the latest opened periods when none is open', () => {
    const result = periodsToShow([q3old, q4old, q1, q3], now, 2);
    expect(result).toEqual({ open: false, periods: [q1, q4old] });
  });

  it('has nothing to show for a programme without periods', () => {
    expect(periodsToShow([], now)).toEqual({ open: false, periods: [] });
  });
});
