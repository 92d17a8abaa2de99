import type { PeerGroupBasis } from '@officebench/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A set of a programme's offices that statistics are computed over; `criterion` is the kind, region or band. */
@Entity('peer_group')
export class PeerGroupEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'programme_id' }) programmeId!: string;
  @Column('text') name!: string;
  @Column('text') basis!: PeerGroupBasis;
  @Column('text', { nullable: true }) criterion!: string | null;
}
