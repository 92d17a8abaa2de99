import {
  awaitsLock,
  awaitsPublication,
  completenessCounts,
  currentPeriod,
  daysToDeadline,
  rankBySpread,
  relativeSpread,
  type WaitingPeriod,
} from './lead-home';

const at = (iso: string) => new Date(iso);
const period = (id: string, opensAt: string, deadline: string, lockedAt: string | null = null): WaitingPeriod => ({
  id,
  opensAt: at(opensAt),
  deadline: at(deadline),
  lockedAt: lockedAt === null ? null : at(lockedAt),
  releasedAt: null,
});

describe('currentPeriod', () => {
  const now = at('2030-05-10T12:00:00Z');
  const q1 = period('q1', '2030-04-01T00:00:00Z', '2030-04-20T21:59:59Z');
  const year = period('year', '2030-01-01T00:00:00Z', '2030-06-30T21:59:59Z');
  const q2 = period('q2', '2030-04-15T00:00:00Z', '2030-05-20T21:59:59Z');
  const q3 = period('q3', '2030-07-01T00:00:00Z', '2030-07-20T21:59:59Z');

  it('takes the open period whose deadline is nearest ahead', () => {
    expect(currentPeriod([q1, year, q2, q3], now)?.id).toBe('q2');
  });

  it('skips a locked period even when its deadline is nearer', () => {
    const lockedQ2 = { ...q2, lockedAt: at('2030-05-01T00:00:00Z') };
    expect(currentPeriod([q1, year, lockedQ2, q3], now)?.id).toBe('year');
  });

  it('falls back to the opened period with the latest deadline when no deadline is ahead', () => {
    expect(currentPeriod([q1, q3], now)?.id).toBe('q1');
    const lockedPast = { ...q1, lockedAt: at('2030-04-25T00:00:00Z') };
    expect(currentPeriod([lockedPast, q3], now)?.id).toBe('q1');
  });

  it('is null before any period opens', () => {
    expect(currentPeriod([q3], now)).toBeNull();
    expect(currentPeriod([], now)).toBeNull();
  });

  it('still counts a period whose deadline is later today as ahead', () => {
    expect(currentPeriod([q1, q2], at('2030-05-20T21:00:00Z'))?.id).toBe('q2');
  });
});

describe('daysToDeadline', () => {
  const deadline = at('2030-04-20T21:59:59Z'); // 23:59:59 on 20 April in Warsaw

  it('counts calendar days in Poland', () => {
    expect(daysToDeadline(deadline, at('2030-04-17T08:00:00Z'))).toBe(3);
    expect(daysToDeadline(deadline, at('2030-04-19T21:59:59Z'))).toBe(1);
    expect(daysToDeadline(deadline, at('2030-04-19T22:00:00Z'))).toBe(0);
    expect(daysToDeadline(deadline, at('2030-04-20T21:59:59Z'))).toBe(0);
  });

  it('is negative once the deadline day has passed', () => {
    expect(daysToDeadline(deadline, at('2030-04-20T22:00:00Z'))).toBe(-1);
    expect(daysToDeadline(deadline, at('2030-05-01T10:00:00Z'))).toBe(-11);
  });

  it('is not thrown by the change to winter time', () => {
    expect(daysToDeadline(at('2030-10-31T22:59:59Z'), at('2030-10-25T10:00:00Z'))).toBe(6);
  });
});

describe('completenessCounts', () => {
  const offices = [
    { status: null },
    { status: 'DRAFT' },
    { status: 'SUBMITTED' },
    { status: 'RETURNED' },
    { status: 'APPROVED' },
    { status: 'APPROVED' },
  ] as const;

  it('counts every status once and, after the deadline, the offices that have not handed in as late', () => {
    expect(completenessCounts(offices, at('2030-04-20T22:00:00Z'), at('2030-04-21T00:00:00Z'))).toEqual({
      offices: 6,
      notStarted: 1,
      draft: 1,
      submitted: 1,
      returned: 1,
      approved: 2,
      late: 3,
    });
  });

  it('counts no office late before the deadline', () => {
    expect(completenessCounts(offices, at('2030-04-20T22:00:00Z'), at('2030-04-19T00:00:00Z')).late).toBe(0);
  });
});

describe('what waits for the lead', () => {
  const now = at('2030-05-10T12:00:00Z');
  const past = period('past', '2030-04-01T00:00:00Z', '2030-04-20T21:59:59Z');
  const ahead = period('ahead', '2030-04-01T00:00:00Z', '2030-05-20T21:59:59Z');

  it('asks to lock a period past its deadline that is not locked yet (or reopened until later)', () => {
    expect(awaitsLock(past, now)).toBe(true);
    expect(awaitsLock(ahead, now)).toBe(false);
    expect(awaitsLock({ ...past, lockedAt: at('2030-04-25T00:00:00Z') }, now)).toBe(false);
    expect(awaitsLock({ ...past, lockedAt: at('2030-05-15T00:00:00Z') }, now)).toBe(true);
  });

  it('asks to publish a period past its deadline never released or changed since its release', () => {
    expect(awaitsPublication(past, false, now)).toBe(true);
    expect(awaitsPublication({ ...past, releasedAt: at('2030-04-30T00:00:00Z') }, false, now)).toBe(false);
    expect(awaitsPublication({ ...past, releasedAt: at('2030-04-30T00:00:00Z') }, true, now)).toBe(true);
    expect(awaitsPublication(ahead, true, now)).toBe(false);
  });
});

describe('where offices differ most', () => {
  it('measures the interquartile range against the median', () => {
    expect(relativeSpread({ offices: 10, p25: 8, median: 10, p75: 13 })).toBeCloseTo(0.5);
    expect(relativeSpread({ offices: 10, p25: -3, median: -2, p75: -1 })).toBeCloseTo(1);
  });

  it('has no measure for a zero median or too few offices', () => {
    expect(relativeSpread({ offices: 10, p25: -1, median: 0, p75: 1 })).toBeNull();
    expect(relativeSpread({ offices: 4, p25: 1, median: 2, p75: 3 })).toBeNull();
  });

  it('ranks the widest spread first, keeps the given order on ties and stops at the limit', () => {
    const cells = [
      { code: 'narrow', offices: 10, p25: 9, median: 10, p75: 11 },
      { code: 'wide', offices: 10, p25: 5, median: 10, p75: 15 },
      { code: 'zero', offices: 10, p25: 0, median: 0, p75: 0 },
      { code: 'tie-a', offices: 10, p25: 4, median: 20, p75: 24 },
      { code: 'tie-b', offices: 10, p25: 2, median: 10, p75: 12 },
    ];
    expect(rankBySpread(cells, 3).map(({ code, spread }) => [code, spread])).toEqual([
      ['wide', 1],
      ['tie-a', 1],
      ['tie-b', 1],
    ]);
    expect(rankBySpread(cells, 10).map(({ code }) => code)).toEqual(['wide', 'tie-a', 'tie-b', 'narrow']);
  });
});
