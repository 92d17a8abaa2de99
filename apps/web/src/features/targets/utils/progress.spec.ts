import { translator } from '../../../app/i18n';
import { STATUS_LOOK, statusText } from '../../../lib/targets';
import type { OfficeProgressRow, ProgressTarget } from '../../../lib/graphql/office-progress-fields.fragment';
import {
  chartTableRows,
  onTrackText,
  plottedName,
  progressBars,
  progressTableColumns,
  progressTableRows,
  STATUS_ORDER,
  statusCounts,
  targetText,
  type TargetWriting,
} from './progress';

const pl = translator('pl');
const en = translator('en');
const writing = (language: 'pl' | 'en', now = '2011-06-15T10:00:00Z'): TargetWriting => ({
  t: language === 'pl' ? pl : en,
  language,
  formatDate: (iso) => iso.slice(0, 10),
  now: new Date(now),
});

const indicator = {
  code: 'CLIENT_SATISFIED_PCT',
  name: 'Zadowoleni klienci',
  nameEn: 'Satisfied clients',
  direction: 'HIGHER_BETTER' as const,
};
const target: ProgressTarget = {
  id: 't1',
  indicator: { ...indicator, unit: 'pct' },
  kind: 'CHANGE',
  value: 15,
  dueOn: '2011-12-31T00:00:00Z',
};

const row = (name: string, overrides: Partial<OfficeProgressRow>): OfficeProgressRow => ({
  office: { id: name, name },
  baseline: 60,
  baselinePeriod: { id: 'y2009', label: '2009' },
  latest: 72,
  latestPeriod: { id: 'y2010', label: '2010' },
  change: 12,
  status: 'ON_PACE',
  onTrack: true,
  settled: false,
  ...overrides,
});

const rows = [
  row('Urząd Miasta Dzierżoniów', {}),
  row('Urząd Gminy Siepraw', { latest: 58, change: -2, status: 'BEHIND', onTrack: false }),
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
const officeRow = (progress: OfficeProgressRow) => ({ key: progress.office.id, label: progress.office.name, target, withGoal: true });

describe('targetText', () => {
  it('writes a change of a percentage in percentage points, with the due date', () => {
    expect(targetText(target, writing('pl'))).toBe('zmiana o +15 p.p. od wartości bazowej urzędu, termin: 2011-12-31');
    expect(targetText(target, writing('en'))).toBe('change by +15 pp from the office’s baseline, due 2011-12-31');
    expect(targetText({ ...target, kind: 'LEVEL', value: 80, dueOn: null }, writing('pl'))).toBe('osiągnąć wartość 80 %');
  });

  it('says when the due date has passed, from the day after it', () => {
    expect(targetText(target, writing('pl', '2011-12-31T12:00:00Z'))).toMatch(/termin: 2011-12-31$/);
    expect(targetText(target, writing('pl', '2012-01-01T12:00:00Z'))).toMatch(/termin: 2011-12-31 \(minął\)$/);
    expect(targetText(target, writing('en', '2012-01-01T12:00:00Z'))).toMatch(/due 2011-12-31 \(passed\)$/);
  });
});

describe('status labels', () => {
  it('says each status in words with an icon, in both languages, never "behind pace" for a settled one', () => {
    expect(STATUS_ORDER.map((status) => statusText(status, pl))).toEqual([
      '✓ osiągnięty',
      '✗ nieosiągnięty',
      '↗ w tempie',
      '↘ poniżej tempa',
      '– brak danych',
    ]);
    expect(STATUS_ORDER.map((status) => statusText(status, en))).toEqual(['✓ met', '✗ missed', '↗ on pace', '↘ behind pace', '– no data']);
  });

  it('gives every status its own icon and colour', () => {
    const looks = Object.values(STATUS_LOOK);
    expect(new Set(looks.map((look) => look.icon)).size).toBe(looks.length);
    expect(new Set(looks.map((look) => look.colour)).size).toBe(looks.length);
  });

  it('counts offices per status in a fixed order, leaving empty statuses out', () => {
    const settled = [
      { status: 'MISSED' as const },
      { status: 'MET' as const },
      { status: 'MISSED' as const },
      { status: 'NO_DATA' as const },
    ];
    expect(statusCounts(settled)).toEqual([
      { status: 'MET', count: 1 },
      { status: 'MISSED', count: 2 },
      { status: 'NO_DATA', count: 1 },
    ]);
    expect(statusCounts(settled).map(({ count }) => pl('targets.officeCount', { count }))).toEqual(['1 urząd', '2 urzędy', '1 urząd']);
    expect([5, 22].map((count) => pl('targets.officeCount', { count }))).toEqual(['5 urzędów', '22 urzędy']);
  });
});

describe('onTrackText', () => {
  it('gives the offices on track out of those with data, and the share', () => {
    expect(onTrackText({ officesOnTrack: 12, officesWithData: 20, shareOnTrack: 0.6 }, (share) => `${share * 100}%`, pl)).toBe(
      '12 z 20 urzędów z danymi (60%)',
    );
    expect(onTrackText({ officesOnTrack: 0, officesWithData: 0, shareOnTrack: null }, String, pl)).toBe('0 z 0 urzędów z danymi (–)');
  });
});

describe('progress chart and table', () => {
  it('tables every office with periods, the change and the goal in p.p., and the status', () => {
    const table = progressTableRows(rows, officeRow, writing('pl'), (status) => statusText(status, pl));
    expect(progressTableColumns('Urząd', pl, true)).toEqual(['Urząd', 'Wartość bazowa', 'Ostatnia wartość', 'Zmiana', 'Cel', 'Stan']);
    expect(table.map(({ cells }) => cells)).toEqual([
      ['Urząd Miasta Dzierżoniów', '60 % (2009)', '72 % (2010)', '+12 p.p.', '+15 p.p. (do 75 %)', '↗ w tempie'],
      ['Urząd Gminy Siepraw', '60 % (2009)', '58 % (2010)', '-2 p.p.', '+15 p.p. (do 75 %)', '↘ poniżej tempa'],
      ['Urząd Miasta Zator', '–', '–', '–', '+15 p.p.', '– brak danych'],
    ]);
  });

  it('plots the change of a change target, the latest value of a level target, and tables the same', () => {
    const bars = progressBars(target, rows);
    expect(bars.map((bar) => [bar.value, bar.icon])).toEqual([
      [12, '↗'],
      [-2, '↘'],
      [null, '–'],
    ]);
    expect(chartTableRows(target, bars, writing('en')).map(({ cells }) => cells)).toEqual([
      ['Urząd Miasta Dzierżoniów', '+12 pp', '+15 pp', '↗ on pace'],
      ['Urząd Gminy Siepraw', '-2 pp', '+15 pp', '↘ behind pace'],
      ['Urząd Miasta Zator', '–', '+15 pp', '– no data'],
    ]);
    const level = { ...target, kind: 'LEVEL' as const, value: 80 };
    expect(progressBars(level, rows).map((bar) => bar.value)).toEqual([72, 58, null]);
    expect(chartTableRows(level, progressBars(level, rows), writing('pl'))[0]?.cells).toEqual([
      'Urząd Miasta Dzierżoniów',
      '72 %',
      '80 %',
      '↗ w tempie',
    ]);
  });

  describe('a relative change target', () => {
    const relative = { ...target, kind: 'RELATIVE_CHANGE' as const, value: 10 };
    const relativeRows = [...rows, row('Urząd Gminy Zero', { baseline: 0, latest: 5, change: null, status: 'NO_DATA', onTrack: false })];
    const relativeRow = (progress: OfficeProgressRow) => ({ ...officeRow(progress), target: relative });

    it('is written in per cent of the office’s baseline, in both languages', () => {
      expect(targetText(relative, writing('pl'))).toBe('zmiana względna o +10 % wartości bazowej urzędu, termin: 2011-12-31');
      expect(targetText(relative, writing('en'))).toBe('relative change by +10 % of baseline (each office’s own baseline), due 2011-12-31');
    });

    it('plots each office’s change in per cent of its own baseline against one target line, and tables the same', () => {
      const bars = progressBars(relative, relativeRows);
      // 60 → 72 is +20 %; 60 → 58 is −3.33 %; no data and a baseline of 0 are not plotted.
      expect(bars.map((bar) => bar.value)).toEqual([20, -(2 / 60) * 100, null, null]);
      expect(plottedName(relative, en)).toBe('Relative change');
      expect(chartTableRows(relative, bars, writing('pl')).map(({ cells }) => cells.slice(1, 3))).toEqual([
        ['+20 % wartości bazowej', '+10 % wartości bazowej'],
        ['-3,33 % wartości bazowej', '+10 % wartości bazowej'],
        ['–', '+10 % wartości bazowej'],
        ['–', '+10 % wartości bazowej'],
      ]);
    });

    it('tables each office’s change in points and in per cent, and its own goal from its baseline', () => {
      const table = progressTableRows(relativeRows, relativeRow, writing('en'), (status) => statusText(status, en));
      expect(table.map(({ cells }) => cells.slice(3, 5))).toEqual([
        ['+12 pp (+20 % of baseline)', '+10 % of baseline (to 66 %)'],
        ['-2 pp (-3.33 % of baseline)', '+10 % of baseline (to 66 %)'],
        ['–', '+10 % of baseline'],
        // A baseline of 0 sets no goal.
        ['–', '+10 % of baseline'],
      ]);
    });
  });
});
