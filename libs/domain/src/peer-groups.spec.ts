import { customGroupProblem, describeGroupProblem, peerGroupDeletionProblem, sizeBandOf, standardPeerGroups } from './peer-groups';

const offices = [
  { id: 'a', kind: 'URBAN_GMINA' as const, region: 'dolnośląskie', employees: 80 },
  { id: 'b', kind: 'URBAN_GMINA' as const, region: 'małopolskie', employees: 250 },
  { id: 'c', kind: 'COUNTY' as const, region: 'dolnośląskie', employees: 900 },
  { id: 'd', kind: 'COUNTY' as const, region: 'dolnośląskie', employees: null },
];

describe('standardPeerGroups', () => {
  it('has all offices, one group per kind, region and known size band', () => {
    const groups = standardPeerGroups(offices).map((g) => [g.basis, g.criterion, g.members.join('')]);
    expect(groups).toEqual([
      ['ALL', null, 'abcd'],
      ['KIND', 'COUNTY', 'cd'],
      ['KIND', 'URBAN_GMINA', 'ab'],
      ['REGION', 'dolnośląskie', 'acd'],
      ['REGION', 'małopolskie', 'b'],
      ['SIZE_BAND', 'EMPLOYEES_101_300', 'b'],
      ['SIZE_BAND', 'EMPLOYEES_OVER_300', 'c'],
      ['SIZE_BAND', 'EMPLOYEES_UP_TO_100', 'a'],
    ]);
  });

  it('bands headcounts at 100 and 300', () => {
    expect([1, 100, 101, 300, 301].map((n) => sizeBandOf(n).criterion)).toEqual([
      'EMPLOYEES_UP_TO_100',
      'EMPLOYEES_UP_TO_100',
      'EMPLOYEES_101_300',
      'EMPLOYEES_101_300',
      'EMPLOYEES_OVER_300',
    ]);
  });
});

describe('customGroupProblem (k = 3)', () => {
  const ids = (n: number, prefix = 'o') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  const all = { id: 'g-all', name: 'Wszystkie', members: ids(20) };

  it('refuses a group too small to ever be published', () => {
    expect(customGroupProblem(ids(3), [all], 3)).toEqual({ code: 'TOO_SMALL', members: 3, minimum: 4 });
  });

  it('refuses a group that differs from a group it sits in by fewer than k + 1 offices', () => {
    expect(customGroupProblem(ids(17), [all], 3)).toEqual({ code: 'NESTED', group: 'Wszystkie', difference: 3, minimum: 4 });
  });

  it('refuses a group that singles out offices together with overlapping groups', () => {
    const k1 = { id: 'g-k1', name: 'K1', members: [...ids(10, 'k'), 'x'] };
    const others = { id: 'g-all', name: 'Wszystkie', members: [...ids(10, 'k'), ...ids(10, 'r'), 'x'] };
    const problem = customGroupProblem([...ids(10, 'r'), 'x'], [others, k1], 3);
    expect(problem).toEqual({ code: 'OVERLAP', groups: expect.arrayContaining(['K1', 'Wszystkie']), offices: 1, minimum: 4 });
  });

  it('accepts a group whose every comparison covers k + 1 offices', () => {
    expect(customGroupProblem(ids(10), [all], 3)).toBeNull();
  });

  it('explains itself in Polish and English', () => {
    const problem = customGroupProblem(ids(17), [all], 3);
    if (!problem) throw new Error('expected a problem');
    expect(describeGroupProblem(problem, 'pl')).toContain(
      'różni się od grupy „Wszystkie” o 3 urzędy. Różnica musi obejmować co najmniej 4 urzędy',
    );
    expect(describeGroupProblem(problem, 'en')).toContain('differs from “Wszystkie” by 3 offices');
  });
});

describe('peerGroupDeletionProblem', () => {
  it('lets the lead delete only an unpublished custom group', () => {
    expect(peerGroupDeletionProblem('CUSTOM', false)).toBeNull();
    expect(peerGroupDeletionProblem('CUSTOM', true)).toBe('PUBLISHED');
    expect(peerGroupDeletionProblem('KIND', false)).toBe('NOT_CUSTOM');
    expect(peerGroupDeletionProblem('ALL', true)).toBe('NOT_CUSTOM');
  });
});
