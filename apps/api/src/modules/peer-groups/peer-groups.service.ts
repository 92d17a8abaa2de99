import { Injectable } from '@nestjs/common';
import {
  type Actor,
  customGroupProblem,
  describeGroupProblem,
  isUuid,
  type Language,
  mayReviewProgramme,
  minimumContributors,
  type PeerGroupDeletionProblem,
  peerGroupDeletionProblem,
} from '@officebench/domain';
import type { EntityManager } from 'typeorm';
import { message } from '../../common/messages';
import { badInput, forbidden, notFound } from '../../common/errors';
import { ScopedDatabase } from '../../common/scoped-database';
import { auditBy } from '../audit/audit.repository';
import type { PeerGroupCheckModel } from './models/peer-group-check.model';
import { PeerGroupModel } from './models/peer-group.model';
import { type GroupMembers, PeerGroupsRepository } from './peer-groups.repository';

const DELETION_MESSAGES = { NOT_CUSTOM: 'peerGroup.notCustom', PUBLISHED: 'peerGroup.published' } as const;

/** The sentence for why a group cannot be deleted, in the language given. */
export function deletionRefusal(problem: PeerGroupDeletionProblem, language: Language): string {
  return message(DELETION_MESSAGES[problem], language);
}

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
      const { existing, refusal } = await this.membersCheck(manager, input.programmeId, members, language);
      if (existing.some((g) => g.name === name)) throw badInput(message('peerGroup.takenName', language), 'name');
      if (refusal) throw badInput(refusal, 'officeIds');
      const group = await this.repository.createCustom(manager, input.programmeId, name, members);
      await auditBy(manager, actor, 'PEER_GROUP_CREATED', ['peer_group', group.id], {
        newValue: { name, members },
        programmeId: input.programmeId,
      });
      return PeerGroupModel.from(group);
    });
  }

  /** Whether createPeerGroup would accept these members, and if not the sentence it would refuse them with (nothing is written). */
  async check(actor: Actor, input: { programmeId: string; officeIds: string[] }, language: Language): Promise<PeerGroupCheckModel> {
    if (!mayReviewProgramme(actor, input.programmeId)) throw forbidden();
    const members = [...new Set(input.officeIds)];
    return this.scoped.run(actor, async (manager) => {
      const { refusal, minimum } = await this.membersCheck(manager, input.programmeId, members, language);
      return { accepted: refusal === null, reason: refusal, members: members.length, minimum };
    });
  }

  /** Why a custom group of these (distinct) offices would be refused, with the programme's groups it was checked against. */
  private async membersCheck(
    manager: EntityManager,
    programmeId: string,
    members: string[],
    language: Language,
  ): Promise<{ existing: GroupMembers[]; refusal: string | null; minimum: number }> {
    const k = await this.repository.threshold(manager, programmeId);
    const existing = await this.repository.groups(manager, programmeId);
    const minimum = minimumContributors(k);
    if ((await this.repository.memberOffices(manager, programmeId, members)) !== members.length)
      return { existing, refusal: message('peerGroup.foreignOffice', language), minimum };
    const problem = customGroupProblem(members, existing, k);
    return { existing, refusal: problem && describeGroupProblem(problem, language), minimum };
  }

  async delete(actor: Actor, peerGroupId: string, language: Language): Promise<boolean> {
    return this.scoped.run(actor, async (manager) => {
      const group = isUuid(peerGroupId) ? await this.repository.group(manager, peerGroupId) : null;
      if (!group) throw notFound('Peer group');
      if (!mayReviewProgramme(actor, group.programmeId)) throw forbidden();
      const problem = peerGroupDeletionProblem(group.basis, await this.repository.wasReleased(manager, peerGroupId));
      if (problem) throw badInput(deletionRefusal(problem, language), 'peerGroupId');
      await this.repository.delete(manager, peerGroupId);
      await auditBy(manager, actor, 'PEER_GROUP_DELETED', ['peer_group', peerGroupId], {
        oldValue: { name: group.name },
        programmeId: group.programmeId,
      });
      return true;
    });
  }
}
