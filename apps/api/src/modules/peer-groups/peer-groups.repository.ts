import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PeerGroupEntity } from './entities/peer-group.entity';

/** A programme's peer groups with their members, as the custom-group rules need them. */
export interface GroupMembers {
  id: string;
  name: string;
  members: string[];
}

/** Custom peer groups: the facts their checks need, and their creation and deletion. */
@Injectable()
export class PeerGroupsRepository {
  /** Holds, until the transaction ends, the right to define groups in the programme: two at once are checked one after the other. */
  async lockProgramme(manager: EntityManager, programmeId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('peer-groups/' || $1))`, [programmeId]);
  }

  /** The programme's anonymity threshold k. */
  async threshold(manager: EntityManager, programmeId: string): Promise<number> {
    const [{ k }]: Array<{ k: number }> = await manager.query('SELECT anonymity_threshold AS k FROM programme WHERE id = $1', [
      programmeId,
    ]);
    return k;
  }

  /** How many of the offices belong to the programme. */
  async memberOffices(manager: EntityManager, programmeId: string, officeIds: readonly string[]): Promise<number> {
    const known: Array<{ officeId: string }> = await manager.query(
      'SELECT office_id AS "officeId" FROM programme_office WHERE programme_id = $1 AND office_id = ANY($2::uuid[])',
      [programmeId, officeIds],
    );
    return known.length;
  }

  /** Every group of the programme that has members, with them. */
  groups(manager: EntityManager, programmeId: string): Promise<GroupMembers[]> {
    return manager.query(
      `SELECT g.id, g.name, array_agg(m.office_id::text) AS members
         FROM peer_group g JOIN peer_group_member m ON m.peer_group_id = g.id
        WHERE g.programme_id = $1 GROUP BY g.id, g.name`,
      [programmeId],
    );
  }

  /** A new CUSTOM group with its members. */
  async createCustom(manager: EntityManager, programmeId: string, name: string, officeIds: readonly string[]): Promise<PeerGroupEntity> {
    const [group]: PeerGroupEntity[] = await manager.query(
      `INSERT INTO peer_group (programme_id, name, basis) VALUES ($1, $2, 'CUSTOM') RETURNING id, programme_id AS "programmeId", name, basis, criterion`,
      [programmeId, name],
    );
    await manager.query('INSERT INTO peer_group_member (peer_group_id, programme_id, office_id) SELECT $1, $2, unnest($3::uuid[])', [
      group.id,
      programmeId,
      officeIds,
    ]);
    return group;
  }

  group(manager: EntityManager, peerGroupId: string): Promise<PeerGroupEntity | null> {
    return manager.findOneBy(PeerGroupEntity, { id: peerGroupId });
  }

  /** Whether any release published a cell of the group. */
  async wasReleased(manager: EntityManager, peerGroupId: string): Promise<boolean> {
    const [published] = await manager.query('SELECT 1 FROM released_cell WHERE peer_group_id = $1 LIMIT 1', [peerGroupId]);
    return Boolean(published);
  }

  async delete(manager: EntityManager, peerGroupId: string): Promise<void> {
    await manager.query('DELETE FROM peer_group WHERE id = $1', [peerGroupId]);
  }
}
