import { translator } from '../../../app/i18n';
import type { Translate } from '../../../app/i18n';
import type { OfficeProgressRow, ProgressTarget } from '../graphql/progress-fields.fragment';
import { onTrackText, progressBars, progressTableColumns, progressTableRows, signed, targetText } from './progress';

const t: Translate = translator('pl');
const points = (value: number) => `${value} pkt`;

const target: ProgressTarget = {
  id: 't1',
  indicator: { code: 'CAF_TOTAL_SCORE', name: 'Wynik samooceny CAF', nameEn: 'CAF score', unit: 'points', direction: 'HIGHER_BETTER' },
  kind: 'CHANGE',
  value: 150,
  dueOn: '2011-12-31T00:00:00Z',
};

const row = (name: string, overrides: Partial<OfficeProgressRow>): OfficeProgressRow => ({
  office: { id: name, name },
  baseline: 400,
  baselinePeriod: { id: 'caf2009', label: 'CAF 2009' },
  latest: 480,
  latestPeriod: { id: 'caf2010', label: 'CAF 2010' },
  change: 80,
  status: 'ON_PACE',
  onTrack: true,
  ...overrides,
});

const rows = [
  row('Urząd Miasta Dzierżoniów', {}),
  row('Urząd Gminy Siepraw', { latest: 390, change: -10, status: 'BEHIND', onTrack: false }),
  row('Urząd Miasta Zator', {
    baseline: null,
    baselinePeriod: null,
    latest: null,
    latestPeriod: null,
    change: null,
    status: 'NO_DATA',
    onTrack: false,
  }),
];
const byOffice = (progress: OfficeProgressRow) => ({ key: progress.office.id, label: progress.office.name });

describe('targetText', () => {
  it('writes a change target with its sign and due date, and a level target as the value to reach', () => {
    expect(targetText(target, points, () => '31 grudnia 2011', t)).toBe(
      'zmiana o +150 pkt od wartości bazowej urzędu, termin: 31 grudnia 2011',
    );
    expect(targetText({ ...target, kind: 'LEVEL', value: 600, dueOn: null }, points, String, t)).toBe('osiągnąć wartość 600 pkt');
    expect(signed(-2, (value) => `${value} dni`)).toBe('-2 dni');
  });
});

describe('onTrackText', () => {
  it('gives the offices on track out of those with data, and the share', () => {
    expect(onTrackText({ officesOnTrack: 12, officesWithData: 20, shareOnTrack: 0.6 }, (share) => `${share * 100}%`, t)).toBe(
      '12 z 20 urzędów z danymi (60%)',
    );
    expect(onTrackText({ officesOnTrack: 0, officesWithData: 0, shareOnTrack: null }, String, t)).toBe('0 z 0 urzędów z danymi (–)');
  });
});

describe('progress chart and table', () => {
  it('has in its table every value the chart plots, with periods, signed change and status in words', () => {
    const bars = progressBars(rows, byOffice);
    const table = progressTableRows(rows, byOffice, () => points, t);
    expect(progressTableColumns('Urząd', t)).toEqual(['Urząd', 'Wartość bazowa', 'Ostatnia wartość', 'Zmiana', 'Stan']);
    expect(table.map(({ cells }) => cells)).toEqual([
      ['Urząd Miasta Dzierżoniów', '400 pkt (CAF 2009)', '480 pkt (CAF 2010)', '+80 pkt', 'w dobrym tempie'],
      ['Urząd Gminy Siepraw', '400 pkt (CAF 2009)', '390 pkt (CAF 2010)', '-10 pkt', 'poniżej tempa'],
      ['Urząd Miasta Zator', '–', '–', '–', 'brak danych'],
    ]);
    bars.forEach((bar, index) => {
      const cells = table[index]?.cells ?? [];
      expect(cells[0]).toBe(bar.label);
      if (bar.baseline !== null) expect(cells[1]).toContain(points(bar.baseline));
      if (bar.latest !== null) expect(cells[2]).toContain(points(bar.latest));
    });
  });
});
