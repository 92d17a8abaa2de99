import { cafScores, isCafScore } from '@officebench/domain';
import { syntheticAssessorScores, syntheticCafConsensus } from './synthetic-values';

describe('syntheticCafConsensus', () => {
  it.each([0, 1, 260, 431, 517, 899, 900])('scores 28 sub-criteria whose criterion means sum to exactly %i', (total) => {
    const consensus = syntheticCafConsensus('Urząd Miasta Dzierżoniów', 1, total);
    expect(consensus.size).toBe(28);
    expect([...consensus.values()].every(isCafScore)).toBe(true);
    expect(cafScores(consensus).total).toBeCloseTo(total, 9);
  });

  it('is the same for the same office and cycle, and differs between offices', () => {
    expect(syntheticCafConsensus('A', 0, 400)).toEqual(syntheticCafConsensus('A', 0, 400));
    expect(syntheticCafConsensus('A', 0, 400)).not.toEqual(syntheticCafConsensus('B', 0, 400));
  });

  it('refuses a total that no whole scores can make', () => {
    expect(() => syntheticCafConsensus('A', 0, 400.5)).toThrow('not a CAF total');
    expect(() => syntheticCafConsensus('A', 0, 901)).toThrow('not a CAF total');
  });
});

describe('syntheticAssessorScores', () => {
  it('stays within 12 points of the consensus and within 0-100', () => {
    const consensus = syntheticCafConsensus('A', 0, 450);
    const own = syntheticAssessorScores(consensus, 'assessor.1.1');
    for (const [code, score] of own) {
      expect(isCafScore(score)).toBe(true);
      expect(Math.abs(score - (consensus.get(code) as number))).toBeLessThanOrEqual(12);
    }
    expect(own).not.toEqual(syntheticAssessorScores(consensus, 'assessor.1.2'));
  });
});
