import { Injectable } from '@nestjs/common';
import { type Actor, maySeeProgramme, isUuid } from '@officebench/domain';
import { byIdLoader, groupedLoader } from '../../common/dataloaders';
import { forbidden } from '../../common/errors';
import type { IndicatorEntity } from '../indicators/entities/indicator.entity';
import { IndicatorModel } from '../indicators/models/indicator.model';
import type { OfficeEntity } from '../offices/entities/office.entity';
import { OfficeModel } from '../offices/models/office.model';
import { PeerGroupModel } from '../peer-groups/models/peer-group.model';
import { PeriodModel } from '../periods/models/period.model';
import { ProgrammeModel } from './models/programme.model';
import { ProgrammeRepository } from './programme.repository';

/** A programme's public structure: offices, indicators, periods and peer groups. */
@Injectable()
export class ProgrammesService {
  constructor(private readonly programmes: ProgrammeRepository) {}

  /** The programmes the actor holds a grant in (the platform admin: all). */
  async list(actor: Actor): Promise<ProgrammeModel[]> {
    const programmes = await this.programmes.all();
    return programmes.filter((programme) => maySeeProgramme(actor, programme.id)).map(ProgrammeModel.from);
  }

  /** null when there is no such programme; FORBIDDEN when the actor holds no grant in it. */
  async findById(actor: Actor, id: string): Promise<ProgrammeModel | null> {
    if (!isUuid(id)) return null;
    const programme = await this.programmes.findById(id);
    if (programme && !maySeeProgramme(actor, programme.id)) throw forbidden();
    return programme && ProgrammeModel.from(programme);
  }

  /** Per-request loaders for the nested fields, keyed by programme (or peer group, or office) id. */
  createLoaders() {
    const repository = this.programmes;
    return {
      programme: byIdLoader(async (ids) => (await repository.programmesByIds(ids)).map(ProgrammeModel.from)),
      period: byIdLoader(async (ids) => (await repository.periodsByIds(ids)).map(PeriodModel.from)),
      office: byIdLoader(async (ids) => (await repository.officesByIds(ids)).map(OfficeModel.from)),
      offices: groupedLoader(
        (ids) => repository.officesOfProgrammes(ids),
        (row) => row.programmeId,
        (row) => OfficeModel.from(row.office as OfficeEntity),
      ),
      indicators: groupedLoader(
        (ids) => repository.indicatorsOfProgrammes(ids),
        (row) => row.programmeId,
        (row) => IndicatorModel.from(row.indicator as IndicatorEntity),
      ),
      periods: groupedLoader(
        (ids) => repository.periodsOfProgrammes(ids),
        (row) => row.programmeId,
        PeriodModel.from,
      ),
      peerGroups: groupedLoader(
        (ids) => repository.peerGroupsOfProgrammes(ids),
        (row) => row.programmeId,
        PeerGroupModel.from,
      ),
      /** A peer group's id when a release has published a cell of it, else null. */
      publishedPeerGroup: byIdLoader((ids) => repository.publishedPeerGroups(ids)),
      peerGroupMembers: groupedLoader(
        (ids) => repository.membersOfPeerGroups(ids),
        (row) => row.peerGroupId,
        (row) => OfficeModel.from(row.office),
      ),
    };
  }
}
