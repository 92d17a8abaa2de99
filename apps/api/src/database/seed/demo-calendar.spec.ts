import { periodDraftProblem } from '@officebench/domain';
import { demoCalendar, quarterOf } from './demo-calendar';

const labels = (today: string) => demoCalendar(new Date(today)).periods.map((p) => p.label);

describe('demoCalendar', () => {
  it('places eight approved quarters, two years and two CAF cycles before the open quarter, and this year and a CAF cycle open beside it', () => {
    const calendar = demoCalendar(new Date('2026-05-10T09:30:00Z'));
    expect(calendar.periods.map(({ label, index, open }) => [label, index, open])).toEqual([
      ['2024-Q2', 0, false],
      ['2024-Q3', 1, false],
      ['2024-Q4', 2, false],
      ['2025-Q1', 3, false],
      ['2025-Q2', 4, false],
      ['2025-Q3', 5, false],
      ['2025-Q4', 6, false],
      ['2026-Q1', 7, false],
      ['2026-Q2', 8, true],
      ['2024', 0, false],
      ['2025', 1, false],
      ['2026', 2, true],
      ['CAF 2024', 0, false],
      ['CAF 2025', 1, false],
      ['CAF 2026', 2, true],
    ]);
    expect(calendar.periods.find((p) => p.label === 'CAF 2026')).toMatchObject({
      kind: 'CAF_CYCLE',
      startsOn: '2026-04-01',
      opensAt: '2026-04-01T00:00:00Z',
      deadline: '2026-08-14T23:59:59Z',
      lockedAt: null,
    });
    expect(calendar.periods.find((p) => p.label === '2026')).toMatchObject({
      kind: 'YEAR',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      opensAt: '2026-01-01T00:00:00Z',
      deadline: '2027-01-31T23:59:59Z',
      lockedAt: null,
    });
    expect(calendar.periods.find((p) => p.label === '2026-Q2')).toMatchObject({
      startsOn: '2026-04-01',
      endsOn: '2026-06-30',
      opensAt: '2026-04-01T00:00:00Z',
      deadline: '2026-07-20T23:59:59Z',
      lockedAt: null,
    });
    // Far from the edges, past deadlines are the usual ones and locks come 30 days after them.
    expect(calendar.periods.find((p) => p.label === '2026-Q1')).toMatchObject({
      deadline: '2026-04-20T23:59:59Z',
      lockedAt: '2026-05-10T00:00:00Z',
    });
    expect(calendar.periods.find((p) => p.label === '2025-Q4')).toMatchObject({
      deadline: '2026-01-20T23:59:59Z',
      lockedAt: '2026-02-19T00:00:00Z',
    });
    expect(calendar.periods.find((p) => p.label === 'CAF 2025')).toMatchObject({ startsOn: '2025-09-01', endsOn: '2025-11-30' });
    expect(calendar).toMatchObject({ startsOn: '2024-07-01', targetsDueOn: '2026-07-01' });
  });

  it.each([
    ['1 January', '2027-01-01T00:00:00Z', '2027-Q1', '2026-Q4', ['2025', '2026']],
    ['31 March', '2027-03-31T23:59:59Z', '2027-Q1', '2026-Q4', ['2025', '2026']],
    ['1 April', '2027-04-01T00:00:00Z', '2027-Q2', '2027-Q1', ['2025', '2026']],
    ['31 December', '2026-12-31T12:00:00Z', '2026-Q4', '2026-Q3', ['2024', '2025']],
    ['29 February', '2028-02-29T12:00:00Z', '2028-Q1', '2027-Q4', ['2026', '2027']],
  ])('on %s: the current quarter is open with its deadline ahead and everything before it has passed', (_, when, open, last, years) => {
    const today = new Date(when);
    const calendar = demoCalendar(today);
    const dayStart = Date.parse(`${when.slice(0, 10)}T00:00:00Z`);
    const openPeriods = calendar.periods.filter((p) => p.open);
    expect(openPeriods.map((p) => p.label)).toEqual([open, open.slice(0, 4), `CAF ${open.slice(0, 4)}`]);
    expect(quarterOf(today)).toEqual({ year: Number(open.slice(0, 4)), quarter: Number(open.slice(-1)) });
    expect(Date.parse(openPeriods[0].opensAt)).toBeLessThanOrEqual(today.getTime());
    expect(Date.parse(openPeriods[0].deadline)).toBeGreaterThanOrEqual(today.getTime() + 20 * 86_400_000);

    const quarters = calendar.periods.filter((p) => p.kind === 'QUARTER').map((p) => p.label);
    expect(quarters).toHaveLength(9);
    expect(quarters[7]).toBe(last);
    expect(calendar.periods.filter((p) => p.kind === 'YEAR').map((p) => p.label)).toEqual([...years, open.slice(0, 4)]);
    expect(calendar.periods.filter((p) => p.kind === 'CAF_CYCLE').map((p) => p.label)).toEqual(
      [...years, open.slice(0, 4)].map((y) => `CAF ${y}`),
    );

    for (const period of calendar.periods.filter((p) => !p.open)) {
      expect(period.endsOn < when.slice(0, 10)).toBe(true);
      // The lead could have released it (deadline passed) and it is locked by the start of `today`.
      expect(Date.parse(period.deadline)).toBeLessThan(dayStart);
      expect(Date.parse(period.lockedAt as string)).toBeLessThanOrEqual(dayStart);
    }
    // Every period is one the lead could have created through the API.
    for (const period of calendar.periods) {
      const draft = {
        ...period,
        opensAt: new Date(period.opensAt),
        deadline: new Date(period.deadline),
        lockedAt: period.lockedAt === null ? null : new Date(period.lockedAt),
      };
      expect(periodDraftProblem(draft)).toBeNull();
    }
    expect(calendar.targetsDueOn > when.slice(0, 10)).toBe(true);
    expect(calendar.startsOn <= calendar.periods[1].startsOn).toBe(true);
  });

  it('moves a deadline that would still be ahead to the day before the first load', () => {
    const calendar = demoCalendar(new Date('2027-04-01T06:00:00Z'));
    expect(calendar.periods.find((p) => p.label === '2027-Q1')).toMatchObject({
      deadline: '2027-03-31T23:59:59Z',
      lockedAt: '2027-04-01T00:00:00Z',
    });
    expect(demoCalendar(new Date('2027-01-15T06:00:00Z')).periods.find((p) => p.label === '2026')).toMatchObject({
      deadline: '2027-01-14T23:59:59Z',
    });
  });

  it('gives the same calendar for every moment of a day', () => {
    expect(labels('2026-08-14T00:00:00Z')).toEqual(labels('2026-08-14T23:59:59Z'));
  });
});
