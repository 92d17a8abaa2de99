import type { BenchmarkCell } from '../graphql/benchmark-cell.fragment';
import { defaultPeerGroupId, indicatorCells, positionCounts, quartileTone, scorecardPosition } from './scorecard';

const OFFICE = 'office-3';
const all = { id: 'all', basis: 'ALL', members: [{ id: OFFICE }, { id: 'office-4' }] };
const ownKind = { id: 'urban', basis: 'KIND', members: [{ id: OFFICE }] };
const otherKind = { id: 'rural', basis: 'KIND', members: [{ id: 'office-4' }] };
const region = { id: 'region', basis: 'REGION', members: [{ id: OFFICE }] };

const cell: BenchmarkCell = {
  indicator: { code: 'CASES_ON_TIME_PCT' },
  peerGroup: { id: 'urban', name: 'Gminy miejskie' },
  own: 90,
  suppressed: false,
  suppressionReason: null,
  contributorsBand: '10-19',
  mean: 85,
  pooledRate: null,
  median: 86,
  p25: 80,
  p75: 92,
  ownQuartile: 3,
};

describe('defaultPeerGroupId', () => {
  it('starts with the group of the office’s own kind, wherever it is in the list', () => {
    expect(defaultPeerGroupId([all, region, otherKind, ownKind], OFFICE)).toBe('urban');
  });

  it('falls back to the ALL group when no kind group holds the office', () => {
    expect(defaultPeerGroupId([region, otherKind, all], OFFICE)).toBe('all');
  });

  it('takes a group of another basis that holds the office only after ALL, and the first group last', () => {
    expect(defaultPeerGroupId([region, otherKind], OFFICE)).toBe('region');
    expect(defaultPeerGroupId([], OFFICE)).toBeNull();
  });
});

describe('quartileTone', () => {
  it('counts from the high end for an indicator where higher is better', () => {
    expect([1, 2, 3, 4].map((q) => quartileTone(q, 'HIGHER_BETTER'))).toEqual(['WORST', 'WEAK', 'GOOD', 'BEST']);
  });

  it('counts from the low end for an indicator where lower is better', () => {
    expect([1, 2, 3, 4].map((q) => quartileTone(q, 'LOWER_BETTER'))).toEqual(['BEST', 'GOOD', 'WEAK', 'WORST']);
  });

  it('has no tone without a quartile', () => {
    expect(quartileTone(null, 'HIGHER_BETTER')).toBeNull();
    expect(quartileTone(0, 'LOWER_BETTER')).toBeNull();
    expect(quartileTone(5, 'LOWER_BETTER')).toBeNull();
  });
});

describe('scorecardPosition', () => {
  it('gives a published cell’s mean, median, verdict and tone by direction', () => {
    expect(scorecardPosition(cell, 'HIGHER_BETTER')).toEqual({
      published: true,
      mean: 85,
      median: 86,
      verdict: 'BETTER',
      tone: 'GOOD',
      noQuartile: null,
    });
    expect(scorecardPosition(cell, 'LOWER_BETTER')).toMatchObject({ verdict: 'WORSE', tone: 'WEAK' });
  });

  it('says why there is no quartile: no value of the office, or a group too small for quantiles', () => {
    expect(scorecardPosition({ ...cell, own: null, ownQuartile: null }, 'HIGHER_BETTER')).toMatchObject({
      verdict: null,
      tone: null,
      noQuartile: 'NO_OWN_VALUE',
    });
    expect(scorecardPosition({ ...cell, median: null, p25: null, p75: null, ownQuartile: null }, 'HIGHER_BETTER')).toMatchObject({
      median: null,
      tone: null,
      noQuartile: 'NO_QUANTILES',
    });
  });

  it('keeps nothing of a suppressed cell but its reason, even when it (wrongly) carries numbers', () => {
    expect(scorecardPosition({ ...cell, suppressed: true, suppressionReason: 'TOO_FEW_OFFICES' }, 'HIGHER_BETTER')).toEqual({
      published: false,
      reason: 'TOO_FEW_OFFICES',
    });
  });
});

describe('positionCounts', () => {
  it('counts the rows better and worse than the mean and the hidden ones', () => {
    const positions = [
      scorecardPosition(cell, 'HIGHER_BETTER'),
      scorecardPosition(cell, 'LOWER_BETTER'),
      scorecardPosition({ ...cell, own: 85 }, 'LOWER_BETTER'),
      scorecardPosition({ ...cell, suppressed: true, suppressionReason: 'DOMINANCE' }, 'LOWER_BETTER'),
    ];
    expect(positionCounts(positions)).toEqual({ better: 1, worse: 1, hidden: 1, total: 4 });
  });
});

describe('indicatorCells', () => {
  it('keeps the indicators’ order and only those with a cell', () => {
    const indicators = [{ code: 'A' }, { code: 'CASES_ON_TIME_PCT' }, { code: 'B' }];
    const other = { ...cell, indicator: { code: 'A' } };
    expect(indicatorCells(indicators, [cell, other]).map(({ indicator }) => indicator.code)).toEqual(['A', 'CASES_ON_TIME_PCT']);
  });
});
