import { comparisonTable, type ExportIndicator, exportFileName, indicatorHeader, officeValuesTable, programmeValuesTable } from './exports';

const satisfaction: ExportIndicator = {
  id: 'i1',
  code: 'SAT',
  name: 'Odsetek zadowolonych klientów',
  nameEn: 'Satisfied clients',
  unit: '%',
  isRatio: true,
  numeratorLabel: 'zadowoleni',
  denominatorLabel: 'ankietowani',
  numeratorLabelEn: 'satisfied',
  denominatorLabelEn: 'surveyed',
};
const days: ExportIndicator = {
  ...satisfaction,
  id: 'i2',
  code: 'DAYS',
  name: 'Czas sprawy',
  nameEn: 'Case time',
  unit: 'dni',
  isRatio: false,
};
const q1 = { label: '2025-Q1', kind: 'QUARTER' as const, startsOn: '2025-01-01', endsOn: '2025-03-31' };
const q2 = { label: '2025-Q2', kind: 'QUARTER' as const, startsOn: '2025-04-01', endsOn: '2025-06-30' };

describe('indicatorHeader', () => {
  it('puts the unit in brackets, in the language asked', () => {
    expect(indicatorHeader(satisfaction, 'pl')).toBe('Odsetek zadowolonych klientów [%]');
    expect(indicatorHeader(satisfaction, 'en')).toBe('Satisfied clients [%]');
    expect(indicatorHeader({ ...days, unit: ' ' }, 'pl')).toBe('Czas sprawy');
  });
});

describe('officeValuesTable', () => {
  it('has a row per period and a column per indicator; numerator, denominator and comment columns only where the office has them', () => {
    const table = officeValuesTable({
      language: 'pl',
      indicators: [satisfaction, days],
      periods: [
        {
          period: q1,
          status: 'APPROVED',
          values: [
            { indicatorId: 'i1', value: 87.123456789, numerator: 871, denominator: 999.7, comment: null },
            { indicatorId: 'i2', value: -1.5, numerator: null, denominator: null, comment: '=HYPERLINK("x")' },
          ],
        },
        { period: q2, status: null, values: [] },
      ],
    });
    expect(table.header).toEqual([
      'Okres',
      'Początek',
      'Koniec',
      'Status zgłoszenia',
      'Odsetek zadowolonych klientów [%]',
      'Odsetek zadowolonych klientów – licznik: zadowoleni',
      'Odsetek zadowolonych klientów – mianownik: ankietowani',
      'Czas sprawy [dni]',
      'Czas sprawy – komentarz',
    ]);
    expect(table.rows).toEqual([
      ['2025-Q1', '2025-01-01', '2025-03-31', 'zatwierdzone', 87.123456789, 871, 999.7, -1.5, '=HYPERLINK("x")'],
      ['2025-Q2', '2025-04-01', '2025-06-30', 'nie rozpoczęto', null, null, null, null, null],
    ]);
  });

  it('leaves out the numerator and denominator columns when the office entered none', () => {
    const table = officeValuesTable({
      language: 'en',
      indicators: [satisfaction],
      periods: [
        { period: q1, status: 'DRAFT', values: [{ indicatorId: 'i1', value: 5, numerator: null, denominator: null, comment: '' }] },
      ],
    });
    expect(table.header).toEqual(['Period', 'Start', 'End', 'Submission status', 'Satisfied clients [%]']);
    expect(table.rows).toEqual([['2025-Q1', '2025-01-01', '2025-03-31', 'in preparation', 5]]);
  });
});

describe('comparisonTable', () => {
  const cell = {
    suppressionReason: null,
    contributorsBand: '10-19',
    mean: 81.2,
    pooledRate: 80.9,
    median: 82,
    p25: 70.1,
    p75: 90.3,
    own: 87.5,
    ownQuartile: 3,
  };

  it('writes a published cell with its statistics and a suppressed one with its reason and no statistic', () => {
    const table = comparisonTable({
      language: 'pl',
      rows: [
        { period: q1, groupName: 'Wszystkie urzędy', indicator: satisfaction, cell },
        {
          period: q1,
          groupName: 'Gminy wiejskie',
          indicator: satisfaction,
          // A suppressed cell never carries numbers, even if a caller passed some by mistake.
          cell: { ...cell, suppressionReason: 'TOO_FEW_OFFICES' },
        },
      ],
    });
    expect(table.header).toHaveLength(17);
    expect(table.rows[0]).toEqual([
      '2025-Q1',
      '2025-01-01',
      '2025-03-31',
      'Wszystkie urzędy',
      'SAT',
      'Odsetek zadowolonych klientów [%]',
      '%',
      'opublikowana',
      null,
      '10-19',
      81.2,
      80.9,
      82,
      70.1,
      90.3,
      87.5,
      3,
    ]);
    expect(table.rows[1].slice(7)).toEqual(['ukryta: za mało urzędów', 'TOO_FEW_OFFICES', null, null, null, null, null, null, 87.5, null]);
  });
});

describe('programmeValuesTable', () => {
  it('has a row per office and period, with kind and status in words', () => {
    const table = programmeValuesTable({
      language: 'en',
      indicators: [satisfaction, days],
      rows: [{ office: { name: 'Gmina A', kind: 'RURAL_GMINA' }, period: q1, status: 'SUBMITTED', values: new Map([['i2', 12.25]]) }],
    });
    expect(table.header).toEqual([
      'Office',
      'Office kind',
      'Period',
      'Start',
      'End',
      'Submission status',
      'Satisfied clients [%]',
      'Case time [dni]',
    ]);
    expect(table.rows).toEqual([['Gmina A', 'rural gmina', '2025-Q1', '2025-01-01', '2025-03-31', 'submitted', null, 12.25]]);
  });
});

describe('exportFileName', () => {
  it('is ASCII only', () => {
    expect(exportFileName('Urząd Miasta Łódź', 'wartosci', 'csv')).toBe('officebench-urzad-miasta-lodz-wartosci.csv');
    expect(exportFileName('="; rm -rf', 'wartosci', 'xlsx')).toBe('officebench-rm-rf-wartosci.xlsx');
    expect(exportFileName('ąę', 'program', 'csv')).toBe('officebench-ae-program.csv');
    expect(exportFileName('…', 'program', 'csv')).toBe('officebench-export-program.csv');
  });
});
