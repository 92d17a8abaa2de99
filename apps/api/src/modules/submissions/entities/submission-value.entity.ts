import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { numericTransformer } from '../../../common/numeric.transformer';

/** One indicator's entry in a submission: a value, or numerator and denominator (value computed). */
@Entity('submission_value')
export class SubmissionValueEntity {
  @PrimaryColumn('uuid', { name: 'submission_id' }) submissionId!: string;
  @PrimaryColumn('uuid', { name: 'indicator_id' }) indicatorId!: string;
  @Column('numeric', { nullable: true, transformer: numericTransformer }) value!: number | null;
  @Column('numeric', { nullable: true, transformer: numericTransformer }) numerator!: number | null;
  @Column('numeric', { nullable: true, transformer: numericTransformer }) denominator!: number | null;
  @Column('text', { nullable: true }) comment!: string | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
