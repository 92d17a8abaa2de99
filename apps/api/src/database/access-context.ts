import { type Actor, assessedOffices, coordinatedOffices, ledProgrammes, isUuid } from '@officebench/domain';
import type { Pool, QueryResult } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * What row-level security lets a transaction see: the offices it coordinates, the programmes it leads, the
 * offices whose CAF work it assesses, and whose private CAF scores are its own (the user, null for none).
 */
export interface AccessScope {
  leadProgrammes: readonly string[];
  coordinatedOffices: ReadonlyArray<{ programmeId: string; officeId: string }>;
  assessedOffices: ReadonlyArray<{ programmeId: string; officeId: string }>;
  userId: string | null;
}

export const NO_ACCESS: AccessScope = { leadProgrammes: [], coordinatedOffices: [], assessedOffices: [], userId: null };

export function scopeOf(actor: Actor | null): AccessScope {
  return actor
    ? {
        leadProgrammes: ledProgrammes(actor),
        coordinatedOffices: coordinatedOffices(actor),
        assessedOffices: assessedOffices(actor),
        userId: isUuid(actor.userId) ? actor.userId : null,
      }
    : NO_ACCESS;
}

/**
 * The scope of a programme's lead, for work the server does on the lead's behalf (the automatic
 * release): the domain's lead grant, read through the same rules as a signed-in lead's.
 */
export function leadScopeOf(programmeId: string): AccessScope {
  return scopeOf({ userId: 'system', grants: [{ role: 'PROGRAMME_LEAD', programmeId, officeId: null }] });
}

/** A PostgreSQL array literal of ids, refusing anything that is not a uuid (so nothing can be injected). */
function arrayLiteral(items: readonly string[]): string {
  for (const item of items) {
    if (!item.split('/').every(isUuid)) throw new Error(`not an id: ${JSON.stringify(item)}`);
  }
  return `{${items.join(',')}}`;
}

const pairs = (offices: AccessScope['coordinatedOffices']) =>
  arrayLiteral(offices.map(({ programmeId, officeId }) => `${programmeId}/${officeId}`));

/** The scope's four settings, each checked (ids only), in the order of SCOPE_SETTINGS. */
function scopeSettings(scope: AccessScope): string[] {
  if (scope.userId !== null && !isUuid(scope.userId)) throw new Error(`not an id: ${JSON.stringify(scope.userId)}`);
  return [arrayLiteral(scope.leadProgrammes), pairs(scope.coordinatedOffices), pairs(scope.assessedOffices), scope.userId ?? ''];
}
const SCOPE_SETTINGS = ['app.lead_programmes', 'app.coordinated_offices', 'app.assessed_offices', 'app.user_id'];

/**
 * Sets the scope for the current transaction only (set_config's third argument): it ends with the
 * transaction, so a pooled connection never carries it into the next request. Outside a transaction
 * it would last for the session, so it refuses to run there.
 */
export async function setAccessScope(manager: EntityManager, scope: AccessScope): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('setAccessScope must run inside a transaction');
  await manager.query(
    `SELECT ${SCOPE_SETTINGS.map((name, i) => `set_config('${name}', $${i + 1}, true)`).join(', ')}`,
    scopeSettings(scope),
  );
}

/** An id written into SQL as a literal (`'…'::uuid`), refusing anything that is not a uuid. */
export function sqlUuid(id: string): string {
  if (!isUuid(id)) throw new Error(`not an id: ${JSON.stringify(id)}`);
  return `'${id}'::uuid`;
}

/**
 * Reads for a scope in one round trip and without transaction statements: the scope's set_config and
 * `sql` (one or more statements, no parameters: ids written in with `sqlUuid`) sent as one simple query
 * on a pooled connection. PostgreSQL runs the statements of one simple query as one implicit
 * transaction, so the scope holds for all of them and ends with them, as `setAccessScope`'s does.
 * Returns the rows of each statement of `sql`, in order.
 */
export async function readInScope(dataSource: DataSource, scope: AccessScope, sql: string): Promise<Array<Array<Record<string, unknown>>>> {
  const settings = scopeSettings(scope);
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const results = (await pool.query(
    `SELECT ${SCOPE_SETTINGS.map((name, i) => `set_config('${name}', '${settings[i]}', true)`).join(', ')};\n${sql}`,
  )) as unknown as QueryResult[];
  return results.slice(1).map(({ rows }) => rows as Array<Record<string, unknown>>);
}
