import type { BenchmarkPeriod } from '../../../lib/graphql/benchmark-programme.query';
import { programmeReportPeriods, releasedPeriods } from './report-periods';

const period = (label: string, startsOn: string, state: BenchmarkPeriod['state'], releasedAt: string | null): BenchmarkPeriod => ({
  id: label,
  label,
  kind: 'QUARTER',
  startsOn,
  state,
  releasedAt,
});

const periods = [
  period('2010-Q4', '2010-10-01', 'LOCKED', '2011-02-01T00:00:00Z'),
  period('2011-Q2', '2011-04-01', 'OPEN', '2011-08-01T00:00:00Z'),
  period('2011-Q1', '2011-01-01', 'LOCKED', '2011-05-01T00:00:00Z'),
  period('2011-Q3', '2011-07-01', 'OPEN', null),
  period('2011-Q4', '2011-10-01', 'NOT_OPEN', null),
];
const labels = (list: BenchmarkPeriod[]) => list.map(({ label }) => label);

describe('the periods of the reports', () => {
  it('for an office: released ones only, the latest locked one first (its values are final), then most recent first', () => {
    expect(labels(releasedPeriods(periods))).toEqual(['2011-Q1', '2011-Q2', '2010-Q4']);
  });

  it('for an office: none before the first release', () => {
    expect(releasedPeriods([period('2011-Q3', '2011-07-01', 'OPEN', null)])).toEqual([]);
  });

  it('for the lead: every opened period, released or not, never one not open yet', () => {
    expect(labels(programmeReportPeriods(periods))).toEqual(['2011-Q1', '2011-Q3', '2011-Q2', '2010-Q4']);
    expect(labels(programmeReportPeriods([period('2011-Q3', '2011-07-01', 'OPEN', null)]))).toEqual(['2011-Q3']);
  });
});
