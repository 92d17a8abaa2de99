import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CheckedIndicator, Periodicity, PeriodKind, SubmissionStatus } from '@officebench/domain';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { AppError } from '../../common/errors';
import { message } from '../../common/messages';
import { currentLanguage } from '../../common/request-context';
import { IndicatorEntity } from '../indicators/entities/indicator.entity';
import { ProgrammeIndicatorEntity } from '../indicators/entities/programme-indicator.entity';
import { PeriodEntity } from '../periods/entities/period.entity';
import { ProgrammeOfficeEntity } from '../programmes/entities/programme-office.entity';
import { SubmissionValueEntity } from './entities/submission-value.entity';
import { SubmissionEntity } from './entities/submission.entity';

export interface ProgrammeIndicator extends CheckedIndicator {
  id: string;
  namePl: string;
  periodicity: Periodicity;
  numeratorLabelPl: string | null;
  denominatorLabelPl: string | null;
  numeratorLabelEn: string | null;
  denominatorLabelEn: string | null;
  mandatory: boolean;
}

export interface PeriodRow {
  id: string;
  kind: PeriodKind;
  label: string;
  opensAt: Date;
  lockedAt: Date | null;
}

export interface SubmissionRow {
  id: string;
  officeId: string;
  periodId: string;
  status: SubmissionStatus;
  version: number;
}

/** One line of the lead's completeness view (see CompletenessService). */
export interface CompletenessRow {
  officeId: string;
  periodId: string;
  kind: PeriodKind;
  deadline: Date;
  status: SubmissionStatus | null;
  submittedAt: Date | null;
  filledCount: number;
}

interface ValueRow {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  comment: string | null;
}

const num = (value: string | null) => (value === null ? null : Number(value));

const SUBMISSION_COLUMNS = 'id, office_id AS "officeId", period_id AS "periodId", status, version';

/**
 * The SQL of the submission workflow, in one place: reads and writes of raw office values, always
 * through the caller's scoped transaction (row-level security decides what exists). The few reads of
 * a programme's structure that need no scope (periods, membership, indicators) use the DataSource.
 */
@Injectable()
export class SubmissionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A period by id, outside any scope (periods are not under row-level security). */
  periodById(id: string): Promise<PeriodEntity | null> {
    return this.dataSource.getRepository(PeriodEntity).findOneBy({ id });
  }

  /** The office's membership of the programme, with the office; null when it is not in the programme. */
  membershipWithOffice(programmeId: string, officeId: string): Promise<ProgrammeOfficeEntity | null> {
    return this.dataSource.getRepository(ProgrammeOfficeEntity).findOne({ where: { programmeId, officeId }, relations: { office: true } });
  }

  /** The programme's indicator set with the definitions, in programme order. */
  programmeIndicatorDefinitions(programmeId: string): Promise<ProgrammeIndicatorEntity[]> {
    return this.dataSource.getRepository(ProgrammeIndicatorEntity).find({
      where: { programmeId },
      relations: { indicator: true },
      order: { position: 'ASC' },
    });
  }

  /** `programmeIndicators` outside any transaction (programme_indicator is not under row-level security). */
  programmeIndicatorsUnscoped(programmeId: string): Promise<Map<string, ProgrammeIndicator>> {
    return this.programmeIndicators(this.dataSource.manager, programmeId);
  }

  findSubmission(manager: EntityManager, where: { id: string } | { officeId: string; periodId: string }): Promise<SubmissionEntity | null> {
    return manager.findOneBy(SubmissionEntity, where);
  }

  /** The submission, locked for the rest of the transaction. */
  lockSubmission(manager: EntityManager, id: string): Promise<SubmissionEntity | null> {
    return manager.findOne(SubmissionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  periodInTransaction(manager: EntityManager, id: string): Promise<PeriodEntity> {
    return manager.findOneByOrFail(PeriodEntity, { id });
  }

  valuesOf(manager: EntityManager, submissionIds: readonly string[]): Promise<SubmissionValueEntity[]> {
    return manager.findBy(SubmissionValueEntity, { submissionId: In([...submissionIds]) });
  }

  /**
   * The programme's submissions for the lead's review list, filtered by period and status when given,
   * the longest waiting first (then by period and office name).
   */
  reviewList(
    manager: EntityManager,
    programmeId: string,
    periodId: string | null,
    status: SubmissionStatus | null,
  ): Promise<SubmissionEntity[]> {
    return manager.query(
      `SELECT s.id, s.programme_id AS "programmeId", s.office_id AS "officeId", s.period_id AS "periodId", s.status, s.version,
              s.return_reason AS "returnReason", s.submitted_at AS "submittedAt", s.approved_at AS "approvedAt",
              s.created_at AS "createdAt", s.updated_at AS "updatedAt"
         FROM submission s JOIN period p ON p.id = s.period_id JOIN office o ON o.id = s.office_id
        WHERE s.programme_id = $1 AND ($2::uuid IS NULL OR s.period_id = $2) AND ($3::text IS NULL OR s.status = $3)
        ORDER BY s.submitted_at NULLS LAST, p.starts_on, o.name, s.id`,
      [programmeId, periodId, status],
    );
  }

  /** The latest reason the lead gave (returning or reopening) for each of these submissions, from the audit log. */
  latestReasons(
    manager: EntityManager,
    submissionIds: readonly string[],
  ): Promise<Array<{ submissionId: string; action: string; reason: string; at: Date }>> {
    return manager.query(
      `SELECT DISTINCT ON (entity_id) entity_id AS "submissionId", action, new_value->>'reason' AS reason, occurred_at AS at
         FROM audit_log
        WHERE entity = 'submission' AND entity_id = ANY($1::text[])
          AND action IN ('SUBMISSION_RETURN', 'SUBMISSION_REOPEN') AND new_value ? 'reason'
        ORDER BY entity_id, occurred_at DESC, id DESC`,
      [submissionIds],
    );
  }

  indicatorsByIds(manager: EntityManager, ids: readonly string[]): Promise<IndicatorEntity[]> {
    return manager.findBy(IndicatorEntity, { id: In([...ids]) });
  }

  /**
   * Each (office, period)'s handed-in values of earlier periods of the same kind, oldest first, in one
   * statement for any number of pairs.
   */
  history(
    manager: EntityManager,
    programmeId: string,
    pairs: ReadonlyArray<{ officeId: string; periodId: string }>,
  ): Promise<Array<{ officeId: string; periodId: string; indicatorId: string; periodLabel: string; value: number }>> {
    return manager.query(
      `SELECT t.office_id AS "officeId", t.period_id AS "periodId", v.indicator_id AS "indicatorId", earlier.label AS "periodLabel",
              v.value::float8 AS value
         FROM unnest($2::uuid[], $3::uuid[]) AS t(office_id, period_id)
         JOIN period current ON current.id = t.period_id AND current.programme_id = $1
         JOIN period earlier ON earlier.programme_id = current.programme_id AND earlier.kind = current.kind AND earlier.ends_on < current.starts_on
         JOIN submission s ON s.period_id = earlier.id AND s.office_id = t.office_id AND s.status IN ('SUBMITTED', 'APPROVED')
         JOIN submission_value v ON v.submission_id = s.id AND v.value IS NOT NULL
        ORDER BY earlier.starts_on`,
      [programmeId, pairs.map((p) => p.officeId), pairs.map((p) => p.periodId)],
    );
  }

  /**
   * The office's own entries of one indicator in the given periods, run in the caller's scoped
   * transaction (row-level security shows a coordinator only its own office's submissions). A period
   * with no submission, or a submission without this indicator, has no row.
   */
  ownEntries(
    manager: EntityManager,
    officeId: string,
    indicatorId: string,
    periodIds: readonly string[],
  ): Promise<
    Array<{ periodId: string; status: SubmissionStatus; value: number | null; numerator: number | null; denominator: number | null }>
  > {
    return manager.query(
      `SELECT s.period_id AS "periodId", s.status, v.value::float8 AS value, v.numerator::float8 AS numerator,
              v.denominator::float8 AS denominator
         FROM submission s
         LEFT JOIN submission_value v ON v.submission_id = s.id AND v.indicator_id = $2
        WHERE s.office_id = $1 AND s.period_id = ANY($3::uuid[])`,
      [officeId, indicatorId, [...periodIds]],
    );
  }

  /** A programme's periods of one kind, oldest first (period is not under row-level security). */
  periodsOfKind(programmeId: string, kind: PeriodKind): Promise<PeriodEntity[]> {
    return this.dataSource.getRepository(PeriodEntity).find({ where: { programmeId, kind }, order: { startsOn: 'ASC' } });
  }

  /** The programme's plausibility fences for a period (bounds only; see migration 1764000000000). */
  fences(
    manager: EntityManager,
    programmeId: string,
    periodId: string,
  ): Promise<Array<{ indicator_id: string; low: number; high: number }>> {
    return manager.query('SELECT indicator_id, low, high FROM plausibility_fences($1, $2)', [programmeId, periodId]);
  }

  /** A status change: the new status, a version more, and the times and reason that go with it. */
  async setStatus(manager: EntityManager, submissionId: string, to: SubmissionStatus, reason: string | null): Promise<void> {
    await manager.query(
      `UPDATE submission
          SET status = $2, version = version + 1, updated_at = now(),
              submitted_at = CASE WHEN $2 = 'SUBMITTED' THEN now() ELSE submitted_at END,
              approved_at = CASE WHEN $2 = 'APPROVED' THEN now() ELSE NULL END,
              return_reason = CASE WHEN $2 = 'RETURNED' THEN $3 ELSE NULL END
        WHERE id = $1`,
      [submissionId, to, reason],
    );
  }

  /** Every office of the programme in every period that has opened (or in one), with its submission's status and filled values. */
  completeness(manager: EntityManager, programmeId: string, periodId: string | null = null): Promise<CompletenessRow[]> {
    return manager.query(
      `SELECT po.office_id AS "officeId", p.id AS "periodId", p.kind, p.deadline, s.status, s.submitted_at AS "submittedAt",
              (SELECT count(*)::int FROM submission_value v WHERE v.submission_id = s.id AND v.value IS NOT NULL) AS "filledCount"
         FROM programme_office po
         JOIN period p ON p.programme_id = po.programme_id AND p.opens_at <= now()
         LEFT JOIN submission s ON s.office_id = po.office_id AND s.period_id = p.id
        WHERE po.programme_id = $1 AND ($2::uuid IS NULL OR p.id = $2)
        ORDER BY p.starts_on DESC, p.kind, po.position`,
      [programmeId, periodId],
    );
  }

  /** The periodicity of each indicator of the programme (one row per indicator). */
  periodicitiesOf(manager: EntityManager, programmeId: string): Promise<Array<{ periodicity: Periodicity }>> {
    return manager.query(
      `SELECT i.periodicity FROM programme_indicator pi JOIN indicator i ON i.id = pi.indicator_id WHERE pi.programme_id = $1`,
      [programmeId],
    );
  }

  /** The active coordinators' e-mails by office, in the programme. */
  coordinatorEmails(manager: EntityManager, programmeId: string): Promise<Array<{ officeId: string; email: string }>> {
    return manager.query(
      `SELECT g.office_id AS "officeId", u.email FROM role_grant g JOIN app_user u ON u.id = g.user_id
        WHERE g.programme_id = $1 AND g.role = 'OFFICE_COORDINATOR' AND u.is_active ORDER BY u.email`,
      [programmeId],
    );
  }

  /** The programme's indicators by code, in programme order. */
  async programmeIndicators(manager: EntityManager, programmeId: string): Promise<Map<string, ProgrammeIndicator>> {
    const rows: Array<Record<string, string | boolean | null>> = await manager.query(
      `SELECT i.id, i.code, i.name_pl, i.unit, i.periodicity, i.input_kind, i.scale, i.numerator_label_pl, i.denominator_label_pl,
              i.numerator_label_en, i.denominator_label_en,              i.min_value, i.max_value, pi.mandatory
         FROM programme_indicator pi JOIN indicator i ON i.id = pi.indicator_id
        WHERE pi.programme_id = $1 ORDER BY pi.position`,
      [programmeId],
    );
    return new Map(
      rows.map((r) => [
        r.code as string,
        {
          id: r.id as string,
          code: r.code as string,
          namePl: r.name_pl as string,
          unit: r.unit as string,
          periodicity: r.periodicity as Periodicity,
          numeratorLabelPl: r.numerator_label_pl as string | null,
          denominatorLabelPl: r.denominator_label_pl as string | null,
          numeratorLabelEn: r.numerator_label_en as string | null,
          denominatorLabelEn: r.denominator_label_en as string | null,
          inputKind: r.input_kind as 'VALUE' | 'RATIO',
          scale: Number(r.scale),
          minValue: num(r.min_value as string | null),
          maxValue: num(r.max_value as string | null),
          mandatory: r.mandatory as boolean,
        },
      ]),
    );
  }

  async periods(manager: EntityManager, programmeId: string, ids: readonly string[]): Promise<Map<string, PeriodRow>> {
    const rows: PeriodRow[] = await manager.query(
      `SELECT id, kind, label, opens_at AS "opensAt", locked_at AS "lockedAt" FROM period WHERE programme_id = $1 AND id = ANY($2::uuid[])`,
      [programmeId, ids],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** The submissions of these offices and periods, locked for the rest of the transaction when `lock`. */
  async lockSubmissions(
    manager: EntityManager,
    programmeId: string,
    targets: ReadonlyArray<{ officeId: string; periodId: string }>,
    lock: boolean,
  ): Promise<Map<string, SubmissionRow>> {
    if (targets.length === 0) return new Map();
    const rows: SubmissionRow[] = await manager.query(
      `SELECT ${SUBMISSION_COLUMNS} FROM submission
        WHERE programme_id = $1 AND (office_id, period_id) IN (SELECT * FROM unnest($2::uuid[], $3::uuid[]))
        ORDER BY id ${lock ? 'FOR UPDATE' : ''}`,
      [programmeId, targets.map((t) => t.officeId), targets.map((t) => t.periodId)],
    );
    return new Map(rows.map((r) => [`${r.officeId}/${r.periodId}`, r]));
  }

  /** New drafts; refused as a conflict when another transaction created one of them meanwhile. */
  async createSubmissions(
    manager: EntityManager,
    programmeId: string,
    targets: ReadonlyArray<{ officeId: string; periodId: string }>,
  ): Promise<SubmissionRow[]> {
    if (targets.length === 0) return [];
    const rows: SubmissionRow[] = await manager.query(
      `INSERT INTO submission (programme_id, office_id, period_id)
       SELECT $1, office_id, period_id FROM unnest($2::uuid[], $3::uuid[]) AS t(office_id, period_id)
       ON CONFLICT (office_id, period_id) DO NOTHING
       RETURNING ${SUBMISSION_COLUMNS}`,
      [programmeId, targets.map((t) => t.officeId), targets.map((t) => t.periodId)],
    );
    if (rows.length < targets.length) {
      throw new AppError('CONFLICT', message('submission.startedMeanwhile', currentLanguage()), { current: null });
    }
    return rows;
  }

  async storedValues(manager: EntityManager, submissionIds: readonly string[]): Promise<Map<string, ValueRow>> {
    if (submissionIds.length === 0) return new Map();
    const rows: Array<{ key: string; value: string | null; numerator: string | null; denominator: string | null; comment: string | null }> =
      await manager.query(
        `SELECT submission_id || '/' || indicator_id AS key, value, numerator, denominator, comment
         FROM submission_value WHERE submission_id = ANY($1::uuid[])`,
        [submissionIds],
      );
    return new Map(
      rows.map((r) => [r.key, { value: num(r.value), numerator: num(r.numerator), denominator: num(r.denominator), comment: r.comment }]),
    );
  }

  async upsertValues(manager: EntityManager, rows: ReadonlyArray<[string, string, ValueRow]>): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO submission_value (submission_id, indicator_id, value, numerator, denominator, comment)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::numeric[], $4::numeric[], $5::numeric[], $6::text[])
       ON CONFLICT (submission_id, indicator_id) DO UPDATE
         SET value = EXCLUDED.value, numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator,
             comment = EXCLUDED.comment, updated_at = now()`,
      [
        rows.map((r) => r[0]),
        rows.map((r) => r[1]),
        rows.map((r) => r[2].value),
        rows.map((r) => r[2].numerator),
        rows.map((r) => r[2].denominator),
        rows.map((r) => r[2].comment),
      ],
    );
  }

  async deleteValues(manager: EntityManager, rows: ReadonlyArray<[string, string]>): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `DELETE FROM submission_value WHERE (submission_id, indicator_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))`,
      [rows.map((r) => r[0]), rows.map((r) => r[1])],
    );
  }

  /** Bumps the version of changed submissions and records the new one in `submissions`. */
  async bumpVersions(manager: EntityManager, ids: readonly string[], submissions: Map<string, SubmissionRow>): Promise<void> {
    if (ids.length === 0) return;
    const rows: Array<{ id: string; version: number }> = await manager.query(
      `UPDATE submission SET version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[]) RETURNING id, version`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r.version]));
    for (const submission of submissions.values()) submission.version = byId.get(submission.id) ?? submission.version;
  }

  /** The error for a stale version, carrying the saved state so the client can show both. */
  async conflict(manager: EntityManager, submission: SubmissionRow | null): Promise<AppError> {
    const current = submission
      ? {
          version: submission.version,
          status: submission.status,
          updatedAt: (await manager.query('SELECT updated_at AS "updatedAt" FROM submission WHERE id = $1', [submission.id]))[0].updatedAt,
          values: await manager.query(
            `SELECT i.code AS "indicatorCode", v.value::float8 AS value, v.numerator::float8 AS numerator,
                    v.denominator::float8 AS denominator, v.comment
               FROM submission_value v JOIN indicator i ON i.id = v.indicator_id
              WHERE v.submission_id = $1 ORDER BY i.code`,
            [submission.id],
          ),
        }
      : null;
    return new AppError('CONFLICT', message('submission.changedMeanwhile', currentLanguage()), { current });
  }
}
