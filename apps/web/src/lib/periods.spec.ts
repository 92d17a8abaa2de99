import type { BenchmarkPeriod } from './graphql/benchmark-programme.query';
import { chosenId, comparisonPeriods, defaultComparisonPeriod, openedPeriods } from './periods';

const period = (label: string, startsOn: string, state: BenchmarkPeriod['state'], releasedAt: string | null): BenchmarkPeriod => ({
  id: label,
  label,
  kind: 'QUARTER',
  startsOn,
  state,
  releasedAt,
});

const periods = [
  period('2010-Q4', '2010-10-01', 'LOCKED', '2011-02-01T00:00:00Z'),
  period('2011-Q2', '2011-04-01', 'OPEN', null),
  period('2011-Q1', '2011-01-01', 'LOCKED', '2011-05-01T00:00:00Z'),
  period('2011-Q3', '2011-07-01', 'NOT_OPEN', null),
  period('2010-Q3', '2010-07-01', 'LOCKED', null),
];

describe('comparisonPeriods', () => {
  it('lists released periods first, most recent first, then opened unreleased ones, never unopened ones', () => {
    expect(comparisonPeriods(periods).map(({ label }) => label)).toEqual(['2011-Q1', '2010-Q4', '2011-Q2', '2010-Q3']);
  });
});

describe('defaultComparisonPeriod', () => {
  it('prefers the most recent released period whose values are final (locked)', () => {
    const released = period('2011-Q2', '2011-04-01', 'OPEN', '2011-08-01T00:00:00Z');
    expect(comparisonPeriods([...periods, released])[0]?.label).toBe('2011-Q2');
    expect(defaultComparisonPeriod([...periods, released])?.label).toBe('2011-Q1');
  });

  it('falls back to the first choice, and to none', () => {
    expect(defaultComparisonPeriod([period('2011-Q2', '2011-04-01', 'OPEN', null)])?.label).toBe('2011-Q2');
    expect(defaultComparisonPeriod([])).toBeUndefined();
  });
});

describe('openedPeriods', () => {
  it('lists every opened period, most recent first', () => {
    expect(openedPeriods(periods).map(({ label }) => label)).toEqual(['2011-Q2', '2011-Q1', '2010-Q4', '2010-Q3']);
  });
});

describe('chosenId', () => {
  it('keeps a choice from the list and falls back to the first one otherwise', () => {
    const choices = comparisonPeriods(periods).map(({ id }) => id);
    expect(chosenId(choices, '2010-Q4')).toBe('2010-Q4');
    expect(chosenId(choices, '2011-Q3')).toBe('2011-Q1');
    expect(chosenId(choices, null)).toBe('2011-Q1');
    expect(chosenId([], null)).toBe('');
    expect(chosenId(choices, null, '2010-Q4')).toBe('2010-Q4');
  });
});
