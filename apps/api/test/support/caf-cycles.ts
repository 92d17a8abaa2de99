import { CAF_SUB_CRITERIA } from '@officebench/domain';
import type { DataSource } from 'typeorm';

export const CAF_CODES = CAF_SUB_CRITERIA.map(({ code }) => code);

/**
 * A CAF self-assessment cycle of an office, written as the owner (past row-level security, through the
 * state triggers, as the API would have got there): opened SCORING with `assessorIds`, each of whom
 * scored all 28 when `scored` (every score `score`), moved to CONSENSUS when asked, with every
 * sub-criterion agreed at `score` when `agreed`. Returns its id (version 1 unless moved to consensus: 2).
 */
export async function cafCycleIn(
  owner: DataSource,
  cycle: {
    programmeId: string;
    officeId: string;
    periodId: string;
    assessorIds: string[];
    scored?: boolean;
    state?: 'SCORING' | 'CONSENSUS';
    agreed?: boolean;
    score?: number;
  },
): Promise<{ id: string; version: number }> {
  const score = cycle.score ?? 50;
  const [{ id }] = await owner.query(`INSERT INTO caf_cycle (programme_id, office_id, period_id) VALUES ($1, $2, $3) RETURNING id`, [
    cycle.programmeId,
    cycle.officeId,
    cycle.periodId,
  ]);
  await owner.query(`INSERT INTO caf_assessor (cycle_id, programme_id, office_id, user_id) SELECT $1, $2, $3, unnest($4::uuid[])`, [
    id,
    cycle.programmeId,
    cycle.officeId,
    cycle.assessorIds,
  ]);
  if (cycle.scored) {
    await owner.query(
      `INSERT INTO caf_individual_score (cycle_id, programme_id, office_id, assessor_id, code, score)
       SELECT $1, $2, $3, a, c, $6 FROM unnest($4::uuid[]) AS a CROSS JOIN unnest($5::text[]) AS c`,
      [id, cycle.programmeId, cycle.officeId, cycle.assessorIds, CAF_CODES, score],
    );
  }
  if (cycle.state !== 'CONSENSUS') return { id, version: 1 };
  await owner.query(`UPDATE caf_cycle SET state = 'CONSENSUS', consensus_at = now(), version = 2 WHERE id = $1`, [id]);
  if (cycle.agreed) {
    await owner.query(
      `INSERT INTO caf_consensus_score (cycle_id, programme_id, office_id, code, score) SELECT $1, $2, $3, c, $5 FROM unnest($4::text[]) AS c`,
      [id, cycle.programmeId, cycle.officeId, CAF_CODES, score],
    );
  }
  return { id, version: 2 };
}
