export const OFFICE_ORDERS = ['name', 'change', 'latest'] as const;
export type OfficeOrder = (typeof OFFICE_ORDERS)[number];

interface OrderedOffice {
  officeName: string;
  change?: number | null;
  latestTotal?: number | null;
}

export function isOfficeOrder(value: string): value is OfficeOrder {
  return (OFFICE_ORDERS as readonly string[]).includes(value);
}

/**
 * The lead's table in the chosen order: by name (the language's collation), or by change or latest total,
 * largest first, the offices without one last (in name order).
 */
export function orderOffices<O extends OrderedOffice>(offices: readonly O[], order: OfficeOrder, language: string): O[] {
  const byName = (a: O, b: O) => a.officeName.localeCompare(b.officeName, language);
  if (order === 'name') return [...offices].sort(byName);
  const value = (office: O) => (order === 'change' ? office.change : office.latestTotal) ?? null;
  return [...offices].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return y - x || byName(a, b);
  });
}
