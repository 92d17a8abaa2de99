import fc from 'fast-check';
import { nextQuarter, parseQuarter, periodKindFor, quarterBounds, quarterLabel, quartersFrom } from './periods';

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
      '2009-Q3', '2009-Q4', '2010-Q1', '2010-Q2', '2010-Q3', '2010-Q4', '2011-Q1', '2011-Q2',
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
