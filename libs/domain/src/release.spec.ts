import { describeReleaseRefusal, releaseBlockers, releaseDue, releaseDueAt, releaseSummary } from './release';

describe('releaseDue', () => {
  const deadline = new Date('2011-07-20T23:59:59Z');
  it('is due once the deadline plus the grace days have passed, if never released', () => {
    expect(releaseDue({ deadline, releasedAt: null }, new Date('2011-08-03T23:59:58Z'), 14)).toBe(false);
    expect(releaseDue({ deadline, releasedAt: null }, new Date('2011-08-03T23:59:59Z'), 14)).toBe(true);
    expect(releaseDue({ deadline, releasedAt: new Date('2011-08-01') }, new Date('2012-01-01'), 14)).toBe(false);
  });

  it('falls due at the deadline plus the grace days, and never once released', () => {
    expect(releaseDueAt({ deadline, releasedAt: null }, 14)).toEqual(new Date('2011-08-03T23:59:59Z'));
    expect(releaseDueAt({ deadline, releasedAt: null }, 0)).toEqual(deadline);
    expect(releaseDueAt({ deadline, releasedAt: new Date('2011-08-01') }, 14)).toBeNull();
  });
});

describe('releaseBlockers (k = 5)', () => {
  const change = (changedOffices: number, shownBefore = true, shownNow = true) => ({
    indicatorCode: 'X',
    peerGroupName: `changed ${changedOffices}`,
    changedOffices,
    shownBefore,
    shownNow,
  });

  it('blocks published cells changed by 1 to k offices; 0 or k + 1 are fine', () => {
    expect(
      releaseBlockers(
        [0, 1, 5, 6].map((n) => change(n)),
        5,
      ).map((c) => c.changedOffices),
    ).toEqual([1, 5]);
  });

  it('blocks only a cell that showed figures before and would show them again: hidden on either side gives nothing to compare', () => {
    const changes = [change(1, false, false), change(2, true, false), change(3, false, true), change(4, true, true)];
    expect(releaseBlockers(changes, 5)).toEqual([{ indicatorCode: 'X', peerGroupName: 'changed 4', changedOffices: 4 }]);
  });

  it('says why and what the lead can do, in one sentence, in Polish and English, without naming offices', () => {
    const one = [{ indicatorCode: 'X', peerGroupName: 'G', changedOffices: 1 }];
    const pl = describeReleaseRefusal(one, 5, 'pl');
    expect(pl).toContain('w 1 komórce, którą urzędy już widziały');
    expect(pl).toContain('mniej niż 6 urzędów');
    expect(pl).toContain('zatwierdź sprawozdania kolejnych urzędów w tej grupie');
    expect(pl).toContain('opublikuj wyniki później');
    expect(pl.split('. ')).toHaveLength(1);
    const en = describeReleaseRefusal(one, 5, 'en');
    expect(en).toContain('in 1 cell that offices have already seen, fewer than 6 offices');
    expect(en).toContain('or release later');
  });

  it('agrees in number with the cells and groups it counts', () => {
    const cells = (n: number, groups: number) =>
      [...Array(n).keys()].map((i) => ({ indicatorCode: `X${i}`, peerGroupName: `G${i % groups}`, changedOffices: 1 }));
    expect(describeReleaseRefusal(cells(2, 1), 3, 'pl')).toContain('w 2 komórkach, które urzędy już widziały');
    expect(describeReleaseRefusal(cells(2, 1), 3, 'pl')).toContain('w tej grupie');
    expect(describeReleaseRefusal(cells(5, 2), 3, 'pl')).toContain('w 5 komórkach, które');
    expect(describeReleaseRefusal(cells(5, 2), 3, 'pl')).toContain('w tych grupach');
    expect(describeReleaseRefusal(cells(5, 2), 3, 'pl')).toContain('w każdej z tych komórek będzie zmiana u co najmniej 4 urzędów');
    expect(describeReleaseRefusal(cells(2, 2), 3, 'en')).toContain('in 2 cells');
  });
});

describe('releaseSummary', () => {
  it('counts the shown cells and the hidden ones per reason, leaving out reasons with none', () => {
    const cells = [null, null, 'NESTED_GROUP', 'TOO_FEW_OFFICES', 'TOO_FEW_OFFICES', null].map((reason) => ({
      reason: reason as 'NESTED_GROUP' | 'TOO_FEW_OFFICES' | null,
    }));
    expect(releaseSummary(cells)).toEqual({
      shown: 3,
      hidden: [
        { reason: 'TOO_FEW_OFFICES', cells: 2 },
        { reason: 'NESTED_GROUP', cells: 1 },
      ],
    });
    expect(releaseSummary([])).toEqual({ shown: 0, hidden: [] });
  });
});
