import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { InputKind, Periodicity, PeriodKind, SubmissionStatus } from '@officebench/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { TemplateIndicator } from './import-template';

export interface ImportPeriodRow {
  id: string;
  label: string;
  programme_id: string;
  kind: PeriodKind;
  opens_at: Date;
  locked_at: Date | null;
}

export interface SavedValueRow {
  officeId: string;
  code: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  comment: string | null;
}

const PERIOD_COLUMNS = 'id, label, programme_id, kind, opens_at, locked_at';

/** How long an applied import's key is remembered. */
const KEY_RETENTION = '24 hours';

/**
 * The SQL of spreadsheet imports: the programme's structure the rows are resolved against, and the
 * `Idempotency-Key` of each applied import. The values themselves go through SubmissionWriter.
 */
@Injectable()
export class ImportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async period(periodId: string): Promise<ImportPeriodRow | null> {
    const [period] = await this.dataSource.query(`SELECT ${PERIOD_COLUMNS} FROM period WHERE id = $1`, [periodId]);
    return period ?? null;
  }

  /** The programme's periods, the latest first. */
  periodsOf(programmeId: string): Promise<ImportPeriodRow[]> {
    return this.dataSource.query(`SELECT ${PERIOD_COLUMNS} FROM period WHERE programme_id = $1 ORDER BY starts_on DESC, kind`, [
      programmeId,
    ]);
  }

  /** The status of each of these offices' submissions in these periods (no row: nothing saved yet), under the caller's scope. */
  submissionStatuses(
    manager: EntityManager,
    officeIds: readonly string[],
    periodIds: readonly string[],
  ): Promise<Array<{ officeId: string; periodId: string; status: SubmissionStatus }>> {
    return manager.query(
      `SELECT office_id AS "officeId", period_id AS "periodId", status FROM submission WHERE office_id = ANY($1::uuid[]) AND period_id = ANY($2::uuid[])`,
      [officeIds, periodIds],
    );
  }

  /** The values saved for these offices in one period, by office and indicator code, under the caller's scope. */
  savedValues(manager: EntityManager, officeIds: readonly string[], periodId: string): Promise<SavedValueRow[]> {
    return manager.query(
      `SELECT s.office_id AS "officeId", i.code, v.value::float8 AS value, v.numerator::float8 AS numerator,
              v.denominator::float8 AS denominator, v.comment
         FROM submission s JOIN submission_value v ON v.submission_id = s.id JOIN indicator i ON i.id = v.indicator_id
        WHERE s.office_id = ANY($1::uuid[]) AND s.period_id = $2`,
      [officeIds, periodId],
    );
  }

  /** The programme's indicators as the template describes them, in programme order, with their CAF criterion. */
  async templateIndicators(programmeId: string): Promise<TemplateIndicator[]> {
    const rows: Array<Record<string, string | number | boolean | null>> = await this.dataSource.query(
      `SELECT i.code, i.name_pl, i.name_en, i.unit, i.periodicity, i.input_kind, i.scale, i.caf_criterion,
              i.numerator_label_pl, i.denominator_label_pl, i.numerator_label_en, i.denominator_label_en,
              i.min_value, i.max_value, pi.mandatory
         FROM programme_indicator pi JOIN indicator i ON i.id = pi.indicator_id
        WHERE pi.programme_id = $1 ORDER BY pi.position`,
      [programmeId],
    );
    const num = (value: unknown) => (value === null ? null : Number(value));
    const text = (value: unknown) => (value === null ? null : String(value));
    return rows.map((r) => ({
      code: String(r.code),
      namePl: String(r.name_pl),
      nameEn: String(r.name_en),
      unit: String(r.unit),
      periodicity: r.periodicity as Periodicity,
      inputKind: r.input_kind as InputKind,
      scale: Number(r.scale),
      cafCriterion: num(r.caf_criterion),
      numeratorLabelPl: text(r.numerator_label_pl),
      denominatorLabelPl: text(r.denominator_label_pl),
      numeratorLabelEn: text(r.numerator_label_en),
      denominatorLabelEn: text(r.denominator_label_en),
      minValue: num(r.min_value),
      maxValue: num(r.max_value),
      mandatory: Boolean(r.mandatory),
    }));
  }

  async programme(programmeId: string): Promise<{ name: string; code: string } | null> {
    const [programme] = await this.dataSource.query(`SELECT name, code FROM programme WHERE id = $1`, [programmeId]);
    return programme ?? null;
  }

  /** The programme's offices in programme order. */
  programmeOffices(programmeId: string): Promise<Array<{ id: string; name: string }>> {
    return this.dataSource.query(
      `SELECT o.id, o.name FROM programme_office po JOIN office o ON o.id = po.office_id WHERE po.programme_id = $1 ORDER BY po.position`,
      [programmeId],
    );
  }

  programmePeriods(programmeId: string): Promise<Array<{ id: string; label: string }>> {
    return this.dataSource.query(`SELECT id, label FROM period WHERE programme_id = $1`, [programmeId]);
  }

  /** The hash and answer stored under this user's key, if the key was used within the retention. */
  async storedAnswer<T>(userId: string, key: string): Promise<{ request_hash: Buffer; answer: T } | null> {
    const [stored] = await this.dataSource.query(
      `SELECT request_hash, answer FROM import_request WHERE user_id = $1 AND idempotency_key = $2 AND created_at > now() - interval '${KEY_RETENTION}'`,
      [userId, key],
    );
    return stored ?? null;
  }

  /**
   * Takes the key inside the import's transaction (forgetting the user's keys past the retention first).
   * A concurrent request with the same key waits on the primary key until this transaction ends. False
   * when the key is taken.
   */
  async claimKey(manager: EntityManager, userId: string, key: string, requestHash: Buffer): Promise<boolean> {
    await manager.query(`DELETE FROM import_request WHERE user_id = $1 AND created_at <= now() - interval '${KEY_RETENTION}'`, [userId]);
    const inserted: unknown[] = await manager.query(
      `INSERT INTO import_request (user_id, idempotency_key, request_hash, answer) VALUES ($1, $2, $3, '{}'::jsonb)
       ON CONFLICT (user_id, idempotency_key) DO NOTHING RETURNING 1`,
      [userId, key, requestHash],
    );
    return inserted.length === 1;
  }

  async storeAnswer(manager: EntityManager, userId: string, key: string, answer: unknown): Promise<void> {
    await manager.query(`UPDATE import_request SET answer = $3 WHERE user_id = $1 AND idempotency_key = $2`, [userId, key, answer]);
  }
}
