import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { translator } from '../../../app/i18n';
import type { Translate } from '../../../app/i18n';
import type { OfficeValue } from '../graphql/distribution.query';
import { distributionBars, distributionTableRows, indicatorsFor, refusalOfPreview, releaseRefusal } from './distribution';

const t: Translate = translator('pl');
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
