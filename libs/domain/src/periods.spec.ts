import fc from 'fast-check';
import { nextQuarter, parseQuarter, periodKindFor, quarterBounds, quarterLabel, periodDraftProblem, quartersFrom } from './periods';

describe('quarters', () => {
  it('labels and parses a quarter both ways', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.constantFrom(1, 2, 3, 4), (year, quarter) => {
        const q = { year, quarter: quarter as 1 | 2 | 3 | 4 };
        expect(parseQuarter(quarterLabel(q))).toEqual(q);
      }),
    );
  });

  it('refuses a malformed label with the label in the message', () => {
    expect(() => parseQuarter('2010-Q5')).toThrow('2010-Q5');
    expect(() => parseQuarter('Q3 2010')).toThrow('expected e.g. 2010-Q3');
  });

  it('rolls over the year after the fourth quarter', () => {
    expect(nextQuarter({ year: 2009, quarter: 4 })).toEqual({ year: 2010, quarter: 1 });
    expect(nextQuarter({ year: 2009, quarter: 3 })).toEqual({ year: 2009, quarter: 4 });
  });

  it('lists eight consecutive quarters from 2009-Q3', () => {
    expect(quartersFrom({ year: 2009, quarter: 3 }, 8).map(quarterLabel)).toEqual([
      '2009-Q3',
      '2009-Q4',
      '2010-Q1',
      '2010-Q2',
      '2010-Q3',
      '2010-Q4',
      '2011-Q1',
      '2011-Q2',
    ]);
  });

  it('gives calendar bounds, including a leap-year February quarter', () => {
    expect(quarterBounds({ year: 2012, quarter: 1 })).toEqual({ startsOn: '2012-01-01', endsOn: '2012-03-31' });
    expect(quarterBounds({ year: 2009, quarter: 3 })).toEqual({ startsOn: '2009-07-01', endsOn: '2009-09-30' });
    expect(quarterBounds({ year: 2010, quarter: 4 })).toEqual({ startsOn: '2010-10-01', endsOn: '2010-12-31' });
  });

  it('maps each periodicity to the period it is reported in', () => {
    expect(periodKindFor('QUARTERLY')).toBe('QUARTER');
    expect(periodKindFor('ANNUAL')).toBe('YEAR');
    expect(periodKindFor('PER_CYCLE')).toBe('CAF_CYCLE');
  });
});

describe('periodDraftProblem', () => {
  const quarter = {
    kind: 'QUARTER' as const,
    label: '2012-Q1',
    startsOn: '2012-01-01',
    endsOn: '2012-03-31',
    opensAt: new Date('2012-04-01T00:00:00Z'),
    deadline: new Date('2012-04-20T23:59:59Z'),
    lockedAt: new Date('2012-05-20T00:00:00Z'),
  };

  it('accepts a well-formed quarter, year and CAF cycle', () => {
    expect(periodDraftProblem(quarter)).toBeNull();
    expect(periodDraftProblem({ ...quarter, kind: 'YEAR', label: '2012', startsOn: '2012-01-01', endsOn: '2012-12-31' })).toBeNull();
    expect(periodDraftProblem({ ...quarter, kind: 'CAF_CYCLE', label: 'CAF 2012', lockedAt: null })).toBeNull();
  });

  it('names the field that is wrong', () => {
    expect(periodDraftProblem({ ...quarter, label: '2012 Q1' })?.field).toBe('label');
    expect(periodDraftProblem({ ...quarter, endsOn: '2012-03-30' })?.message).toBe('Quarter 2012-Q1 runs from 2012-01-01 to 2012-03-31.');
    expect(periodDraftProblem({ ...quarter, kind: 'YEAR', label: '2012' })?.field).toBe('startsOn');
    expect(periodDraftProblem({ ...quarter, kind: 'CAF_CYCLE', label: ' ' })?.field).toBe('label');
    expect(periodDraftProblem({ ...quarter, kind: 'CAF_CYCLE', label: 'CAF', startsOn: '2012-05-01' })?.field).toBe('endsOn');
    expect(periodDraftProblem({ ...quarter, deadline: new Date('2012-03-01T00:00:00Z') })?.field).toBe('deadline');
    expect(periodDraftProblem({ ...quarter, lockedAt: new Date('2012-04-02T00:00:00Z') })?.field).toBe('lockedAt');
  });
});
