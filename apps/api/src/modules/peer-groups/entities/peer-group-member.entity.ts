import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('peer_group_member')
export class PeerGroupMemberEntity {
  @PrimaryColumn('uuid', { name: 'peer_group_id' }) peerGroupId!: string;
  @PrimaryColumn('uuid', { name: 'office_id' }) officeId!: string;
  @Column('uuid', { name: 'programme_id' }) programmeId!: string;
}
