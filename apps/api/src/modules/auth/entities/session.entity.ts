import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A signed-in browser. The cookie carries a random token; only its SHA-256 is stored here. */
@Entity('user_session')
export class SessionEntity {
  @PrimaryColumn('bytea', { name: 'token_hash' }) tokenHash!: Buffer;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
  /** Moves with activity; 30 minutes without any ends the session. */
  @Column('timestamptz', { name: 'last_seen_at', default: () => 'now()' }) lastSeenAt!: Date;
  /** 12 hours after sign-in, whatever the activity. */
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
}
