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

/**
 * Appends audit rows with the caller's manager, so they commit or roll back with the change itself.
 * One statement for any number of rows (an import writes 100,000), the rows sent as one JSON document:
 * PostgreSQL parses it once, where a `jsonb[]` parameter made it parse every element of an escaped
 * array literal (2 s for 100,000 rows). An absent old or new value is SQL NULL (JSON.stringify leaves
 * the key out); a null one is JSON null, as before.
 */
export async function writeAuditRows(manager: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map((e) => ({
    actor: e.actorUserId,
    action: e.action,
    entity: e.entity,
    id: e.entityId,
    old: e.oldValue,
    new: e.newValue,
    programme: e.programmeId ?? null,
    office: e.officeId ?? null,
  }));
  await manager.query(
    `INSERT INTO audit_log (actor_user_id, action, entity, entity_id, old_value, new_value, programme_id, office_id)
     SELECT (e->>'actor')::uuid, e->>'action', e->>'entity', e->>'id', e->'old', e->'new', (e->>'programme')::uuid, (e->>'office')::uuid
       FROM jsonb_array_elements($1::jsonb) AS e`,
    [JSON.stringify(rows)],
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
