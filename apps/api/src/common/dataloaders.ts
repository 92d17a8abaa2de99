import DataLoader from 'dataloader';

/**
 * Batches the lookups of one request: one query for all parents' children, never one per parent.
 * Rows are grouped by `keyOf` and handed out as `toModel` makes them.
 */
export function groupedLoader<T, M>(
  fetch: (keys: readonly string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
  toModel: (row: T) => M,
): DataLoader<string, M[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<string, M[]>(keys.map((key) => [key, []]));
    for (const row of await fetch(keys)) groups.get(keyOf(row))?.push(toModel(row));
    return keys.map((key) => groups.get(key) ?? []);
  });
}

export function byIdLoader<T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const found = new Map((await fetch(ids)).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}
