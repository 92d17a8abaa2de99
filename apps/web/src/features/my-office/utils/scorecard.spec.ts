import { translator } from '../../../app/i18n';
import type { ScorecardLine } from '../graphql/office-scorecard.query';
import { changeText, lineTone, scorecardTableRows, sparklineRuns, standingText, targetText, trendText } from './scorecard';

const pl = translator('pl');
const en = translator('en');
const period = (label: string) => ({ id: label, label });

const line = (overrides: Partial<ScorecardLine> = {}): ScorecardLine => ({
  indicator: { code: 'ON_TIME', name: 'Sprawy w terminie', nameEn: 'Cases on time', unit: 'pct', direction: 'HIGHER_BETTER' },
  latest: 90,
  latestPeriod: period('2026-Q3'),
  change: 2.5,
  previousPeriod: period('2026-Q2'),
  comparedPeriod: period('2026-Q3'),
  own: 90,
  suppressed: false,
  suppressionReason: null,
  mean: 85,
  median: 86,
  ownQuartile: 4,
  versusMean: 'BETTER',
  progress: null,
  trend: [
    { period: period('2026-Q1'), own: 85, peerMean: 84 },
    { period: period('2026-Q2'), own: 87.5, peerMean: null },
    { period: period('2026-Q3'), own: 90, peerMean: 85 },
  ],
  ...overrides,
});

describe('the scorecard in words', () => {
  it('reads a change by the indicator’s direction, in percentage points for a percentage', () => {
    expect(changeText(line(), pl, 'pl')).toBe('+2,5 p.p. od 2026-Q2: poprawa');
    expect(changeText(line({ indicator: { ...line().indicator, direction: 'LOWER_BETTER' } }), en, 'en')).toBe(
      '+2.5 pp since 2026-Q2: worse',
    );
    expect(changeText(line({ change: 0 }), pl, 'pl')).toBe('Bez zmian od 2026-Q2');
    expect(changeText(line({ change: null, previousPeriod: null }), pl, 'pl')).toBeNull();
  });

  it('names the quarter from the good end and the verdict against the mean', () => {
    expect(standingText(line(), pl, 'pl')).toBe('W najlepszej ćwiartce grupy; lepiej niż średnia grupy (85 %)');
    expect(standingText(line({ indicator: { ...line().indicator, direction: 'LOWER_BETTER' }, versusMean: 'WORSE' }), en, 'en')).toBe(
      "In the group's weakest quarter; worse than the group mean (85 %)",
    );
    expect(standingText(line({ ownQuartile: null }), pl, 'pl')).toBe('Lepiej niż średnia grupy (85 %)');
  });

  it('says why the statistics are hidden and shows none of their numbers', () => {
    const hidden = standingText(
      line({ suppressed: true, suppressionReason: 'TOO_FEW_OFFICES', mean: null, median: null, ownQuartile: null }),
      pl,
      'pl',
    );
    expect(hidden).toBe('Statystyki grupy ukryte: za mało urzędów.');
    expect(lineTone(line({ suppressed: true, mean: null, ownQuartile: null, versusMean: null }))).toBe('neutral');
  });

  it('colours the better half good and the weaker half bad, by the direction', () => {
    expect(lineTone(line())).toBe('good');
    expect(lineTone(line({ indicator: { ...line().indicator, direction: 'LOWER_BETTER' } }))).toBe('bad');
    expect(lineTone(line({ ownQuartile: null, versusMean: 'WORSE' }))).toBe('bad');
  });

  it('writes the target with its status and the trend for screen readers', () => {
    const progress = {
      status: 'ON_PACE' as const,
      target: { id: 't', kind: 'CHANGE' as const, value: 15, dueOn: null, indicator: line().indicator },
    };
    expect(targetText(line({ progress }), pl, 'pl')).toBe('Cel: +15 p.p. · ↗ w tempie');
    expect(targetText(line(), pl, 'pl')).toBeNull();
    expect(trendText(line(), pl, 'pl')).toBe('Trend: 2026-Q1 85 %, 2026-Q2 87,5 %, 2026-Q3 90 %');
  });

  it('gives the table view the same words as the tiles', () => {
    const [row] = scorecardTableRows([line()], (l) => l.indicator.name, pl, 'pl');
    expect(row.cells).toEqual([
      'Sprawy w terminie',
      '90 % (2026-Q3)',
      '+2,5 p.p. od 2026-Q2: poprawa',
      'W najlepszej ćwiartce grupy; lepiej niż średnia grupy (85 %)',
      '–',
    ]);
  });
});

describe('sparklineRuns', () => {
  it('draws both series on one scale, oldest left, breaking the line at a gap', () => {
    const [own, mean] = sparklineRuns(
      [
        [0, 10, 20],
        [10, null, 10],
      ],
      100,
      20,
      0,
    );
    expect(own).toEqual(['0.0,20.0 50.0,10.0 100.0,0.0']);
    expect(mean).toEqual(['0.0,10.0', '100.0,10.0']);
  });

  it('centres a flat or single value and draws nothing without values', () => {
    expect(sparklineRuns([[5]], 100, 20, 0)).toEqual([['50.0,10.0']]);
    expect(sparklineRuns([[null, null]], 100, 20)).toEqual([[]]);
  });
});
