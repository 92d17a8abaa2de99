import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who changed what and when, with the old and new state: written in the same transaction as the change. */
@Entity('audit_log')
export class AuditLogEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Column('timestamptz', { name: 'occurred_at', default: () => 'now()' }) occurredAt!: Date;
  @Column('uuid', { name: 'actor_user_id', nullable: true }) actorUserId!: string | null;
  @Column('text') action!: string;
  @Column('text') entity!: string;
  @Column('text', { name: 'entity_id' }) entityId!: string;
  /** The office whose data the row is about (required for values): row-level security scopes it. */
  @Column('uuid', { name: 'programme_id', nullable: true }) programmeId!: string | null;
  @Column('uuid', { name: 'office_id', nullable: true }) officeId!: string | null;
  @Column('jsonb', { name: 'old_value', nullable: true }) oldValue!: unknown;
  @Column('jsonb', { name: 'new_value', nullable: true }) newValue!: unknown;
}
