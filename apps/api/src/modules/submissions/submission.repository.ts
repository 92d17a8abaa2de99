import { Injectable } from '@nestjs/common';
import type { CheckedIndicator, Periodicity, PeriodKind, SubmissionStatus } from '@officebench/domain';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/errors';

export interface ProgrammeIndicator extends CheckedIndicator {
  id: string;
  namePl: string;
  periodicity: Periodicity;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
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
 * through the caller's scoped transaction (row-level security decides what exists).
 */
@Injectable()
export class SubmissionRecords {
  /** The programme's indicators by code, in programme order. */
  async programmeIndicators(manager: EntityManager, programmeId: string): Promise<Map<string, ProgrammeIndicator>> {
    const rows: Array<Record<string, string | boolean | null>> = await manager.query(
      `SELECT i.id, i.code, i.name_pl, i.unit, i.periodicity, i.input_kind, i.scale, i.numerator_label, i.denominator_label,
              i.min_value, i.max_value, pi.mandatory
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
          numeratorLabel: r.numerator_label as string | null,
          denominatorLabel: r.denominator_label as string | null,
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
  async lockSubmissions(manager: EntityManager, programmeId: string, targets: ReadonlyArray<{ officeId: string; periodId: string }>, lock: boolean): Promise<Map<string, SubmissionRow>> {
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
  async createSubmissions(manager: EntityManager, programmeId: string, targets: ReadonlyArray<{ officeId: string; periodId: string }>): Promise<SubmissionRow[]> {
    if (targets.length === 0) return [];
    const rows: SubmissionRow[] = await manager.query(
      `INSERT INTO submission (programme_id, office_id, period_id)
       SELECT $1, office_id, period_id FROM unnest($2::uuid[], $3::uuid[]) AS t(office_id, period_id)
       ON CONFLICT (office_id, period_id) DO NOTHING
       RETURNING ${SUBMISSION_COLUMNS}`,
      [programmeId, targets.map((t) => t.officeId), targets.map((t) => t.periodId)],
    );
    if (rows.length < targets.length) {
      throw new AppError('CONFLICT', 'Someone else started this submission at the same moment. Reload to see their values, then save again.', { current: null });
    }
    return rows;
  }

  async storedValues(manager: EntityManager, submissionIds: readonly string[]): Promise<Map<string, ValueRow>> {
    if (submissionIds.length === 0) return new Map();
    const rows: Array<{ key: string; value: string | null; numerator: string | null; denominator: string | null; comment: string | null }> = await manager.query(
      `SELECT submission_id || '/' || indicator_id AS key, value, numerator, denominator, comment
         FROM submission_value WHERE submission_id = ANY($1::uuid[])`,
      [submissionIds],
    );
    return new Map(rows.map((r) => [r.key, { value: num(r.value), numerator: num(r.numerator), denominator: num(r.denominator), comment: r.comment }]));
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
    return new AppError('CONFLICT', 'The submission was changed since you opened it. Compare your entries with the saved ones, then save again.', { current });
  }
}
