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

/** Appends one audit row with the caller's manager, so it commits or rolls back with the change itself. */
export async function writeAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await manager.query(
    `INSERT INTO audit_log (actor_user_id, action, entity, entity_id, old_value, new_value, programme_id, office_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      entry.actorUserId,
      entry.action,
      entry.entity,
      entry.entityId,
      entry.oldValue === undefined ? null : JSON.stringify(entry.oldValue),
      entry.newValue === undefined ? null : JSON.stringify(entry.newValue),
      entry.programmeId ?? null,
      entry.officeId ?? null,
    ],
  );
}
