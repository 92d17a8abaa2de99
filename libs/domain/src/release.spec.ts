import { describeReleaseRefusal, releaseBlockers, releaseDue } from './release';

describe('releaseDue', () => {
  const deadline = new Date('2011-07-20T23:59:59Z');
  it('is due once the deadline plus the grace days have passed, if never released', () => {
    expect(releaseDue({ deadline, releasedAt: null }, new Date('2011-08-03T23:59:58Z'), 14)).toBe(false);
    expect(releaseDue({ deadline, releasedAt: null }, new Date('2011-08-03T23:59:59Z'), 14)).toBe(true);
    expect(releaseDue({ deadline, releasedAt: new Date('2011-08-01') }, new Date('2012-01-01'), 14)).toBe(false);
  });
});

describe('releaseBlockers (k = 5)', () => {
  it('blocks cells changed by 1 to k offices; 0 or k + 1 are fine', () => {
    const changes = [0, 1, 5, 6].map((n) => ({ indicatorCode: 'X', peerGroupName: `changed ${n}`, changedOffices: n }));
    expect(releaseBlockers(changes, 5).map((c) => c.changedOffices)).toEqual([1, 5]);
  });

  it('says why, in Polish and English, without naming offices', () => {
    const blockers = [{ indicatorCode: 'X', peerGroupName: 'G', changedOffices: 1 }];
    expect(describeReleaseRefusal(blockers, 5, 'pl')).toContain('mniej niż 6 urzędów');
    expect(describeReleaseRefusal(blockers, 5, 'en')).toContain('fewer than 6 offices');
  });
});
