import fc from 'fast-check';
import {
  type CellAggregate,
  contributorsBand,
  dominates,
  minimumContributors,
  ownQuartile,
  primarySuppression,
  publishedStatistics,
  quantilesAllowed,
  roundSignificant,
} from './disclosure';

const value = { inputKind: 'VALUE' as const, unit: 'days', scale: 1 };
const ratio = { inputKind: 'RATIO' as const, unit: 'pct', scale: 100 };
const count = { inputKind: 'VALUE' as const, unit: 'count', scale: 1 };

function cell(overrides: Partial<CellAggregate> = {}): CellAggregate {
  return {
    contributors: 12,
    mean: 10.4567,
    sumValue: 125.48,
    maxValue: 20,
    sumNumerator: 600,
    maxNumerator: 100,
    sumDenominator: 1200,
    maxDenominator: 200,
    p25: 7.77777,
    median: 10.12345,
    p75: 13.33333,
    ...overrides,
  };
}

describe('roundSignificant', () => {
  it('keeps three significant digits, halves away from zero', () => {
    expect(roundSignificant(12345)).toBe(12300);
    expect(roundSignificant(0.0012345)).toBe(0.00123);
    expect(roundSignificant(2.345)).toBe(2.35);
    expect(roundSignificant(-2.345)).toBe(-2.35);
    expect(roundSignificant(9.996)).toBe(10);
    expect(roundSignificant(0)).toBe(0);
    expect(roundSignificant(8.825)).toBe(8.83);
    expect(roundSignificant(1.005)).toBe(1.01);
    expect(roundSignificant(-0.0012345)).toBe(-0.00123);
  });

  it('never moves a value by more than half a unit in the third digit', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e9, noNaN: true }), (x) => {
        const rounded = roundSignificant(x);
        expect(Math.abs(rounded - x)).toBeLessThanOrEqual(0.5 * 10 ** (Math.floor(Math.log10(x)) - 2) * (1 + 1e-9));
        expect(Number(rounded.toPrecision(3))).toBe(rounded);
      }),
    );
  });
});

describe('thresholds and bands', () => {
  it('needs k others for any viewer: k + 1 contributors; quantiles from 2k', () => {
    expect(minimumContributors(5)).toBe(6);
    expect(quantilesAllowed(9, 5)).toBe(false);
    expect(quantilesAllowed(10, 5)).toBe(true);
  });

  it('bands the contributor count', () => {
    expect([4, 5, 9, 10, 19, 20, 2800].map(contributorsBand)).toEqual(['3-4', '5-9', '5-9', '10-19', '10-19', '20+', '20+']);
  });
});

describe('primarySuppression', () => {
  it('suppresses a cell with k contributors and publishes one with k + 1', () => {
    expect(primarySuppression(cell({ contributors: 5 }), value, 5)).toBe('TOO_FEW_OFFICES');
    expect(primarySuppression(cell({ contributors: 6 }), value, 5)).toBeNull();
  });

  it('suppresses a ratio cell where one office holds over 75% of the numerators or of the denominators', () => {
    expect(primarySuppression(cell({ maxNumerator: 451 }), ratio, 5)).toBe('DOMINANCE');
    expect(primarySuppression(cell({ maxNumerator: 450 }), ratio, 5)).toBeNull();
    expect(primarySuppression(cell({ maxDenominator: 901 }), ratio, 5)).toBe('DOMINANCE');
  });

  it('applies dominance to counts by value, and not to other value indicators', () => {
    expect(primarySuppression(cell({ sumValue: 100, maxValue: 76 }), count, 5)).toBe('DOMINANCE');
    expect(primarySuppression(cell({ sumValue: 100, maxValue: 76 }), value, 5)).toBeNull();
    expect(dominates(0, 0)).toBe(false);
  });
});

describe('publishedStatistics', () => {
  it('rounds, bands and gives the pooled rate of a ratio', () => {
    expect(publishedStatistics(cell(), ratio, 5)).toEqual({
      contributorsBand: '10-19',
      mean: 10.5,
      pooledRate: 50,
      median: 10.1,
      p25: 7.78,
      p75: 13.3,
    });
  });

  it('withholds quantiles below 2k contributors, and the pooled rate of a plain value', () => {
    expect(publishedStatistics(cell({ contributors: 9 }), value, 5)).toEqual({
      contributorsBand: '5-9',
      mean: 10.5,
      pooledRate: null,
      median: null,
      p25: null,
      p75: null,
    });
  });
});

describe('ownQuartile', () => {
  const q = { p25: 10, median: 20, p75: 30 };
  it('places the own value among the published quartiles (1 = lowest values)', () => {
    expect([5, 10, 15, 20, 25, 30, 31].map((v) => ownQuartile(v, q))).toEqual([1, 1, 2, 2, 3, 3, 4]);
  });
  it('is null without an own value or without quartiles', () => {
    expect(ownQuartile(null, q)).toBeNull();
    expect(ownQuartile(5, { p25: null, median: null, p75: null })).toBeNull();
  });
});
