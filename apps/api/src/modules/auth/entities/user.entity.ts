import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') email!: string;
  @Column('text', { name: 'display_name' }) displayName!: string;
  /** Argon2id hash; null until the user sets a password from an invitation. */
  @Column('text', { name: 'password_hash', nullable: true, select: false }) passwordHash!: string | null;
  @Column('boolean', { name: 'is_active', default: true }) isActive!: boolean;
  /** Failed logins since the last success or lock; five lock the account for 15 minutes. */
  @Column('integer', { name: 'failed_logins', default: 0 }) failedLogins!: number;
  @Column('timestamptz', { name: 'locked_until', nullable: true }) lockedUntil!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
