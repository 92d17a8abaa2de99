import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OfficeEntity } from '../../offices/entities/office.entity';
import { ProgrammeEntity } from './programme.entity';

/** Membership of an office in a programme; `position` is the order offices are listed in. */
@Entity('programme_office')
export class ProgrammeOfficeEntity {
  @PrimaryColumn('uuid', { name: 'programme_id' }) programmeId!: string;
  @PrimaryColumn('uuid', { name: 'office_id' }) officeId!: string;
  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'programme_id' }) programme?: ProgrammeEntity;
  @ManyToOne(() => OfficeEntity) @JoinColumn({ name: 'office_id' }) office?: OfficeEntity;
  @Column('integer') position!: number;
  @Column('date', { name: 'joined_on', nullable: true }) joinedOn!: string | null;
}
