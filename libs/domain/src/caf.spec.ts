import { CAF_CRITERIA, CAF_MAX_TOTAL, isCafCriterion } from './caf';

describe('CAF structure', () => {
  it('has 9 criteria with 28 sub-criteria, five enablers then four results', () => {
    expect(CAF_CRITERIA.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(CAF_CRITERIA.reduce((sum, c) => sum + c.subCriteria, 0)).toBe(28);
    expect(CAF_CRITERIA.filter((c) => c.kind === 'ENABLER').map((c) => c.number)).toEqual([1, 2, 3, 4, 5]);
    expect(CAF_MAX_TOTAL).toBe(900);
  });

  it('accepts only whole criterion numbers 1-9', () => {
    expect([0, 1, 9, 10, 2.5].map(isCafCriterion)).toEqual([false, true, true, false, false]);
  });
});
