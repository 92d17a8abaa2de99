import { Injectable } from '@nestjs/common';
import { type Actor, customGroupProblem, describeGroupProblem, type Language, mayReviewProgramme, isUuid } from '@officebench/domain';
import { message } from '../../common/messages';
import { badInput, forbidden, notFound } from '../../common/errors';
import { ScopedDatabase } from '../../common/scoped-database';
import { auditBy } from '../audit/audit.repository';
import { PeerGroupModel } from './models/peer-group.model';
import { PeerGroupsRepository } from './peer-groups.repository';

/** Custom peer groups a lead defines, refused when they would let anyone single out few offices. */
@Injectable()
export class PeerGroupsService {
  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly repository: PeerGroupsRepository,
  ) {}

  async create(
    actor: Actor,
    input: { programmeId: string; name: string; officeIds: string[] },
    language: Language,
  ): Promise<PeerGroupModel> {
    if (!mayReviewProgramme(actor, input.programmeId)) throw forbidden();
    const name = input.name.trim();
    if (!name) throw badInput(message('peerGroup.emptyName', language), 'name');
    const members = [...new Set(input.officeIds)];
    return this.scoped.run(actor, async (manager) => {
      // Two groups defined at once are checked one after the other, each against the other.
      await this.repository.lockProgramme(manager, input.programmeId);
      const k = await this.repository.threshold(manager, input.programmeId);
      if ((await this.repository.memberOffices(manager, input.programmeId, members)) !== members.length)
        throw badInput(message('peerGroup.foreignOffice', language), 'officeIds');
      const existing = await this.repository.groups(manager, input.programmeId);
      if (existing.some((g) => g.name === name)) throw badInput(message('peerGroup.takenName', language), 'name');
      const problem = customGroupProblem(members, existing, k);
      if (problem) throw badInput(describeGroupProblem(problem, language), 'officeIds');
      const group = await this.repository.createCustom(manager, input.programmeId, name, members);
      await auditBy(manager, actor, 'PEER_GROUP_CREATED', ['peer_group', group.id], {
        newValue: { name, members },
        programmeId: input.programmeId,
      });
      return PeerGroupModel.from(group);
    });
  }

  async delete(actor: Actor, peerGroupId: string, language: Language): Promise<boolean> {
    return this.scoped.run(actor, async (manager) => {
      const group = isUuid(peerGroupId) ? await this.repository.group(manager, peerGroupId) : null;
      if (!group) throw notFound('Peer group');
      if (!mayReviewProgramme(actor, group.programmeId)) throw forbidden();
      if (group.basis !== 'CUSTOM') throw badInput(message('peerGroup.notCustom', language), 'peerGroupId');
      if (await this.repository.wasReleased(manager, peerGroupId)) throw badInput(message('peerGroup.published', language), 'peerGroupId');
      await this.repository.delete(manager, peerGroupId);
      await auditBy(manager, actor, 'PEER_GROUP_DELETED', ['peer_group', peerGroupId], {
        oldValue: { name: group.name },
        programmeId: group.programmeId,
      });
      return true;
    });
  }
}
