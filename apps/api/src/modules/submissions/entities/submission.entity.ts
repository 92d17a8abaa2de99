import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export const SUBMISSION_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** One office's submission for one period (unique per office and period). */
@Entity('submission')
export class SubmissionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'programme_id' }) programmeId!: string;
  @Column('uuid', { name: 'office_id' }) officeId!: string;
  @Column('uuid', { name: 'period_id' }) periodId!: string;
  @Column('text', { default: 'DRAFT' }) status!: SubmissionStatus;
  @VersionColumn() version!: number;
  @Column('text', { name: 'return_reason', nullable: true }) returnReason!: string | null;
  @Column('timestamptz', { name: 'submitted_at', nullable: true }) submittedAt!: Date | null;
  @Column('timestamptz', { name: 'approved_at', nullable: true }) approvedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
