import { atomsOf, derivableSmallSet } from './disclosure-audit';
import { minimumContributors } from './disclosure';
import type { OfficeKind } from './offices';
import { englishCount, OFFICES_ACCUSATIVE, OFFICES_EN, OFFICES_GENITIVE, polishCount } from './plurals';
import type { Language } from './submission-checks';

export const PEER_GROUP_BASES = ['ALL', 'KIND', 'REGION', 'SIZE_BAND', 'CUSTOM'] as const;
export type PeerGroupBasis = (typeof PEER_GROUP_BASES)[number];

export const KIND_GROUP_NAMES: Record<OfficeKind, string> = {
  URBAN_GMINA: 'Gminy miejskie',
  RURAL_GMINA: 'Gminy wiejskie',
  URBAN_RURAL_GMINA: 'Gminy miejsko-wiejskie',
  CITY_COUNTY: 'Miasta na prawach powiatu',
  COUNTY: 'Starostwa powiatowe',
  VOIVODESHIP: 'Urzędy marszałkowskie',
  ASSOCIATION: 'Związki jednostek samorządu',
};

/** Size bands by headcount: the upper bound of each band (the last is open). */
export const SIZE_BANDS = [
  { criterion: 'EMPLOYEES_UP_TO_100', upTo: 100, name: 'Urzędy do 100 pracowników' },
  { criterion: 'EMPLOYEES_101_300', upTo: 300, name: 'Urzędy od 101 do 300 pracowników' },
  { criterion: 'EMPLOYEES_OVER_300', upTo: Infinity, name: 'Urzędy powyżej 300 pracowników' },
] as const;

export function sizeBandOf(employees: number): (typeof SIZE_BANDS)[number] {
  return SIZE_BANDS.find((band) => employees <= band.upTo) ?? SIZE_BANDS[SIZE_BANDS.length - 1];
}

export interface GroupableOffice {
  id: string;
  kind: OfficeKind;
  region: string;
  employees: number | null;
}

export interface PeerGroupDraft {
  name: string;
  basis: PeerGroupBasis;
  criterion: string | null;
  members: string[];
}

/** The groups every programme has: all offices, and one per kind, region and size band present. */
export function standardPeerGroups(offices: readonly GroupableOffice[]): PeerGroupDraft[] {
  const by = (basis: PeerGroupBasis, key: (o: GroupableOffice) => string | null, name: (criterion: string) => string): PeerGroupDraft[] => {
    const members = new Map<string, string[]>();
    for (const office of offices) {
      const criterion = key(office);
      if (criterion !== null) members.set(criterion, [...(members.get(criterion) ?? []), office.id]);
    }
    return [...members]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([criterion, ids]) => ({ name: name(criterion), basis, criterion, members: ids }));
  };
  return [
    { name: 'Wszystkie urzędy programu', basis: 'ALL', criterion: null, members: offices.map((o) => o.id) },
    ...by(
      'KIND',
      (o) => o.kind,
      (kind) => KIND_GROUP_NAMES[kind as OfficeKind],
    ),
    ...by(
      'REGION',
      (o) => o.region,
      (region) => `Województwo ${region}`,
    ),
    ...by(
      'SIZE_BAND',
      (o) => (o.employees === null ? null : sizeBandOf(o.employees).criterion),
      (c) => SIZE_BANDS.find((b) => b.criterion === c)?.name ?? c,
    ),
  ];
}

export type GroupProblem =
  | { code: 'TOO_SMALL'; members: number; minimum: number }
  | { code: 'NESTED'; group: string; difference: number; minimum: number }
  | { code: 'OVERLAP'; groups: string[]; offices: number; minimum: number };

export interface ExistingGroup {
  id: string;
  name: string;
  members: readonly string[];
}

/**
 * Why a lead's custom group cannot be defined, or null. Membership stands in for contributors: a
 * group that singles out few offices when everyone reports would force its cells to be suppressed.
 */
export function customGroupProblem(members: readonly string[], existing: readonly ExistingGroup[], k: number): GroupProblem | null {
  const minimum = minimumContributors(k);
  if (members.length < minimum) return { code: 'TOO_SMALL', members: members.length, minimum };
  const candidate = new Set(members);
  for (const group of existing) {
    const inside = group.members.filter((m) => candidate.has(m)).length;
    const nested = inside === group.members.length || inside === candidate.size;
    const difference = Math.abs(group.members.length - candidate.size);
    if (nested && difference > 0 && difference < minimum) return { code: 'NESTED', group: group.name, difference, minimum };
  }
  const NEW = '\u0000new';
  const memberships = new Map<string, string[]>();
  for (const group of [...existing, { id: NEW, name: '', members }]) {
    for (const office of group.members) memberships.set(office, [...(memberships.get(office) ?? []), group.id]);
  }
  const atoms = atomsOf(memberships.values());
  const ordered = [...existing].sort((a, b) => b.members.length - a.members.length);
  const published: string[] = [];
  for (const group of ordered) if (!derivableSmallSet([...published, group.id], atoms, k)) published.push(group.id);
  const leak = derivableSmallSet([...published, NEW], atoms, k);
  if (!leak) return null;
  const names = new Map(existing.map((g) => [g.id, g.name]));
  return { code: 'OVERLAP', groups: leak.groups.filter((g) => g !== NEW).map((g) => names.get(g) ?? g), offices: leak.offices, minimum };
}

export function describeGroupProblem(problem: GroupProblem, language: Language): string {
  switch (problem.code) {
    case 'TOO_SMALL':
      return language === 'pl'
        ? `Grupa ma ${polishCount(problem.members, OFFICES_ACCUSATIVE)}; potrzeba co najmniej ${problem.minimum}, inaczej jej statystyki zawsze byłyby ukryte.`
        : `The group has ${englishCount(problem.members, OFFICES_EN)}; it needs at least ${problem.minimum}, or its statistics would always be suppressed.`;
    case 'NESTED':
      return language === 'pl'
        ? `Grupa różni się od grupy „${problem.group}” o ${polishCount(problem.difference, OFFICES_ACCUSATIVE)}. Różnica musi obejmować co najmniej ${polishCount(problem.minimum, OFFICES_ACCUSATIVE)}, inaczej porównanie obu grup ujawniałoby wartości pojedynczych urzędów.`
        : `The group differs from “${problem.group}” by ${englishCount(problem.difference, OFFICES_EN)}. The difference must hold at least ${englishCount(problem.minimum, OFFICES_EN)}, or comparing the two groups would reveal single offices' values.`;
    case 'OVERLAP':
      return language === 'pl'
        ? `Razem z grupami ${problem.groups.map((g) => `„${g}”`).join(', ')} ta grupa pozwalałaby wyliczyć sumę wartości ${polishCount(problem.offices, OFFICES_GENITIVE)}; każde takie zestawienie musi obejmować co najmniej ${polishCount(problem.minimum, OFFICES_ACCUSATIVE)}.`
        : `Together with ${problem.groups.map((g) => `“${g}”`).join(', ')} this group would let anyone work out the sum of the values of ${englishCount(problem.offices, OFFICES_EN)}; every such combination must cover at least ${englishCount(problem.minimum, OFFICES_EN)}.`;
  }
}

/** Why a peer group cannot be deleted: only the lead's own groups can, and only before any release published one of their cells. */
export type PeerGroupDeletionProblem = 'NOT_CUSTOM' | 'PUBLISHED';

/** Why the group cannot be deleted, or null when it can (`published`: a release has published a cell of it). */
export function peerGroupDeletionProblem(basis: PeerGroupBasis, published: boolean): PeerGroupDeletionProblem | null {
  if (basis !== 'CUSTOM') return 'NOT_CUSTOM';
  return published ? 'PUBLISHED' : null;
}
