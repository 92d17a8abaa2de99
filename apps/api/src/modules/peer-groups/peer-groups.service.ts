import { Injectable } from '@nestjs/common';
import { type Actor, customGroupProblem, describeGroupProblem, type Language, mayReviewProgramme } from '@officebench/domain';
import { badInput, forbidden, notFound } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { ScopedDatabase } from '../../common/scoped-database';
import { writeAudit } from '../audit/audit';
import { PeerGroupEntity } from '../peer-groups/entities/peer-group.entity';
import { PeerGroupModel } from '../peer-groups/models/peer-group.model';

const MESSAGES = {
  emptyName: { pl: 'Podaj nazwę grupy.', en: 'Give the group a name.' },
  takenName: { pl: 'Program ma już grupę o tej nazwie.', en: 'The programme already has a group of that name.' },
  foreignOffice: { pl: 'Grupa może obejmować tylko urzędy tego programu.', en: 'A group may only hold offices of this programme.' },
  notCustom: { pl: 'Usunąć można tylko grupę zdefiniowaną przez lidera.', en: 'Only a group the lead defined can be deleted.' },
  published: {
    pl: 'Statystyki tej grupy zostały już opublikowane, więc grupa zostaje: kolejne publikacje są sprawdzane razem z poprzednimi.',
    en: 'Statistics of this group have been released, so the group stays: later releases are checked together with earlier ones.',
  },
};

/** Custom peer groups a lead defines, refused when they would let anyone single out few offices. */
@Injectable()
export class PeerGroupsService {
  constructor(private readonly scoped: ScopedDatabase) {}

  async create(actor: Actor, input: { programmeId: string; name: string; officeIds: string[] }, language: Language): Promise<PeerGroupModel> {
    if (!mayReviewProgramme(actor, input.programmeId)) throw forbidden();
    const name = input.name.trim();
    if (!name) throw badInput(MESSAGES.emptyName[language], 'name');
    const members = [...new Set(input.officeIds)];
    return this.scoped.run(actor, async (manager) => {
      // Two groups defined at once are checked one after the other, each against the other.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('peer-groups/' || $1))`, [input.programmeId]);
      const [{ k }] = await manager.query('SELECT anonymity_threshold AS k FROM programme WHERE id = $1', [input.programmeId]);
      const known: Array<{ officeId: string }> = await manager.query(
        'SELECT office_id AS "officeId" FROM programme_office WHERE programme_id = $1 AND office_id = ANY($2::uuid[])',
        [input.programmeId, members],
      );
      if (known.length !== members.length) throw badInput(MESSAGES.foreignOffice[language], 'officeIds');
      const existing: Array<{ id: string; name: string; members: string[] }> = await manager.query(
        `SELECT g.id, g.name, array_agg(m.office_id::text) AS members
           FROM peer_group g JOIN peer_group_member m ON m.peer_group_id = g.id
          WHERE g.programme_id = $1 GROUP BY g.id, g.name`,
        [input.programmeId],
      );
      if (existing.some((g) => g.name === name)) throw badInput(MESSAGES.takenName[language], 'name');
      const problem = customGroupProblem(members, existing, k);
      if (problem) throw badInput(describeGroupProblem(problem, language), 'officeIds');
      const [group] = await manager.query(
        `INSERT INTO peer_group (programme_id, name, basis) VALUES ($1, $2, 'CUSTOM') RETURNING id, programme_id AS "programmeId", name, basis, criterion`,
        [input.programmeId, name],
      );
      await manager.query(
        'INSERT INTO peer_group_member (peer_group_id, programme_id, office_id) SELECT $1, $2, unnest($3::uuid[])',
        [group.id, input.programmeId, members],
      );
      await writeAudit(manager, { actorUserId: actor.userId, action: 'PEER_GROUP_CREATED', entity: 'peer_group', entityId: group.id, newValue: { name, members }, programmeId: input.programmeId });
      return PeerGroupModel.from(group as PeerGroupEntity);
    });
  }

  async delete(actor: Actor, peerGroupId: string, language: Language): Promise<boolean> {
    return this.scoped.run(actor, async (manager) => {
      const group = isUuid(peerGroupId) ? await manager.findOneBy(PeerGroupEntity, { id: peerGroupId }) : null;
      if (!group) throw notFound('Peer group');
      if (!mayReviewProgramme(actor, group.programmeId)) throw forbidden();
      if (group.basis !== 'CUSTOM') throw badInput(MESSAGES.notCustom[language], 'peerGroupId');
      const [published] = await manager.query('SELECT 1 FROM released_cell WHERE peer_group_id = $1 LIMIT 1', [peerGroupId]);
      if (published) throw badInput(MESSAGES.published[language], 'peerGroupId');
      await manager.query('DELETE FROM peer_group WHERE id = $1', [peerGroupId]);
      await writeAudit(manager, { actorUserId: actor.userId, action: 'PEER_GROUP_DELETED', entity: 'peer_group', entityId: peerGroupId, oldValue: { name: group.name }, programmeId: group.programmeId });
      return true;
    });
  }
}
