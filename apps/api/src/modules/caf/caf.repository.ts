import { Injectable } from '@nestjs/common';
import type { CafActionStatus, CafCycleState, Role, SubmissionStatus } from '@officebench/domain';
import type { EntityManager } from 'typeorm';
import type { PeriodEntity } from '../periods/entities/period.entity';

export interface CycleRow {
  id: string;
  programmeId: string;
  officeId: string;
  officeName: string;
  periodId: string;
  periodLabel: string;
  state: CafCycleState;
  version: number;
  openedAt: Date;
  consensusAt: Date | null;
  closedAt: Date | null;
  criterionScores: number[] | null;
  total: number | null;
}

export interface AssessorRow {
  cycleId: string;
  userId: string;
  displayName: string;
  scored: number;
}

export interface ScoreRow {
  cycleId: string;
  assessorId: string | null;
  code: string;
  score: number | null;
  evidence: string;
  strengths: string;
  improvements: string;
}

export interface ActionRow {
  id: string;
  cycleId: string;
  programmeId: string;
  officeId: string;
  code: string;
  indicatorCode: string | null;
  title: string;
  owner: string;
  dueOn: string | null;
  status: CafActionStatus;
  completedOn: string | null;
  result: string;
  version: number;
}

export interface ScoreWrite {
  code: string;
  score: number | null;
  /** null: keep the stored text */
  evidence: string | null;
  strengths: string | null;
  improvements: string | null;
}

export interface ActionWrite {
  code: string;
  indicatorId: string | null;
  title: string;
  owner: string;
  dueOn: string | null;
  status: CafActionStatus;
  result: string;
}

const PERIOD_COLUMNS = `id, programme_id AS "programmeId", kind, label, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn",
  to_char(ends_on, 'YYYY-MM-DD') AS "endsOn", opens_at AS "opensAt", deadline, locked_at AS "lockedAt", released_at AS "releasedAt"`;

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

const CYCLE_COLUMNS = `c.id, c.programme_id AS "programmeId", c.office_id AS "officeId", o.name AS "officeName", c.period_id AS "periodId",
  p.label AS "periodLabel", c.state, c.version, c.opened_at AS "openedAt", c.consensus_at AS "consensusAt", c.closed_at AS "closedAt",
  c.criterion_scores AS "criterionScores", c.total`;
const CYCLE_FROM = `caf_cycle c JOIN office o ON o.id = c.office_id JOIN period p ON p.id = c.period_id`;

function cycleOf(row: Record<string, unknown>): CycleRow {
  return {
    ...(row as unknown as CycleRow),
    criterionScores: row['criterionScores'] ? (row['criterionScores'] as string[]).map(Number) : null,
    total: num(row['total']),
  };
}

const ACTION_COLUMNS = `a.id, a.cycle_id AS "cycleId", a.programme_id AS "programmeId", a.office_id AS "officeId", a.code,
  i.code AS "indicatorCode", a.title, a.owner, to_char(a.due_on, 'YYYY-MM-DD') AS "dueOn", a.status,
  to_char(a.completed_on, 'YYYY-MM-DD') AS "completedOn", a.result, a.version`;

/** The SQL of CAF self-assessment; every statement runs in the caller's scoped transaction (row-level security). */
@Injectable()
export class CafRepository {
  async cycles(manager: EntityManager, where: { officeId: string; programmeId: string } | { ids: string[] }): Promise<CycleRow[]> {
    const [condition, params] =
      'ids' in where
        ? ['c.id = ANY ($1::uuid[])', [where.ids]]
        : ['c.programme_id = $1 AND c.office_id = $2', [where.programmeId, where.officeId]];
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT ${CYCLE_COLUMNS} FROM ${CYCLE_FROM} WHERE ${condition} ORDER BY p.starts_on, c.opened_at`,
      params,
    );
    return rows.map(cycleOf);
  }

  async programmeCycles(manager: EntityManager, programmeId: string): Promise<Array<CycleRow & { assessorCount: number }>> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT ${CYCLE_COLUMNS}, (SELECT count(*)::int FROM caf_assessor a WHERE a.cycle_id = c.id) AS "assessorCount"
         FROM ${CYCLE_FROM} WHERE c.programme_id = $1 ORDER BY p.starts_on, o.name`,
      [programmeId],
    );
    return rows.map((row) => ({ ...cycleOf(row), assessorCount: Number(row['assessorCount']) }));
  }

  /**
   * The cycle locked for a change of state or group (FOR UPDATE), or against one while a draft is written
   * (FOR SHARE); null when the caller may not change it (row-level security hides it from such locks).
   */
  async lockCycle(manager: EntityManager, id: string, mode: 'UPDATE' | 'SHARE' = 'UPDATE'): Promise<CycleRow | null> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT ${CYCLE_COLUMNS} FROM ${CYCLE_FROM} WHERE c.id = $1 FOR ${mode === 'UPDATE' ? 'UPDATE' : 'SHARE'} OF c`,
      [id],
    );
    return rows[0] ? cycleOf(rows[0]) : null;
  }

  async assessors(manager: EntityManager, cycleIds: string[]): Promise<AssessorRow[]> {
    return manager.query(
      `SELECT a.cycle_id AS "cycleId", a.user_id AS "userId", u.display_name AS "displayName", a.scored
         FROM caf_assessor a JOIN app_user u ON u.id = a.user_id
        WHERE a.cycle_id = ANY ($1::uuid[]) ORDER BY u.display_name, u.id`,
      [cycleIds],
    );
  }

  /** The individual scores row-level security shows the caller (its own; everyone's from consensus on). */
  async individualScores(manager: EntityManager, cycleIds: string[]): Promise<ScoreRow[]> {
    return manager.query(
      `SELECT cycle_id AS "cycleId", assessor_id AS "assessorId", code, score, evidence, strengths, improvements
         FROM caf_individual_score WHERE cycle_id = ANY ($1::uuid[]) ORDER BY code`,
      [cycleIds],
    );
  }

  async consensusScores(manager: EntityManager, cycleIds: string[]): Promise<ScoreRow[]> {
    return manager.query(
      `SELECT cycle_id AS "cycleId", NULL AS "assessorId", code, score, evidence, strengths, improvements
         FROM caf_consensus_score WHERE cycle_id = ANY ($1::uuid[]) ORDER BY code`,
      [cycleIds],
    );
  }

  async actions(manager: EntityManager, where: { cycleIds: string[] } | { programmeId: string; officeId: string }): Promise<ActionRow[]> {
    const [condition, params] =
      'cycleIds' in where
        ? ['a.cycle_id = ANY ($1::uuid[])', [where.cycleIds]]
        : ['a.programme_id = $1 AND a.office_id = $2', [where.programmeId, where.officeId]];
    return manager.query(
      `SELECT ${ACTION_COLUMNS} FROM caf_action a LEFT JOIN indicator i ON i.id = a.indicator_id
        WHERE ${condition} ORDER BY a.due_on NULLS LAST, a.created_at, a.id`,
      params,
    );
  }

  async lockAction(manager: EntityManager, id: string): Promise<ActionRow | null> {
    const rows: ActionRow[] = await manager.query(
      `SELECT ${ACTION_COLUMNS} FROM caf_action a LEFT JOIN indicator i ON i.id = a.indicator_id WHERE a.id = $1 FOR UPDATE OF a`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The programme's CAF periods, or those of `ids` (the period table is public structure, not under row-level security). */
  async cafPeriods(manager: EntityManager, programmeId: string, ids?: string[]): Promise<PeriodEntity[]> {
    return manager.query(
      `SELECT ${PERIOD_COLUMNS} FROM period WHERE programme_id = $1 AND ($2::uuid[] IS NULL OR id = ANY ($2::uuid[]))
          AND ($2::uuid[] IS NOT NULL OR kind = 'CAF_CYCLE') ORDER BY starts_on`,
      [programmeId, ids ?? null],
    );
  }

  /** The programme's quarters holding any of these days, and whether each is open for entry now. */
  async quartersHolding(
    manager: EntityManager,
    programmeId: string,
    days: string[],
  ): Promise<Array<{ id: string; startsOn: string; endsOn: string; open: boolean }>> {
    return manager.query(
      `SELECT id, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn",
              opens_at <= now() AND (locked_at IS NULL OR locked_at > now()) AS open
         FROM period WHERE programme_id = $1 AND kind = 'QUARTER'
          AND EXISTS (SELECT 1 FROM unnest($2::date[]) AS d WHERE d BETWEEN starts_on AND ends_on)
        ORDER BY starts_on`,
      [programmeId, days],
    );
  }

  async officeName(manager: EntityManager, programmeId: string, officeId: string): Promise<string | null> {
    const rows: Array<{ name: string }> = await manager.query(
      `SELECT o.name FROM programme_office po JOIN office o ON o.id = po.office_id WHERE po.programme_id = $1 AND po.office_id = $2`,
      [programmeId, officeId],
    );
    return rows[0]?.name ?? null;
  }

  /** The programme's offices in programme order. */
  async programmeOffices(manager: EntityManager, programmeId: string): Promise<Array<{ officeId: string; name: string }>> {
    return manager.query(
      `SELECT o.id AS "officeId", o.name FROM programme_office po JOIN office o ON o.id = po.office_id
        WHERE po.programme_id = $1 ORDER BY po.position`,
      [programmeId],
    );
  }

  /** The accounts that may join the office's group: its coordinators and assessors. */
  async groupCandidates(
    manager: EntityManager,
    programmeId: string,
    officeId: string,
  ): Promise<Array<{ userId: string; displayName: string; email: string; role: Role }>> {
    return manager.query(
      `SELECT DISTINCT ON (u.display_name, u.id) u.id AS "userId", u.display_name AS "displayName", u.email, g.role
         FROM role_grant g JOIN app_user u ON u.id = g.user_id
        WHERE g.programme_id = $1 AND g.office_id = $2 AND g.role IN ('OFFICE_COORDINATOR', 'OFFICE_ASSESSOR') AND u.is_active
        ORDER BY u.display_name, u.id, g.role DESC`,
      [programmeId, officeId],
    );
  }

  async insertCycle(
    manager: EntityManager,
    cycle: { programmeId: string; officeId: string; periodId: string },
    userId: string,
  ): Promise<string> {
    const [row]: Array<{ id: string }> = await manager.query(
      `INSERT INTO caf_cycle (programme_id, office_id, period_id, opened_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (office_id, period_id) DO NOTHING RETURNING id`,
      [cycle.programmeId, cycle.officeId, cycle.periodId, userId],
    );
    return row?.id ?? '';
  }

  /** Makes the group exactly `userIds` (a removed member's private scores go with it). */
  async setGroup(manager: EntityManager, cycle: CycleRow, userIds: string[]): Promise<void> {
    await manager.query(`DELETE FROM caf_assessor WHERE cycle_id = $1 AND NOT (user_id = ANY ($2::uuid[]))`, [cycle.id, userIds]);
    await manager.query(
      `INSERT INTO caf_assessor (cycle_id, programme_id, office_id, user_id)
       SELECT $1, $2, $3, unnest($4::uuid[]) ON CONFLICT DO NOTHING`,
      [cycle.id, cycle.programmeId, cycle.officeId, userIds],
    );
  }

  async bumpCycle(
    manager: EntityManager,
    id: string,
    change: Partial<Pick<CycleRow, 'state' | 'criterionScores' | 'total'>> = {},
  ): Promise<void> {
    await manager.query(
      `UPDATE caf_cycle SET version = version + 1,
              state = coalesce($2, state),
              consensus_at = CASE WHEN $2 = 'CONSENSUS' THEN now() ELSE consensus_at END,
              closed_at = CASE WHEN $2 = 'CLOSED' THEN now() ELSE closed_at END,
              criterion_scores = coalesce($3::numeric[], criterion_scores),
              total = coalesce($4::numeric, total)
        WHERE id = $1`,
      [id, change.state ?? null, change.criterionScores ?? null, change.total ?? null],
    );
  }

  /**
   * Upserts scores of one cycle: the caller's own (`assessorId`) or the consensus (null). The score is
   * always set (null clears it); a text sent as null keeps the stored one (empty for a new row).
   */
  async writeScores(
    manager: EntityManager,
    cycle: CycleRow,
    assessorId: string | null,
    scores: readonly ScoreWrite[],
    userId: string,
  ): Promise<void> {
    const data = JSON.stringify(scores);
    const columns = `code, score, evidence, strengths, improvements`;
    const source = `SELECT s.code, s.score, coalesce(s.evidence, '') AS evidence, coalesce(s.strengths, '') AS strengths,
        coalesce(s.improvements, '') AS improvements, s.evidence IS NULL AS keep_evidence, s.strengths IS NULL AS keep_strengths,
        s.improvements IS NULL AS keep_improvements
      FROM json_to_recordset($4::json) AS s(code text, score int, evidence text, strengths text, improvements text)`;
    const update = (table: string) => `score = excluded.score,
      evidence = CASE WHEN (SELECT keep_evidence FROM sent WHERE sent.code = excluded.code) THEN ${table}.evidence ELSE excluded.evidence END,
      strengths = CASE WHEN (SELECT keep_strengths FROM sent WHERE sent.code = excluded.code) THEN ${table}.strengths ELSE excluded.strengths END,
      improvements = CASE WHEN (SELECT keep_improvements FROM sent WHERE sent.code = excluded.code) THEN ${table}.improvements ELSE excluded.improvements END,
      updated_at = now()`;
    if (assessorId !== null) {
      await manager.query(
        `WITH sent AS (${source})
         INSERT INTO caf_individual_score (cycle_id, programme_id, office_id, assessor_id, ${columns})
         SELECT $1, $2, $3, $5, ${columns} FROM sent
         ON CONFLICT (cycle_id, assessor_id, code) DO UPDATE SET ${update('caf_individual_score')}`,
        [cycle.id, cycle.programmeId, cycle.officeId, data, assessorId],
      );
    } else {
      await manager.query(
        `WITH sent AS (${source})
         INSERT INTO caf_consensus_score (cycle_id, programme_id, office_id, updated_by, ${columns})
         SELECT $1, $2, $3, $5, ${columns} FROM sent
         ON CONFLICT (cycle_id, code) DO UPDATE SET ${update('caf_consensus_score')}, updated_by = excluded.updated_by`,
        [cycle.id, cycle.programmeId, cycle.officeId, data, userId],
      );
    }
  }

  async insertAction(manager: EntityManager, cycle: CycleRow, action: ActionWrite): Promise<string> {
    const [row]: Array<{ id: string }> = await manager.query(
      `INSERT INTO caf_action (cycle_id, programme_id, office_id, code, indicator_id, title, owner, due_on, status, completed_on, result)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $9 = 'DONE' THEN current_date END, $10) RETURNING id`,
      [
        cycle.id,
        cycle.programmeId,
        cycle.officeId,
        action.code,
        action.indicatorId,
        action.title,
        action.owner,
        action.dueOn,
        action.status,
        action.result,
      ],
    );
    return row.id;
  }

  /** Whether the caller can see the action at all (to tell FORBIDDEN from NOT_FOUND). */
  async actionVisible(manager: EntityManager, id: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM caf_action WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  /** Updates an action if it is still at `version`; false when someone changed it meanwhile. */
  async updateAction(manager: EntityManager, id: string, action: ActionWrite, version: number): Promise<boolean> {
    // TypeORM answers an UPDATE or DELETE with [rows, affected count].
    const [, changed]: [unknown[], number] = await manager.query(
      `UPDATE caf_action SET code = $2, indicator_id = $3, title = $4, owner = $5, due_on = $6, status = $7,
              completed_on = CASE WHEN $7 = 'DONE' THEN coalesce(completed_on, current_date) END,
              result = $8, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $9 RETURNING id`,
      [id, action.code, action.indicatorId, action.title, action.owner, action.dueOn, action.status, action.result, version],
    );
    return changed > 0;
  }

  async deleteAction(manager: EntityManager, id: string, version: number): Promise<boolean> {
    const [, deleted]: [unknown[], number] = await manager.query(`DELETE FROM caf_action WHERE id = $1 AND version = $2 RETURNING id`, [
      id,
      version,
    ]);
    return deleted > 0;
  }

  /** The office's submission status of one period (null: none). */
  async submissionStatus(manager: EntityManager, officeId: string, periodId: string): Promise<SubmissionStatus | null> {
    const rows: Array<{ status: SubmissionStatus }> = await manager.query(
      `SELECT status FROM submission WHERE office_id = $1 AND period_id = $2`,
      [officeId, periodId],
    );
    return rows[0]?.status ?? null;
  }

  /** The programme's change target of CAF_TOTAL_SCORE (+150), if it sets one. */
  async targetChange(manager: EntityManager, programmeId: string): Promise<number | null> {
    const rows: Array<{ value: string }> = await manager.query(
      `SELECT t.value FROM programme_target t JOIN indicator i ON i.id = t.indicator_id
        WHERE t.programme_id = $1 AND i.code = 'CAF_TOTAL_SCORE' AND t.kind = 'CHANGE'`,
      [programmeId],
    );
    return rows[0] ? Number(rows[0].value) : null;
  }

  /**
   * The released criterion means for the office's peer groups in a CAF period, from its latest release
   * (no row for a group: the period was not released).
   */
  async criterionCells(
    manager: EntityManager,
    programmeId: string,
    officeId: string,
    periodId: string,
  ): Promise<Array<{ peerGroupId: string; peerGroupName: string; band: string | null; reason: string | null; means: number[] | null }>> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT g.id AS "peerGroupId", g.name AS "peerGroupName", cell.contributors_band AS band, cell.suppression_reason AS reason,
              cell.criterion_means AS means
         FROM peer_group_member m JOIN peer_group g ON g.id = m.peer_group_id
         LEFT JOIN LATERAL (SELECT * FROM caf_criterion_cell x WHERE x.period_id = $3 AND x.peer_group_id = g.id
                             ORDER BY x.release_no DESC LIMIT 1) AS cell ON true
        WHERE m.programme_id = $1 AND m.office_id = $2
        ORDER BY g.basis = 'ALL' DESC, g.name`,
      [programmeId, officeId, periodId],
    );
    return rows.map((row) => ({
      peerGroupId: row['peerGroupId'] as string,
      peerGroupName: row['peerGroupName'] as string,
      band: (row['band'] as string | null) ?? null,
      reason: (row['reason'] as string | null) ?? (row['band'] ? null : 'NOT_RELEASED'),
      means: row['means'] ? (row['means'] as string[]).map(Number) : null,
    }));
  }
}
