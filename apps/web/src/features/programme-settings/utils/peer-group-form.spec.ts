import { filterOffices, kindsOf } from './peer-group-form';

const offices = [
  { id: '1', name: 'Urząd Miasta Łodzi', kind: 'CITY_COUNTY' as const, region: 'łódzkie' },
  { id: '2', name: 'Gmina Zębowice', kind: 'RURAL_GMINA' as const, region: 'opolskie' },
  { id: '3', name: 'Gmina Ozimek', kind: 'URBAN_RURAL_GMINA' as const, region: 'opolskie' },
];

describe('filterOffices', () => {
  it('finds by name or region without case or Polish letters', () => {
    expect(filterOffices(offices, { text: 'lodz', kind: '' }).map(({ id }) => id)).toEqual(['1']);
    expect(filterOffices(offices, { text: 'OPOLSKIE', kind: '' }).map(({ id }) => id)).toEqual(['2', '3']);
  });

  it('keeps the kind chosen', () => {
    expect(filterOffices(offices, { text: 'gmina', kind: 'RURAL_GMINA' }).map(({ id }) => id)).toEqual(['2']);
    expect(filterOffices(offices, { text: ' ', kind: '' })).toHaveLength(3);
  });
});

describe('kindsOf', () => {
  it('lists each kind once, in order', () => {
    expect(kindsOf([...offices, offices[1]])).toEqual(['CITY_COUNTY', 'RURAL_GMINA', 'URBAN_RURAL_GMINA']);
  });
});
