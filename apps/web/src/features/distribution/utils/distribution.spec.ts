import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { translator } from '../../../app/i18n';
import type { Translate } from '../../../app/i18n';
import type { OfficeValue } from '../graphql/distribution.query';
import { distributionSummary } from '@officebench/domain';
import {
  STATUS_MARK,
  barStatuses,
  barText,
  distributionBars,
  distributionTableRows,
  indicatorsFor,
  referenceMarks,
  refusalOfPreview,
  releaseRefusal,
  summarySentences,
  targetFor,
} from './distribution';

const t: Translate = translator('pl');
const en: Translate = translator('en');
const days = (value: number) => `${value} dni`;

const values: OfficeValue[] = [
  { office: { id: '1', name: 'Urząd Miasta Dzierżoniów' }, value: 12, status: 'APPROVED' },
  { office: { id: '2', name: 'Urząd Gminy Siepraw' }, value: null, status: null },
  { office: { id: '3', name: 'Starostwo Powiatowe w Bochni' }, value: 7.5, status: 'SUBMITTED' },
  { office: { id: '4', name: 'Urząd Miasta Zator' }, value: 15, status: 'DRAFT' },
];

describe('indicatorsFor', () => {
  it('keeps the indicators collected in periods of that kind', () => {
    const indicators = [
      { code: 'Q', periodicity: 'QUARTERLY' as const },
      { code: 'A', periodicity: 'ANNUAL' as const },
      { code: 'C', periodicity: 'PER_CYCLE' as const },
    ];
    expect(indicatorsFor(indicators, 'QUARTER').map(({ code }) => code)).toEqual(['Q']);
    expect(indicatorsFor(indicators, 'YEAR').map(({ code }) => code)).toEqual(['A']);
    expect(indicatorsFor(indicators, undefined)).toEqual([]);
  });
});

describe('distribution chart and table', () => {
  it('sorts the offices best first by the indicator’s direction', () => {
    expect(distributionBars(values, 'LOWER_BETTER').map(({ label }) => label)).toEqual([
      'Starostwo Powiatowe w Bochni',
      'Urząd Miasta Dzierżoniów',
      'Urząd Miasta Zator',
    ]);
    expect(distributionBars(values, 'HIGHER_BETTER').map(({ value }) => value)).toEqual([15, 12, 7.5]);
  });

  it('has the chart’s values in the same order in the table, with status, and the offices without a value last', () => {
    const bars = distributionBars(values, 'LOWER_BETTER');
    const rows = distributionTableRows(values, 'LOWER_BETTER', days, t).map(({ cells }) => cells);
    expect(rows).toEqual([
      ['Starostwo Powiatowe w Bochni', '7.5 dni', 'przesłane'],
      ['Urząd Miasta Dzierżoniów', '12 dni', 'zatwierdzone'],
      ['Urząd Miasta Zator', '15 dni', 'w przygotowaniu'],
      ['Urząd Gminy Siepraw', '–', 'nie rozpoczęto'],
    ]);
    expect(rows.slice(0, bars.length).map(([name, value]) => [name, value])).toEqual(bars.map(({ label, value }) => [label, days(value)]));
  });
});

describe('status in the marks', () => {
  it('gives each bar its office’s status', () => {
    expect(distributionBars(values, 'LOWER_BETTER').map(({ label, status }) => [label, status])).toEqual([
      ['Starostwo Powiatowe w Bochni', 'SUBMITTED'],
      ['Urząd Miasta Dzierżoniów', 'APPROVED'],
      ['Urząd Miasta Zator', 'DRAFT'],
    ]);
  });

  it('draws only approved values filled: a value not yet approved never looks like an approved one', () => {
    expect(STATUS_MARK).toEqual({ APPROVED: 'filled', SUBMITTED: 'outlined', RETURNED: 'dotted', DRAFT: 'hatched', NONE: 'hatched' });
    const notApproved = (['SUBMITTED', 'RETURNED', 'DRAFT', 'NONE'] as const).map((status) => STATUS_MARK[status]);
    expect(notApproved).not.toContain(STATUS_MARK.APPROVED);
    expect(new Set([STATUS_MARK.SUBMITTED, STATUS_MARK.RETURNED, STATUS_MARK.DRAFT]).size).toBe(3);
  });

  it('lists in the legend the statuses the bars have, approved first', () => {
    expect(barStatuses(distributionBars(values, 'LOWER_BETTER'))).toEqual(['APPROVED', 'SUBMITTED', 'DRAFT']);
    expect(barStatuses([])).toEqual([]);
  });

  it('says the status in each mark’s tooltip and accessible name', () => {
    const [bar] = distributionBars(values, 'LOWER_BETTER');
    expect(barText(bar, days, t)).toBe('Starostwo Powiatowe w Bochni: 7.5 dni (przesłane)');
    expect(barText({ ...bar, status: 'DRAFT' }, days, en)).toBe('Starostwo Powiatowe w Bochni: 7.5 dni (in preparation)');
  });
});

describe('mean, median and target', () => {
  const percent = (value: number) => `${value} %`;
  const targets = [
    { id: 't1', kind: 'LEVEL' as const, value: 10, indicator: { code: 'A', unit: 'days' } },
    { id: 't2', kind: 'CHANGE' as const, value: 5, indicator: { code: 'B', unit: 'pct' } },
  ];

  it('finds the indicator’s target', () => {
    expect(targetFor(targets, 'B')?.id).toBe('t2');
    expect(targetFor(targets, 'C')).toBeNull();
  });

  it('draws the mean and the median of the shown values and a LEVEL target, each labelled', () => {
    const summary = distributionSummary(values, targets[0]);
    expect(referenceMarks(summary, '10 dni', days, t)).toEqual([
      { key: 'mean', x: 11.5, label: 'Średnia: 11.5 dni' },
      { key: 'median', x: 12, label: 'Mediana: 12 dni' },
      { key: 'target', x: 10, label: 'Cel: 10 dni' },
    ]);
  });

  it('draws no target line for a change target', () => {
    const summary = distributionSummary(values, targets[1]);
    expect(referenceMarks(summary, '+5 p.p.', percent, en).map(({ key }) => key)).toEqual(['mean', 'median']);
    expect(referenceMarks(distributionSummary([], null), null, percent, en)).toEqual([]);
  });

  it('says in words which values the lines centre, the approved values apart, and the target', () => {
    const summary = distributionSummary(values, targets[1]);
    expect(summarySentences(summary, { kind: 'CHANGE', label: '+5 p.p.' }, days, t)).toEqual([
      'Średnia i mediana z wartości wszystkich urzędów na wykresie, także niezatwierdzonych (3 urzędy): średnia 11.5 dni, mediana 12 dni.',
      'Z samych wartości zatwierdzonych (1 urząd): średnia 12 dni, mediana 12 dni.',
      'Cel programu: zmiana o +5 p.p. od wartości bazowej każdego urzędu (jego pierwszej zatwierdzonej wartości), więc cel nie jest jedną linią na wykresie.',
    ]);
    expect(summarySentences(distributionSummary([values[2]], null), { kind: 'LEVEL', label: '80 %' }, percent, en)).toEqual([
      'Mean and median of the values of every office on the chart, approved or not (1 office): mean 7.5 %, median 7.5 %.',
      'None of these values is approved yet.',
      'Programme target: reach 80 % (the “Target” line).',
    ]);
    expect(summarySentences(summary, { kind: 'RELATIVE_CHANGE', label: '+10 % wartości bazowej' }, days, t)[2]).toBe(
      'Cel programu: zmiana o +10 % wartości bazowej urzędu (jego pierwszej zatwierdzonej wartości), więc cel nie jest jedną linią na wykresie.',
    );
    expect(summarySentences(distributionSummary([values[0]], null), null, percent, en).slice(1)).toEqual([
      'All of these values are approved.',
      'The programme has no target for this indicator.',
    ]);
  });
});

describe('releaseRefusal', () => {
  const cells = [{ indicatorCode: 'CASES_ON_TIME_PCT', peerGroupName: 'Wszystkie urzędy', changedOffices: 2 }];

  it('reads the message and the blocking cells of a refused release', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'Ponowna publikacja ujawniłaby wartości urzędów, które zmieniły dane.',
          extensions: { code: 'RELEASE_REFUSED', cells: [...cells, { junk: true }] },
        },
      ],
    });
    expect(releaseRefusal(error)).toEqual({ message: 'Ponowna publikacja ujawniłaby wartości urzędów, które zmieniły dane.', cells });
  });

  it('also takes a BAD_USER_INPUT error that carries cells', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'refused', extensions: { code: 'BAD_USER_INPUT', cells } }],
    });
    expect(releaseRefusal(error)?.cells).toEqual(cells);
  });

  it('is null for other failures', () => {
    expect(
      releaseRefusal(new CombinedGraphQLErrors({ data: null, errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] })),
    ).toBeNull();
    expect(releaseRefusal(new Error('network'))).toBeNull();
  });
});

describe('refusalOfPreview', () => {
  it('reads a refused preview as a refused release: the sentence and the blocking cells', () => {
    const blockers = [{ indicatorCode: 'X', peerGroupName: 'G', changedOffices: 1 }];
    expect(refusalOfPreview({ refusal: 'Nie można teraz…', blockers })).toEqual({ message: 'Nie można teraz…', cells: blockers });
    expect(refusalOfPreview({ refusal: null, blockers: [] })).toEqual({ message: '', cells: [] });
  });
});
