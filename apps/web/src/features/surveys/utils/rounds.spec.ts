import { changedRounds, hasOpenRound, responseCounts, roundStates, roundsByYear, type RoundCounts } from './rounds';

const round = (id: string, periodLabel: string, kind: RoundCounts['kind'], state: RoundCounts['state'] = 'OPEN', responses = 0) => ({
  id,
  periodLabel,
  kind,
  state,
  responses,
});

describe('the rounds of an office', () => {
  it('are grouped by year, the latest first, the clients’ survey before the employees’ in a year', () => {
    const years = roundsByYear([
      round('a', '2025', 'EMPLOYEE', 'CLOSED'),
      round('b', '2026', 'EMPLOYEE'),
      round('c', '2025', 'CLIENT', 'CLOSED'),
      round('d', '2026', 'CLIENT'),
    ]);
    expect(years.map(({ periodLabel, rounds }) => [periodLabel, rounds.map(({ id }) => id)])).toEqual([
      ['2026', ['d', 'b']],
      ['2025', ['c', 'a']],
    ]);
  });

  it('compare years as numbers, not as text', () => {
    expect(roundsByYear([round('a', '999', 'CLIENT'), round('b', '1000', 'CLIENT')]).map(({ periodLabel }) => periodLabel)).toEqual([
      '1000',
      '999',
    ]);
  });

  it('tell which counts changed since they were last seen, leaving out rounds seen for the first time', () => {
    const before = responseCounts([round('a', '2026', 'CLIENT', 'OPEN', 2), round('b', '2026', 'EMPLOYEE', 'OPEN', 5)]);
    const now = [
      round('a', '2026', 'CLIENT', 'OPEN', 3),
      round('b', '2026', 'EMPLOYEE', 'OPEN', 5),
      round('c', '2027', 'CLIENT', 'OPEN', 1),
    ];
    expect(changedRounds(before, now).map(({ id }) => id)).toEqual(['a']);
  });

  it('count the open and closed rounds, and know whether any still takes answers', () => {
    const rounds = [round('a', '2025', 'CLIENT', 'CLOSED'), round('b', '2026', 'CLIENT'), round('c', '2026', 'EMPLOYEE')];
    expect(roundStates(rounds)).toEqual({ open: 2, closed: 1 });
    expect(hasOpenRound(rounds)).toBe(true);
    expect(hasOpenRound([round('a', '2025', 'CLIENT', 'CLOSED')])).toBe(false);
  });
});
