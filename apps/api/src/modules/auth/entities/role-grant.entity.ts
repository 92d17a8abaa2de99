import type { Role } from '@officebench/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A role held by a user: platform-wide, for a programme (lead) or for one office in a programme (coordinator). */
@Entity('role_grant')
export class RoleGrantEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('text') role!: Role;
  @Column('uuid', { name: 'programme_id', nullable: true }) programmeId!: string | null;
  @Column('uuid', { name: 'office_id', nullable: true }) officeId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
