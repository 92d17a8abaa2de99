import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OfficeEntity } from '../../offices/entities/office.entity';

@Entity('programme')
export class ProgrammeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') code!: string;
  @Column('text') name!: string;
  @Column('uuid', { name: 'lead_office_id', nullable: true }) leadOfficeId!: string | null;
  @ManyToOne(() => OfficeEntity) @JoinColumn({ name: 'lead_office_id' }) leadOffice?: OfficeEntity | null;
  @Column('integer', { name: 'anonymity_threshold', default: 5 }) anonymityThreshold!: number;
  @Column('date', { name: 'starts_on', nullable: true }) startsOn!: string | null;
  @Column('boolean', { name: 'is_demo', default: false }) isDemo!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
