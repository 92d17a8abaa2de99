import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, maySeeProgramme } from '@officebench/domain';
import { DataSource, In } from 'typeorm';
import { forbidden } from '../../common/errors';
import { byIdLoader, groupedLoader } from '../../common/dataloaders';
import { IndicatorEntity } from '../indicators/entities/indicator.entity';
import { ProgrammeIndicatorEntity } from '../indicators/entities/programme-indicator.entity';
import { IndicatorModel } from '../indicators/models/indicator.model';
import { OfficeEntity } from '../offices/entities/office.entity';
import { OfficeModel } from '../offices/models/office.model';
import { PeerGroupMemberEntity } from '../peer-groups/entities/peer-group-member.entity';
import { PeerGroupEntity } from '../peer-groups/entities/peer-group.entity';
import { PeerGroupModel } from '../peer-groups/models/peer-group.model';
import { PeriodEntity } from '../periods/entities/period.entity';
import { PeriodModel } from '../periods/models/period.model';
import { ProgrammeOfficeEntity } from './entities/programme-office.entity';
import { ProgrammeEntity } from './entities/programme.entity';
import { ProgrammeModel } from './models/programme.model';
import { isUuid } from '../../common/ids';


/** A programme's public structure: offices, indicators, periods and peer groups. */
@Injectable()
export class ProgrammesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The programmes the actor holds a grant in (the platform admin: all). */
  async list(actor: Actor): Promise<ProgrammeModel[]> {
    const programmes = await this.dataSource.getRepository(ProgrammeEntity).find({ order: { name: 'ASC' } });
    return programmes.filter((programme) => maySeeProgramme(actor, programme.id)).map(ProgrammeModel.from);
  }

  /** null when there is no such programme; FORBIDDEN when the actor holds no grant in it. */
  async findById(actor: Actor, id: string): Promise<ProgrammeModel | null> {
    if (!isUuid(id)) return null;
    const programme = await this.dataSource.getRepository(ProgrammeEntity).findOneBy({ id });
    if (programme && !maySeeProgramme(actor, programme.id)) throw forbidden();
    return programme && ProgrammeModel.from(programme);
  }

  /** Per-request loaders for the nested fields, keyed by programme (or peer group, or office) id. */
  createLoaders() {
    const repository = <T extends object>(entity: new () => T) => this.dataSource.getRepository(entity);
    return {
      programme: byIdLoader(async (ids) => (await repository(ProgrammeEntity).findBy({ id: In([...ids]) })).map(ProgrammeModel.from)),
      period: byIdLoader(async (ids) => (await repository(PeriodEntity).findBy({ id: In([...ids]) })).map(PeriodModel.from)),
      office: byIdLoader(async (ids) => (await repository(OfficeEntity).findBy({ id: In([...ids]) })).map(OfficeModel.from)),
      offices: groupedLoader(
        (ids) => repository(ProgrammeOfficeEntity).find({ where: { programmeId: In([...ids]) }, relations: { office: true }, order: { position: 'ASC' } }),
        (row) => row.programmeId,
        (row) => OfficeModel.from(row.office as OfficeEntity),
      ),
      indicators: groupedLoader(
        (ids) => repository(ProgrammeIndicatorEntity).find({ where: { programmeId: In([...ids]) }, relations: { indicator: true }, order: { position: 'ASC' } }),
        (row) => row.programmeId,
        (row) => IndicatorModel.from(row.indicator as IndicatorEntity),
      ),
      periods: groupedLoader(
        (ids) => repository(PeriodEntity).find({ where: { programmeId: In([...ids]) }, order: { startsOn: 'ASC', kind: 'ASC', label: 'ASC' } }),
        (row) => row.programmeId,
        PeriodModel.from,
      ),
      peerGroups: groupedLoader(
        (ids) => repository(PeerGroupEntity).find({ where: { programmeId: In([...ids]) }, order: { basis: 'ASC', name: 'ASC' } }),
        (row) => row.programmeId,
        PeerGroupModel.from,
      ),
      peerGroupMembers: groupedLoader(
        (ids) =>
          repository(PeerGroupMemberEntity)
            .createQueryBuilder('member')
            .innerJoin(ProgrammeOfficeEntity, 'membership', 'membership.programme_id = member.programme_id AND membership.office_id = member.office_id')
            .innerJoinAndMapOne('member.office', OfficeEntity, 'office', 'office.id = member.office_id')
            .where('member.peer_group_id IN (:...ids)', { ids })
            .orderBy('membership.position')
            .getMany() as Promise<Array<PeerGroupMemberEntity & { office: OfficeEntity }>>,
        (row) => row.peerGroupId,
        (row) => OfficeModel.from(row.office),
      ),
    };
  }
}

