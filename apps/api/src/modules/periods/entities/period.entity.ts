import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PeriodKind } from '@officebench/domain';

@Entity('period')
export class PeriodEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'programme_id' }) programmeId!: string;
  @Column('text') kind!: PeriodKind;
  @Column('text') label!: string;
  @Column('date', { name: 'starts_on' }) startsOn!: string;
  @Column('date', { name: 'ends_on' }) endsOn!: string;
  @Column('timestamptz', { name: 'opens_at' }) opensAt!: Date;
  @Column('timestamptz') deadline!: Date;
  @Column('timestamptz', { name: 'locked_at', nullable: true }) lockedAt!: Date | null;
  @Column('timestamptz', { name: 'released_at', nullable: true }) releasedAt!: Date | null;
}
