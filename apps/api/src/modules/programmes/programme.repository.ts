import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { ProgrammeIndicatorEntity } from '../indicators/entities/programme-indicator.entity';
import { OfficeEntity } from '../offices/entities/office.entity';
import { PeerGroupMemberEntity } from '../peer-groups/entities/peer-group-member.entity';
import { PeerGroupEntity } from '../peer-groups/entities/peer-group.entity';
import { PeriodEntity } from '../periods/entities/period.entity';
import { ProgrammeOfficeEntity } from './entities/programme-office.entity';
import { ProgrammeEntity } from './entities/programme.entity';

/** The reads behind a programme's public structure (none of these tables is under row-level security). */
@Injectable()
export class ProgrammeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every programme, by name. */
  all(): Promise<ProgrammeEntity[]> {
    return this.dataSource.getRepository(ProgrammeEntity).find({ order: { name: 'ASC' } });
  }

  findById(id: string): Promise<ProgrammeEntity | null> {
    return this.dataSource.getRepository(ProgrammeEntity).findOneBy({ id });
  }

  programmesByIds(ids: readonly string[]): Promise<ProgrammeEntity[]> {
    return this.dataSource.getRepository(ProgrammeEntity).findBy({ id: In([...ids]) });
  }

  periodsByIds(ids: readonly string[]): Promise<PeriodEntity[]> {
    return this.dataSource.getRepository(PeriodEntity).findBy({ id: In([...ids]) });
  }

  officesByIds(ids: readonly string[]): Promise<OfficeEntity[]> {
    return this.dataSource.getRepository(OfficeEntity).findBy({ id: In([...ids]) });
  }

  /** The memberships of these programmes with their offices, in programme order. */
  officesOfProgrammes(programmeIds: readonly string[]): Promise<ProgrammeOfficeEntity[]> {
    return this.dataSource
      .getRepository(ProgrammeOfficeEntity)
      .find({ where: { programmeId: In([...programmeIds]) }, relations: { office: true }, order: { position: 'ASC' } });
  }

  /** The indicator sets of these programmes with the definitions, in programme order. */
  indicatorsOfProgrammes(programmeIds: readonly string[]): Promise<ProgrammeIndicatorEntity[]> {
    return this.dataSource
      .getRepository(ProgrammeIndicatorEntity)
      .find({ where: { programmeId: In([...programmeIds]) }, relations: { indicator: true }, order: { position: 'ASC' } });
  }

  periodsOfProgrammes(programmeIds: readonly string[]): Promise<PeriodEntity[]> {
    return this.dataSource
      .getRepository(PeriodEntity)
      .find({ where: { programmeId: In([...programmeIds]) }, order: { startsOn: 'ASC', kind: 'ASC', label: 'ASC' } });
  }

  peerGroupsOfProgrammes(programmeIds: readonly string[]): Promise<PeerGroupEntity[]> {
    return this.dataSource
      .getRepository(PeerGroupEntity)
      .find({ where: { programmeId: In([...programmeIds]) }, order: { basis: 'ASC', name: 'ASC' } });
  }

  /** Those of these peer groups that a release has published a cell of. */
  publishedPeerGroups(peerGroupIds: readonly string[]): Promise<Array<{ id: string }>> {
    return this.dataSource.query('SELECT DISTINCT peer_group_id AS id FROM released_cell WHERE peer_group_id = ANY($1::uuid[])', [
      peerGroupIds,
    ]);
  }

  /** The members of these peer groups with their offices, in the programme's order of offices. */
  membersOfPeerGroups(peerGroupIds: readonly string[]): Promise<Array<PeerGroupMemberEntity & { office: OfficeEntity }>> {
    return this.dataSource
      .getRepository(PeerGroupMemberEntity)
      .createQueryBuilder('member')
      .innerJoin(
        ProgrammeOfficeEntity,
        'membership',
        'membership.programme_id = member.programme_id AND membership.office_id = member.office_id',
      )
      .innerJoinAndMapOne('member.office', OfficeEntity, 'office', 'office.id = member.office_id')
      .where('member.peer_group_id IN (:...ids)', { ids: peerGroupIds })
      .orderBy('membership.position')
      .getMany() as Promise<Array<PeerGroupMemberEntity & { office: OfficeEntity }>>;
  }
}
