import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Direction, IndicatorUnit, InputKind, Periodicity } from '@officebench/domain';
import { numericTransformer } from '../../../common/numeric.transformer';

/** One version of an indicator definition: a changed definition is stored as a new version. */
@Entity('indicator')
export class IndicatorEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') code!: string;
  @Column('integer', { default: 1 }) version!: number;
  @Column('text', { name: 'name_pl' }) namePl!: string;
  @Column('text', { name: 'name_en' }) nameEn!: string;
  @Column('text') unit!: IndicatorUnit;
  @Column('text') direction!: Direction;
  @Column('text') periodicity!: Periodicity;
  @Column('text', { name: 'input_kind' }) inputKind!: InputKind;
  @Column('numeric', { default: 1, transformer: numericTransformer }) scale!: number;
  /** What a ratio's numerator and denominator count, in Polish and in English (null for a value indicator). */
  @Column('text', { name: 'numerator_label_pl', nullable: true }) numeratorLabelPl!: string | null;
  @Column('text', { name: 'denominator_label_pl', nullable: true }) denominatorLabelPl!: string | null;
  @Column('text', { name: 'numerator_label_en', nullable: true }) numeratorLabelEn!: string | null;
  @Column('text', { name: 'denominator_label_en', nullable: true }) denominatorLabelEn!: string | null;
  @Column('numeric', { name: 'min_value', nullable: true, transformer: numericTransformer }) minValue!: number | null;
  @Column('numeric', { name: 'max_value', nullable: true, transformer: numericTransformer }) maxValue!: number | null;
  @Column('integer', { name: 'caf_criterion', nullable: true }) cafCriterion!: number | null;
  @Column('text', { nullable: true }) source!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
