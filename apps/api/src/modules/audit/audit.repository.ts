import type { EntityManager } from 'typeorm';

export interface AuditEntry {
  actorUserId: string | null;
  action: string;
  entity: string;
  entityId: string;
  oldValue?: unknown;
  newValue?: unknown;
  /** Required for rows about an office's data: row-level security scopes the row by it. */
  programmeId?: string | null;
  officeId?: string | null;
}

/**
 * The SQL of the audit log. Free functions rather than an injected class: every module appends its rows
 * inside its own transaction (the EntityManager it is given), including the CLI outside Nest.
 */

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/**
 * Appends audit rows with the caller's manager, so they commit or roll back with the change itself.
 * One statement for any number of rows (an import writes thousands).
 */
export async function writeAuditRows(manager: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await manager.query(
    `INSERT INTO audit_log (actor_user_id, action, entity, entity_id, old_value, new_value, programme_id, office_id)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::jsonb[], $7::uuid[], $8::uuid[])`,
    [
      entries.map((e) => e.actorUserId),
      entries.map((e) => e.action),
      entries.map((e) => e.entity),
      entries.map((e) => e.entityId),
      entries.map((e) => json(e.oldValue)),
      entries.map((e) => json(e.newValue)),
      entries.map((e) => e.programmeId ?? null),
      entries.map((e) => e.officeId ?? null),
    ],
  );
}

export function writeAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  return writeAuditRows(manager, [entry]);
}

/** What `actor` did to one row (`entity`, `entityId`), with its old and new values and its scope where they matter. */
export function auditBy(
  manager: EntityManager,
  actor: { userId: string },
  action: string,
  [entity, entityId]: readonly [entity: string, entityId: string],
  details: Pick<AuditEntry, 'oldValue' | 'newValue' | 'programmeId' | 'officeId'> = {},
): Promise<void> {
  return writeAudit(manager, { actorUserId: actor.userId, action, entity, entityId, ...details });
}
