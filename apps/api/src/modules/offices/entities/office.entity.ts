import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OfficeKind } from '@officebench/domain';

@Entity('office')
export class OfficeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text') kind!: OfficeKind;
  @Column('text') region!: string;
  @Column('integer', { nullable: true }) employees!: number | null;
  @Column('integer', { nullable: true }) population!: number | null;
  @Column('boolean', { name: 'size_is_synthetic', default: false }) sizeIsSynthetic!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
