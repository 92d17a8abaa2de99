import { CAF_SUB_CRITERIA, cafScores } from '@officebench/domain';
import type { EntityManager } from 'typeorm';
import { type AccessScope, setAccessScope } from '../access-context';
import type { DemoPeriod } from './demo-calendar';
import { syntheticAssessorScores, syntheticCafConsensus } from './synthetic-values';

export const demoAssessorEmail = (position: number, member: 1 | 2) => `assessor.${position}.${member}@demo.officebench.local`;

/** The improvement actions every office drew up after its latest past self-assessment (synthetic). */
const PLAN = [
  { title: 'Przegląd i aktualizacja kart usług w BIP', owner: 'Sekretarz', status: 'DONE' },
  { title: 'Szkolenie zespołu z mapowania procesów', owner: 'Pełnomocnik ds. jakości', status: 'IN_PROGRESS' },
] as const;

export interface CafSeedOffice {
  position: number;
  officeId: string;
  /** The office's CAF_TOTAL_SCORE in each past CAF period, by label (the demo's synthetic values). */
  totals: Map<string, number>;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * Past CAF self-assessments of every office, closed the way the product closes them, so the release of
 * those periods publishes the criterion means: a cycle in each past CAF period with the office's two
 * assessors as its group, their individual scores, the consensus (whose total is the office's
 * CAF_TOTAL_SCORE of the period, synthetic like every demo value), and after the latest one a two-action
 * improvement plan. Row-level security applies to the load too, so it takes the scope of each office's
 * coordinators and, for the private scores, of each assessor in turn; `scope` is restored at the end.
 */
export async function seedPastCafCycles(
  manager: EntityManager,
  scope: AccessScope,
  programmeId: string,
  periods: ReadonlyArray<DemoPeriod & { id: string }>,
  offices: readonly CafSeedOffice[],
  userIds: ReadonlyMap<string, string>,
): Promise<void> {
  const pairs = offices.map(({ officeId }) => ({ programmeId, officeId }));
  const officeScope = { ...scope, coordinatedOffices: pairs, assessedOffices: pairs };
  await setAccessScope(manager, officeScope);
  const past = periods.filter((period) => period.kind === 'CAF_CYCLE' && !period.open);
  const cycles: Array<{ office: CafSeedOffice; period: DemoPeriod & { id: string }; consensus: Map<string, number> }> = [];
  for (const period of past) {
    for (const office of offices) {
      const total = office.totals.get(period.label);
      if (total === undefined) continue;
      cycles.push({ office, period, consensus: syntheticCafConsensus(String(office.position), period.index, total) });
    }
  }
  if (cycles.length === 0) return setAccessScope(manager, scope);
  const at = (period: DemoPeriod, day: number) => `${period.startsOn.slice(0, 8)}${String(day).padStart(2, '0')}T10:00:00Z`;
  const ids: Array<{ id: string }> = await manager.query(
    `INSERT INTO caf_cycle (programme_id, office_id, period_id, opened_at)
     SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::timestamptz[]) RETURNING id`,
    [programmeId, cycles.map((c) => c.office.officeId), cycles.map((c) => c.period.id), cycles.map((c) => at(c.period, 2))],
  );
  const members = (position: number) => [1, 2].map((member) => userIds.get(demoAssessorEmail(position, member as 1 | 2)) as string);
  await manager.query(
    `INSERT INTO caf_assessor (cycle_id, programme_id, office_id, user_id) SELECT x.cycle, $1, x.office, x.member
       FROM unnest($2::uuid[], $3::uuid[], $4::uuid[]) AS x(cycle, office, member)`,
    [
      programmeId,
      ...[0, 1, 2].map((column) =>
        cycles.flatMap((c, i) => members(c.office.position).map((member) => [ids[i].id, c.office.officeId, member][column])),
      ),
    ],
  );
  // Each assessor's private scores, written in its own scope (the policy admits only one's own).
  for (const office of offices) {
    for (const [member, userId] of members(office.position).entries()) {
      const own = cycles.map((c, i) => ({ c, id: ids[i].id })).filter(({ c }) => c.office === office);
      await setAccessScope(manager, { ...officeScope, userId });
      const rows = own.flatMap(({ c, id }) =>
        [...syntheticAssessorScores(c.consensus, `${office.position}.${member}.${c.period.index}`)].map(([code, score]) => [
          id,
          code,
          score,
        ]),
      );
      await insertScores(manager, 'caf_individual_score', programmeId, office.officeId, rows, userId);
    }
  }
  await setAccessScope(manager, officeScope);
  await manager.query(
    `UPDATE caf_cycle SET state = 'CONSENSUS', consensus_at = opened_at + interval '30 days' WHERE id = ANY ($1::uuid[])`,
    [ids.map((row) => row.id)],
  );
  for (const office of offices) {
    const rows = cycles.flatMap((c, i) => (c.office === office ? [...c.consensus].map(([code, score]) => [ids[i].id, code, score]) : []));
    await insertScores(manager, 'caf_consensus_score', programmeId, office.officeId, rows, null);
  }
  for (const [i, cycle] of cycles.entries()) {
    const scores = cafScores(cycle.consensus);
    await manager.query(
      `UPDATE caf_cycle SET state = 'CLOSED', closed_at = opened_at + interval '45 days', criterion_scores = $2, total = $3 WHERE id = $1`,
      [ids[i].id, scores.criteria.map(round2), round2(scores.total)],
    );
  }
  const latest = past[past.length - 1];
  const planned = cycles.map((c, i) => ({ ...c, id: ids[i].id })).filter((c) => c.period === latest);
  await manager.query(
    `INSERT INTO caf_action (cycle_id, programme_id, office_id, code, title, owner, due_on, status, completed_on)
     SELECT x.cycle, $1, x.office, x.code, x.title, x.owner, x.due, x.status, CASE WHEN x.status = 'DONE' THEN x.due - 7 END
       FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::date[], $8::text[])
            AS x(cycle, office, code, title, owner, due, status)`,
    [
      programmeId,
      ...[0, 1, 2, 3, 4, 5, 6].map((column) =>
        planned.flatMap((c) =>
          PLAN.map((action, k) => {
            // Each action improves one of the office's two weakest sub-criteria.
            const weakest = [...c.consensus].sort((a, b) => a[1] - b[1])[k][0];
            return [
              c.id,
              c.office.officeId,
              weakest,
              action.title,
              action.owner,
              `${Number(latest.startsOn.slice(0, 4)) + 1}-03-31`,
              action.status,
            ][column];
          }),
        ),
      ),
    ],
  );
  await setAccessScope(manager, scope);
}

/** Scores of many cycles of one office: an assessor's own (`assessorId`) or the consensus (null). */
async function insertScores(
  manager: EntityManager,
  table: 'caf_individual_score' | 'caf_consensus_score',
  programmeId: string,
  officeId: string,
  rows: unknown[][],
  assessorId: string | null,
): Promise<void> {
  if (rows.length === 0) return;
  if (rows.some((row) => !CAF_SUB_CRITERIA.some(({ code }) => code === row[1]))) throw new Error('unknown CAF code in the demo');
  const assessor = table === 'caf_individual_score' ? ', assessor_id' : '';
  await manager.query(
    `INSERT INTO ${table} (cycle_id, programme_id, office_id, code, score${assessor})
     SELECT x.cycle, $1, $2, x.code, x.score${assessor ? ', $6' : ''}
       FROM unnest($3::uuid[], $4::text[], $5::int[]) AS x(cycle, code, score)`,
    [programmeId, officeId, ...[0, 1, 2].map((column) => rows.map((row) => row[column])), ...(assessorId ? [assessorId] : [])],
  );
}
