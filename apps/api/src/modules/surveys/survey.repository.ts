import { Injectable } from '@nestjs/common';
import type { ExtraQuestionInput, QuestionResult, SurveyAnswers, SurveyKind, SurveyQuestion } from '@officebench/domain';
import type { DataSource, EntityManager } from 'typeorm';

export interface RoundRow {
  id: string;
  programmeId: string;
  officeId: string;
  officeName: string;
  periodId: string;
  periodLabel: string;
  kind: SurveyKind;
  code: string;
  state: 'OPEN' | 'CLOSED';
  questions: SurveyQuestion[];
  invited: number;
  version: number;
  openedOn: string;
  closedOn: string | null;
  respondents: number | null;
  satisfied: number | null;
  results: QuestionResult[] | null;
}

export interface PublicRound {
  id: string;
  code: string;
  kind: SurveyKind;
  state: 'OPEN' | 'CLOSED';
  questions: SurveyQuestion[];
  officeName: string;
  periodLabel: string;
}

export type CastOutcome = 'ACCEPTED' | 'CLOSED' | 'FORM_USED' | 'INVITATION_USED';

export interface AnnualPeriod {
  id: string;
  label: string;
  startsOn: Date;
  endsOn: Date;
  deadline: Date;
  lockedAt: Date | null;
}

export interface QuestionCell {
  peerGroupId: string;
  peerGroupName: string;
  band: string | null;
  reason: string | null;
  means: Record<string, number> | null;
}

const ROUND_COLUMNS = `r.id, r.programme_id AS "programmeId", r.office_id AS "officeId", o.name AS "officeName",
  r.period_id AS "periodId", p.label AS "periodLabel", r.kind, r.code, r.state, r.questionnaire AS questions, r.invited,
  r.version, to_char(r.opened_on, 'YYYY-MM-DD') AS "openedOn", to_char(r.closed_on, 'YYYY-MM-DD') AS "closedOn",
  r.respondents, r.satisfied, r.results`;
const ROUND_FROM = `survey_round r JOIN office o ON o.id = r.office_id JOIN period p ON p.id = r.period_id`;

/** The surveys' SQL (docs/surveys.md): rounds, invitations, the answering functions, the sweep, the released cells. */
@Injectable()
export class SurveyRepository {
  async extras(manager: EntityManager, programmeId: string, kind: SurveyKind): Promise<{ extras: ExtraQuestionInput[]; version: number }> {
    const [row] = await manager.query('SELECT extras, version FROM survey_questionnaire WHERE programme_id = $1 AND kind = $2', [
      programmeId,
      kind,
    ]);
    return row ? { extras: row.extras, version: row.version } : { extras: [], version: 0 };
  }

  /** Saves the extras when the stored version is `expectedVersion` (0: none stored yet); false when it was not. */
  async saveExtras(
    manager: EntityManager,
    programmeId: string,
    kind: SurveyKind,
    extras: readonly ExtraQuestionInput[],
    expectedVersion: number,
  ): Promise<boolean> {
    if (expectedVersion === 0) {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO survey_questionnaire (programme_id, kind, extras) VALUES ($1, $2, $3)
         ON CONFLICT (programme_id, kind) DO NOTHING RETURNING version`,
        [programmeId, kind, JSON.stringify(extras)],
      );
      return inserted.length === 1;
    }
    // An UPDATE answers [rows, affected] through TypeORM's PostgreSQL driver.
    const [, updated]: [unknown[], number] = await manager.query(
      `UPDATE survey_questionnaire SET extras = $3, version = version + 1, updated_at = now()
        WHERE programme_id = $1 AND kind = $2 AND version = $4`,
      [programmeId, kind, JSON.stringify(extras), expectedVersion],
    );
    return updated === 1;
  }

  async rounds(manager: EntityManager, where: { ids?: string[]; programmeId?: string; officeId?: string }): Promise<RoundRow[]> {
    return manager.query(
      `SELECT ${ROUND_COLUMNS} FROM ${ROUND_FROM}
        WHERE ($1::uuid[] IS NULL OR r.id = ANY ($1)) AND ($2::uuid IS NULL OR r.programme_id = $2) AND ($3::uuid IS NULL OR r.office_id = $3)
        ORDER BY p.starts_on DESC, r.kind, o.name`,
      [where.ids ?? null, where.programmeId ?? null, where.officeId ?? null],
    );
  }

  /** The round locked for a change; null when the caller may not change it (row-level security) or it does not exist. */
  async lockRound(manager: EntityManager, id: string): Promise<RoundRow | null> {
    const [locked] = await manager.query('SELECT id FROM survey_round WHERE id = $1 FOR UPDATE', [id]);
    if (!locked) return null;
    const [row] = await this.rounds(manager, { ids: [id] });
    return row;
  }

  async insertRound(
    manager: EntityManager,
    round: {
      programmeId: string;
      officeId: string;
      periodId: string;
      kind: SurveyKind;
      code: string;
      questions: readonly SurveyQuestion[];
    },
    userId: string,
  ): Promise<string | null> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO survey_round (programme_id, office_id, period_id, kind, code, questionnaire, opened_by)
       VALUES ($1, $2, $3, $4, $5, $6, (SELECT id FROM app_user WHERE id::text = $7))
       ON CONFLICT (office_id, period_id, kind) DO NOTHING RETURNING id`,
      [round.programmeId, round.officeId, round.periodId, round.kind, round.code, JSON.stringify(round.questions), userId],
    );
    return rows[0]?.id ?? null;
  }

  async addInvitations(manager: EntityManager, roundId: string, hashes: readonly Buffer[]): Promise<void> {
    await manager.query('INSERT INTO survey_invitation (token_hash, round_id) SELECT unnest($2::bytea[]), $1', [roundId, hashes]);
    await manager.query('UPDATE survey_round SET invited = invited + $2, version = version + 1 WHERE id = $1', [roundId, hashes.length]);
  }

  async close(
    manager: EntityManager,
    roundId: string,
    counts: { respondents: number; satisfied: number; results: QuestionResult[]; questionMeans: Record<string, number> },
  ): Promise<void> {
    await manager.query(
      `UPDATE survey_round SET state = 'CLOSED', closed_on = current_date, respondents = $2, satisfied = $3, results = $4,
              question_means = $5, version = version + 1
        WHERE id = $1`,
      [roundId, counts.respondents, counts.satisfied, JSON.stringify(counts.results), JSON.stringify(counts.questionMeans)],
    );
  }

  /** Answers received per round, swept or still in the ballot box, for the rounds the caller may see. */
  async answerCounts(manager: EntityManager, roundIds: readonly string[]): Promise<Map<string, number>> {
    if (roundIds.length === 0) return new Map();
    const rows: Array<{ round_id: string; answers: string }> = await manager.query('SELECT * FROM survey_answer_counts($1::uuid[])', [
      roundIds,
    ]);
    return new Map(rows.map((row) => [row.round_id, Number(row.answers)]));
  }

  /** The round's answers, all swept (the caller has locked the round, so none is in flight). */
  async sweptResponses(manager: EntityManager, roundId: string): Promise<SurveyAnswers[]> {
    await manager.query('SELECT survey_sweep($1)', [roundId]);
    const rows: Array<{ answers: SurveyAnswers }> = await manager.query('SELECT answers FROM survey_response WHERE round_id = $1', [
      roundId,
    ]);
    return rows.map((row) => row.answers);
  }

  async annualPeriods(manager: EntityManager, programmeId: string, ids?: string[]): Promise<AnnualPeriod[]> {
    return manager.query(
      `SELECT id, label, starts_on AS "startsOn", ends_on AS "endsOn", deadline, locked_at AS "lockedAt"
         FROM period WHERE programme_id = $1 AND kind = 'YEAR' AND ($2::uuid[] IS NULL OR id = ANY ($2))
        ORDER BY starts_on DESC`,
      [programmeId, ids ?? null],
    );
  }

  async officeName(manager: EntityManager, programmeId: string, officeId: string): Promise<string | null> {
    const [row] = await manager.query(
      'SELECT o.name FROM programme_office po JOIN office o ON o.id = po.office_id WHERE po.programme_id = $1 AND po.office_id = $2',
      [programmeId, officeId],
    );
    return row?.name ?? null;
  }

  async threshold(manager: EntityManager, programmeId: string): Promise<number> {
    const [row] = await manager.query('SELECT anonymity_threshold FROM programme WHERE id = $1', [programmeId]);
    return row.anonymity_threshold;
  }

  /** The status of each office's submission of the period, by `officeId/periodId` (absent: none yet), in one statement. */
  async submissionStatuses(
    manager: EntityManager,
    pairs: ReadonlyArray<{ officeId: string; periodId: string }>,
  ): Promise<Map<string, string>> {
    if (pairs.length === 0) return new Map();
    const rows: Array<{ key: string; status: string }> = await manager.query(
      `SELECT s.office_id || '/' || s.period_id AS key, s.status FROM submission s
         JOIN unnest($1::uuid[], $2::uuid[]) AS p (office_id, period_id) ON p.office_id = s.office_id AND p.period_id = s.period_id`,
      [pairs.map((pair) => pair.officeId), pairs.map((pair) => pair.periodId)],
    );
    return new Map(rows.map((row) => [row.key, row.status]));
  }

  async questionCells(
    manager: EntityManager,
    round: Pick<RoundRow, 'programmeId' | 'officeId' | 'periodId' | 'kind'>,
  ): Promise<QuestionCell[]> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT g.id AS "peerGroupId", g.name AS "peerGroupName", cell.contributors_band AS band, cell.suppression_reason AS reason,
              cell.question_means AS means
         FROM peer_group_member m JOIN peer_group g ON g.id = m.peer_group_id
         LEFT JOIN LATERAL (SELECT * FROM survey_question_cell x WHERE x.period_id = $3 AND x.peer_group_id = g.id AND x.kind = $4
                             ORDER BY x.release_no DESC LIMIT 1) AS cell ON true
        WHERE m.programme_id = $1 AND m.office_id = $2
        ORDER BY g.basis = 'ALL' DESC, g.name`,
      [round.programmeId, round.officeId, round.periodId, round.kind],
    );
    return rows.map((row) => ({
      peerGroupId: row['peerGroupId'] as string,
      peerGroupName: row['peerGroupName'] as string,
      band: (row['band'] as string | null) ?? null,
      reason: (row['reason'] as string | null) ?? (row['band'] ? null : 'NOT_RELEASED'),
      means: (row['means'] as Record<string, number> | null) ?? null,
    }));
  }
}

/**
 * The public answering page's SQL: it has no user, so it goes only through the SECURITY DEFINER
 * functions of the migration (a round by its code, an invitation's state, one answer, the sweep).
 */
@Injectable()
export class SurveyAnsweringRepository {
  async secret(dataSource: DataSource): Promise<Buffer> {
    const [row] = await dataSource.query('SELECT key FROM survey_secret');
    return row.key;
  }

  async publicRound(dataSource: DataSource, code: string): Promise<PublicRound | null> {
    const [row] = await dataSource.query(
      `SELECT id, kind, state, questionnaire AS questions, office_name AS "officeName", period_label AS "periodLabel"
         FROM survey_public_round($1)`,
      [code],
    );
    return row ? { ...row, code } : null;
  }

  async invitationUnused(dataSource: DataSource, roundId: string, tokenHash: Buffer): Promise<boolean> {
    const [row] = await dataSource.query('SELECT survey_invitation_unused($1, $2) AS unused', [roundId, tokenHash]);
    return row.unused;
  }

  async cast(
    dataSource: DataSource,
    vote: { roundId: string; formHash: Buffer; formExpires: Date; invitationHash: Buffer | null; answers: SurveyAnswers },
  ): Promise<CastOutcome> {
    const [row] = await dataSource.query('SELECT survey_cast($1, $2, $3, $4, $5) AS outcome', [
      vote.roundId,
      vote.formHash,
      vote.formExpires,
      vote.invitationHash,
      JSON.stringify(vote.answers),
    ]);
    return row.outcome;
  }

  async sweep(dataSource: DataSource): Promise<number> {
    const [row] = await dataSource.query('SELECT survey_sweep(NULL) AS moved');
    return row.moved;
  }
}
