import type { PracticeStatus } from '@officebench/domain';
import { Column, CreateDateColumn, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { IndicatorEntity } from '../../indicators/entities/indicator.entity';

/** A good practice, published under the authoring office's name and readable across the platform. */
@Entity('good_practice')
export class GoodPracticeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'office_id' }) officeId!: string;
  @Column('text') title!: string;
  @Column('text') summary!: string;
  @Column('text') body!: string;
  @Column('text', { default: '' }) problem!: string;
  @Column('text', { default: '' }) actions!: string;
  @Column('text', { default: '' }) results!: string;
  @Column('text', { default: '' }) resources!: string;
  @Column('text', { nullable: true }) contact!: string | null;
  @Column('integer', { name: 'year_introduced', nullable: true }) yearIntroduced!: number | null;
  @Column('integer', { name: 'caf_criteria', array: true, default: () => "'{}'" }) cafCriteria!: number[];
  @Column('text', { array: true, default: () => "'{}'" }) tags!: string[];
  @Column('text', { default: 'DRAFT' }) status!: PracticeStatus;
  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt!: Date | null;
  /** Written up from published source documents (the demo's practices), never published on the platform itself. */
  @Column('boolean', { name: 'from_sources', default: false }) fromSources!: boolean;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @ManyToMany(() => IndicatorEntity)
  @JoinTable({ name: 'good_practice_indicator', joinColumn: { name: 'good_practice_id' }, inverseJoinColumn: { name: 'indicator_id' } })
  indicators?: IndicatorEntity[];
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
