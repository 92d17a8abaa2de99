import { defaultPeerGroup, latestChange, officeTasks, standingRank, versusMean } from './scorecard';

describe('defaultPeerGroup', () => {
  const groups = [
    { id: 'all', basis: 'ALL' as const, criterion: null },
    { id: 'urban', basis: 'KIND' as const, criterion: 'URBAN_GMINA' },
    { id: 'region', basis: 'REGION' as const, criterion: 'dolnośląskie' },
  ];

  it("takes the group of the office's own kind", () => {
    expect(defaultPeerGroup(groups, 'URBAN_GMINA')?.id).toBe('urban');
  });

  it('falls back to every office when no group has its kind', () => {
    expect(defaultPeerGroup(groups, 'COUNTY')?.id).toBe('all');
  });

  it('is null for a programme without groups', () => {
    expect(defaultPeerGroup([], 'COUNTY')).toBeNull();
  });
});

describe('versusMean', () => {
  it('reads above the mean as better when higher is better, and as worse when lower is better', () => {
    expect(versusMean(80, 70, 'HIGHER_BETTER')).toBe('BETTER');
    expect(versusMean(80, 70, 'LOWER_BETTER')).toBe('WORSE');
    expect(versusMean(60, 70, 'LOWER_BETTER')).toBe('BETTER');
    expect(versusMean(70, 70, 'HIGHER_BETTER')).toBe('SAME');
  });

  it('says nothing without both values', () => {
    expect(versusMean(null, 70, 'HIGHER_BETTER')).toBeNull();
    expect(versusMean(70, null, 'HIGHER_BETTER')).toBeNull();
  });
});

describe('latestChange', () => {
  it('compares the latest period with the one before it that has a value, whatever the input order', () => {
    const result = latestChange([
      { periodId: 'q1', endsOn: '2026-03-31', value: 10 },
      { periodId: 'q3', endsOn: '2026-09-30', value: 14.5 },
      { periodId: 'q2', endsOn: '2026-06-30', value: 12 },
    ]);
    expect(result.latest?.periodId).toBe('q3');
    expect(result.previous?.periodId).toBe('q2');
    expect(result.change).toBeCloseTo(2.5);
  });

  it('has no change with one value and nothing with none', () => {
    expect(latestChange([{ periodId: 'q1', endsOn: '2026-03-31', value: 10 }])).toEqual({
      latest: { periodId: 'q1', endsOn: '2026-03-31', value: 10 },
      previous: null,
      change: null,
    });
    expect(latestChange([])).toEqual({ latest: null, previous: null, change: null });
  });
});

describe('officeTasks', () => {
  const now = new Date('2026-12-03T12:00:00Z');
  const period = (id: string, opensAt: string, deadline: string, lockedAt: string | null = null) => ({
    id,
    opensAt: new Date(opensAt),
    deadline: new Date(deadline),
    lockedAt: lockedAt === null ? null : new Date(lockedAt),
  });
  const periods = [
    period('year', '2026-11-01T00:00:00Z', '2027-01-31T22:59:00Z'),
    period('late', '2026-10-01T00:00:00Z', '2026-11-20T22:59:00Z'),
    period('locked', '2026-07-01T00:00:00Z', '2026-08-20T22:59:00Z', '2026-09-01T00:00:00Z'),
    period('future', '2027-01-01T00:00:00Z', '2027-02-20T22:59:00Z'),
  ];

  it('lists the open periods, nearest deadline first, with status, counts and the late flag', () => {
    const tasks = officeTasks(
      periods,
      new Map([['year', { status: 'SUBMITTED' as const, filledCount: 3 }]]),
      (p) => (p.id === 'year' ? 3 : 16),
      now,
    );
    expect(tasks.map((task) => task.period.id)).toEqual(['late', 'year']);
    expect(tasks[0]).toMatchObject({ status: null, filledCount: 0, expectedCount: 16, late: true, done: false, daysToDeadline: -13 });
    expect(tasks[1]).toMatchObject({ status: 'SUBMITTED', filledCount: 3, expectedCount: 3, late: false, done: true, daysToDeadline: 59 });
  });

  it('does not call a handed-in period late after its deadline', () => {
    const [task] = officeTasks([periods[1]], new Map([['late', { status: 'APPROVED' as const, filledCount: 16 }]]), () => 16, now);
    expect(task).toMatchObject({ late: false, done: true });
  });
});

describe('standingRank', () => {
  it('counts the quarters from the good end of the indicator', () => {
    expect([1, 2, 3, 4].map((q) => standingRank(q, 'HIGHER_BETTER'))).toEqual([4, 3, 2, 1]);
    expect([1, 2, 3, 4].map((q) => standingRank(q, 'LOWER_BETTER'))).toEqual([1, 2, 3, 4]);
  });

  it('is null without a quartile', () => {
    expect(standingRank(null, 'HIGHER_BETTER')).toBeNull();
    expect(standingRank(5, 'LOWER_BETTER')).toBeNull();
  });
});
