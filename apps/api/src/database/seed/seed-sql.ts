import type { EntityManager } from 'typeorm';

export type Row = unknown[];

/** INSERT ... ON CONFLICT DO NOTHING of many rows in one statement. */
export async function insertMissing(
  manager: EntityManager,
  table: string,
  columns: string[],
  rows: Row[],
  conflict: string,
): Promise<void> {
  if (rows.length === 0) return;
  const params: unknown[] = [];
  const tuples = rows.map((row) => `(${row.map((cell) => `$${params.push(cell)}`).join(', ')})`);
  await manager.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')} ON CONFLICT ${conflict} DO NOTHING`,
    params,
  );
}

export async function idsBy(manager: EntityManager, sql: string, params: unknown[]): Promise<Map<string, string>> {
  const rows: Array<{ key: string; id: string }> = await manager.query(sql, params);
  return new Map(rows.map(({ key, id }) => [key, id]));
}
