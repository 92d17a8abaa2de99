import { CAF_SUB_CRITERIA } from '@officebench/domain';
import { byCode, discussionCodes, everyoneScored, targetProgress, totalChange } from './cycle-view';

describe('totalChange', () => {
  it('is the difference from the previous total, once both exist', () => {
    expect(totalChange(512.5, 430)).toBe(82.5);
    expect(totalChange(400, 430)).toBe(-30);
    expect(totalChange(400, null)).toBeNull();
    expect(totalChange(null, 430)).toBeNull();
  });
});

describe('targetProgress', () => {
  it('measures the change since the baseline against the target', () => {
    expect(targetProgress(400, 475, 150)).toEqual({ change: 75, target: 150, share: 0.5, met: false });
    expect(targetProgress(400, 560, 150)).toEqual({ change: 160, target: 150, share: 160 / 150, met: true });
    expect(targetProgress(400, 380, 150)).toEqual({ change: -20, target: 150, share: 0, met: false });
  });

  it('has nothing to say without a baseline, a total or a target', () => {
    expect(targetProgress(null, 475, 150)).toBeNull();
    expect(targetProgress(400, null, 150)).toBeNull();
    expect(targetProgress(400, 475, null)).toBeNull();
  });
});

describe('everyoneScored', () => {
  it('needs a group in which everyone scored all 28', () => {
    expect(everyoneScored([{ scored: 28 }, { scored: 28 }])).toBe(true);
    expect(everyoneScored([{ scored: 28 }, { scored: 27 }])).toBe(false);
    expect(everyoneScored([])).toBe(false);
  });
});

describe('discussionCodes', () => {
  it('takes the spreads order first, then the rest of the 28 in the model order', () => {
    const codes = discussionCodes([{ code: '4.2' }, { code: '1.3' }, { code: 'x.9' }]);
    expect(codes.slice(0, 3)).toEqual(['4.2', '1.3', '1.1']);
    expect(codes).toHaveLength(CAF_SUB_CRITERIA.length);
    expect(new Set(codes).size).toBe(CAF_SUB_CRITERIA.length);
  });
});

describe('byCode', () => {
  it('groups items by sub-criterion, keeping their order', () => {
    const groups = byCode([
      { code: '1.1', name: 'Anna' },
      { code: '1.2', name: 'Jan' },
      { code: '1.1', name: 'Ewa' },
    ]);
    expect(groups.get('1.1')?.map(({ name }) => name)).toEqual(['Anna', 'Ewa']);
    expect(groups.get('2.1')).toBeUndefined();
  });
});
