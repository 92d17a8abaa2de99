import { cafCyclePath, cafOfficePath } from './paths';

describe('CAF paths', () => {
  it('put a cycle under its office, encoding the ids', () => {
    expect(cafOfficePath('p1', 'o 7')).toBe('/programmes/p1/offices/o%207/caf');
    expect(cafCyclePath('p1', 'o7', 'c/1')).toBe('/programmes/p1/offices/o7/caf/c%2F1');
  });
});
