import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IndicatorEntity } from './indicator.entity';

/** An indicator (one version of it) in a programme's indicator set. */
@Entity('programme_indicator')
export class ProgrammeIndicatorEntity {
  @PrimaryColumn('uuid', { name: 'programme_id' }) programmeId!: string;
  @PrimaryColumn('uuid', { name: 'indicator_id' }) indicatorId!: string;
  @ManyToOne(() => IndicatorEntity) @JoinColumn({ name: 'indicator_id' }) indicator?: IndicatorEntity;
  @Column('integer') position!: number;
  @Column('boolean', { default: true }) mandatory!: boolean;
}
