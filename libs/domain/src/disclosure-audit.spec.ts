import { atomsOf, derivableSmallSet, selectPublishable } from './disclosure-audit';

/** Offices named by letters; each group lists its members. */
function atomsFor(groups: Record<string, string>) {
  const memberships = new Map<string, string[]>();
  for (const [group, members] of Object.entries(groups))
    for (const office of members) memberships.set(office, [...(memberships.get(office) ?? []), group]);
  return atomsOf(memberships.values());
}

describe('atomsOf', () => {
  it('groups offices with the same memberships and counts them', () => {
    const atoms = atomsFor({ ALL: 'abcd', X: 'ab' });
    expect(new Map(atoms.map((a) => [a.groups.join('+'), a.size]))).toEqual(
      new Map([
        ['ALL', 2],
        ['ALL+X', 2],
      ]),
    );
  });
});

describe('derivableSmallSet (k = 3: derived sets need 4 offices)', () => {
  it('finds the difference of nested groups that holds too few offices', () => {
    const atoms = atomsFor({ ALL: 'abcdefghij', BIG: 'abcdefgh' });
    expect(derivableSmallSet(['ALL', 'BIG'], atoms, 3)).toEqual({ groups: ['ALL', 'BIG'], offices: 2 });
  });

  it('accepts nested groups whose difference holds k + 1 offices, and identical groups', () => {
    expect(derivableSmallSet(['ALL', 'BIG'], atomsFor({ ALL: 'abcdefghij', BIG: 'abcdef' }), 3)).toBeNull();
    expect(derivableSmallSet(['ALL', 'SAME'], atomsFor({ ALL: 'abcdefghij', SAME: 'abcdefghij' }), 3)).toBeNull();
  });

  it('finds one office singled out by two overlapping groups and their union (K + R - ALL)', () => {
    // x is the only office in both K and R; no office is in neither.
    const atoms = atomsFor({ ALL: 'xabcdefgh', K: 'xabcd', R: 'xefgh' });
    const found = derivableSmallSet(['ALL', 'K', 'R'], atoms, 3);
    expect(found?.offices).toBe(1);
    expect(found?.groups.sort()).toEqual(['ALL', 'K', 'R']);
  });

  it('finds a difference of two single offices (a viewer who is one of them learns the other)', () => {
    // A = P + x, B = P + y: A - B = x - y.
    const atoms = atomsFor({ A: 'pqrstx', B: 'pqrsty' });
    expect(derivableSmallSet(['A', 'B'], atoms, 3)?.offices).toBe(2);
  });

  it('lets crossed partitions with no empty cross cell through', () => {
    // kinds {K1, K2} x regions {R1, R2}, 2 offices in each cross cell: no small set is derivable.
    const atoms = atomsFor({ ALL: 'abcdefgh', K1: 'abcd', K2: 'efgh', R1: 'abef', R2: 'cdgh' });
    expect(derivableSmallSet(['ALL', 'K1', 'K2', 'R1', 'R2'], atoms, 3)).toBeNull();
  });
});

describe('selectPublishable', () => {
  it('publishes the largest cells first and suppresses the smaller of a risky pair', () => {
    const atoms = atomsFor({ ALL: 'abcdefghij', BIG: 'abcdefgh', SMALL: 'abcdef' });
    const chosen = selectPublishable(
      [
        { groupId: 'SMALL', contributors: 6 },
        { groupId: 'ALL', contributors: 10 },
        { groupId: 'BIG', contributors: 8 },
      ],
      atoms,
      3,
    );
    // ALL - BIG = 2 offices: BIG goes; ALL - SMALL = 4 offices: SMALL stays.
    expect(chosen).toEqual(['ALL', 'SMALL']);
  });

  it('keeps cells already published and judges new ones against them', () => {
    const atoms = atomsFor({ ALL: 'abcdefghij', BIG: 'abcdefgh' });
    expect(selectPublishable([{ groupId: 'ALL', contributors: 10 }], atoms, 3, ['BIG'])).toEqual([]);
  });
});
