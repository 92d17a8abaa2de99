import { REPORTING_OFFICE_KINDS } from '@officebench/domain';
import { countOfficesByKind } from './count-offices-by-kind';

describe('countOfficesByKind', () => {
  it('counts each kind and keeps the catalogue order', () => {
    const counts = countOfficesByKind([{ kind: 'COUNTY' }, { kind: 'URBAN_GMINA' }, { kind: 'COUNTY' }, { kind: 'VOIVODESHIP' }]);
    expect(counts).toEqual([
      { kind: 'URBAN_GMINA', count: 1 },
      { kind: 'RURAL_GMINA', count: 0 },
      { kind: 'URBAN_RURAL_GMINA', count: 0 },
      { kind: 'CITY_COUNTY', count: 0 },
      { kind: 'COUNTY', count: 2 },
      { kind: 'VOIVODESHIP', count: 1 },
    ]);
  });

  it('lists every kind of reporting office with zero when there are no offices', () => {
    const counts = countOfficesByKind([]);
    expect(counts.map(({ kind }) => kind)).toEqual([...REPORTING_OFFICE_KINDS]);
    expect(counts.every(({ count }) => count === 0)).toBe(true);
  });

  it('accounts for every office exactly once', () => {
    const offices = REPORTING_OFFICE_KINDS.flatMap((kind, index) => Array.from({ length: index + 1 }, () => ({ kind })));
    const total = countOfficesByKind(offices).reduce((sum, { count }) => sum + count, 0);
    expect(total).toBe(offices.length);
  });
});
