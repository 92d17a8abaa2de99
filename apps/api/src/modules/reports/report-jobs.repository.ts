import { Injectable } from '@nestjs/common';
import type { Language } from '@officebench/domain';
import { type EntityManager, In } from 'typeorm';
import { RELEASE_STAMP } from '../benchmark/benchmark.repository';
import { PeriodEntity } from '../periods/entities/period.entity';

export type ReportState = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';
export type ReportStep = 'gathering' | 'offices' | 'rendering';

/** A programme report's row without its PDF, and whether the data it was made from is still current. */
export interface ReportRow {
  id: string;
  programmeId: string;
  periodId: string;
  language: Language;
  state: ReportState;
  progress: number;
  step: ReportStep | null;
  requestedBy: string;
  requestedAt: Date;
  finishedAt: Date | null;
  pageCount: number | null;
  sizeBytes: number | null;
  failure: string | null;
  current: boolean;
}

/**
 * The state of what a programme report of a period shows, as one text: the period's release, the
 * programme's revision (offices, groups, indicators, targets), the period's submissions (count and the sum
 * of their versions: every change bumps one), the CAF cycles and the good practices. A report is kept and
 * handed out again while this text is unchanged.
 */
const DATA_VERSION = `concat_ws('/',
  (SELECT ${RELEASE_STAMP} FROM period p WHERE p.id = r.period_id),
  (SELECT g.revision::text FROM programme g WHERE g.id = r.programme_id),
  (SELECT count(*) || ':' || coalesce(sum(s.version), 0) FROM submission s WHERE s.programme_id = r.programme_id AND s.period_id = r.period_id),
  (SELECT count(*) || ':' || coalesce(sum(c.version), 0) FROM caf_cycle c WHERE c.programme_id = r.programme_id),
  (SELECT count(*) || ':' || coalesce(max(gp.created_at)::text, '') FROM good_practice gp))`;

const COLUMNS = `r.id, r.programme_id AS "programmeId", r.period_id AS "periodId", r.language, r.state, r.progress, r.step,
  r.requested_by AS "requestedBy", r.requested_at AS "requestedAt", r.finished_at AS "finishedAt", r.page_count AS "pageCount",
  octet_length(r.content) AS "sizeBytes", r.failure, r.data_version = ${DATA_VERSION} AS current`;

/** The SQL of programme reports (table programme_report, the lead's rows only under row-level security). */
@Injectable()
export class ReportJobsRepository {
  period(manager: EntityManager, programmeId: string, periodId: string): Promise<PeriodEntity | null> {
    return manager.findOneBy(PeriodEntity, { id: periodId, programmeId });
  }

  periods(manager: EntityManager, ids: readonly string[]): Promise<PeriodEntity[]> {
    return manager.findBy(PeriodEntity, { id: In([...ids]) });
  }

  /** The kept report of this period and language made from the data as it is now (not failed), if any. */
  async currentReport(manager: EntityManager, programmeId: string, periodId: string, language: Language): Promise<ReportRow | null> {
    const rows: ReportRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM programme_report r
        WHERE r.programme_id = $1 AND r.period_id = $2 AND r.language = $3 AND r.state <> 'FAILED'
          AND r.data_version = ${DATA_VERSION}`,
      [programmeId, periodId, language],
    );
    return rows[0] ?? null;
  }

  /** A new queued report of the data as it is now; null when another request made the same one first. */
  async insert(manager: EntityManager, programmeId: string, periodId: string, language: Language, userId: string): Promise<string | null> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO programme_report (programme_id, period_id, language, requested_by, data_version)
       SELECT r.programme_id, r.period_id, r.language, $4, ${DATA_VERSION}
         FROM (SELECT $1::uuid AS programme_id, $2::uuid AS period_id, $3::text AS language) r
       ON CONFLICT (programme_id, period_id, language, data_version) WHERE state <> 'FAILED' DO NOTHING
       RETURNING id`,
      [programmeId, periodId, language, userId],
    );
    return rows[0]?.id ?? null;
  }

  async byId(manager: EntityManager, id: string): Promise<ReportRow | null> {
    const rows: ReportRow[] = await manager.query(`SELECT ${COLUMNS} FROM programme_report r WHERE r.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** The programme's reports, newest first. */
  list(manager: EntityManager, programmeId: string): Promise<ReportRow[]> {
    return manager.query(`SELECT ${COLUMNS} FROM programme_report r WHERE r.programme_id = $1 ORDER BY r.requested_at DESC, r.id`, [
      programmeId,
    ]);
  }

  /** Marks the report as being made (again, after a retry); false when it is no longer waiting or running. */
  async start(manager: EntityManager, id: string): Promise<boolean> {
    const [, count] = await manager.query(
      `UPDATE programme_report SET state = 'RUNNING', progress = 0, step = 'gathering' WHERE id = $1 AND state IN ('QUEUED', 'RUNNING')`,
      [id],
    );
    return count === 1;
  }

  async progress(manager: EntityManager, id: string, progress: number, step: ReportStep): Promise<void> {
    await manager.query(`UPDATE programme_report SET progress = $2, step = $3 WHERE id = $1 AND state = 'RUNNING'`, [id, progress, step]);
  }

  /** Stores the PDF and drops the older reports of the same period and language (made from older data). */
  async finish(manager: EntityManager, id: string, file: { content: Buffer; pageCount: number; filename: string }): Promise<void> {
    await manager.query(
      `UPDATE programme_report SET state = 'DONE', progress = 1, step = NULL, finished_at = now(),
              content = $2, page_count = $3, filename = $4
        WHERE id = $1 AND state = 'RUNNING'`,
      [id, file.content, file.pageCount, file.filename],
    );
    await manager.query(
      `DELETE FROM programme_report o USING programme_report r
        WHERE r.id = $1 AND o.id <> r.id AND o.programme_id = r.programme_id AND o.period_id = r.period_id
          AND o.language = r.language AND o.state IN ('DONE', 'FAILED') AND o.requested_at < r.requested_at`,
      [id],
    );
  }

  async fail(manager: EntityManager, id: string, failure: string): Promise<void> {
    await manager.query(
      `UPDATE programme_report SET state = 'FAILED', step = NULL, finished_at = now(), failure = left($2, 2000)
        WHERE id = $1 AND state IN ('QUEUED', 'RUNNING')`,
      [id, failure],
    );
  }

  async file(manager: EntityManager, id: string): Promise<{ content: Buffer; filename: string } | null> {
    const rows: Array<{ content: Buffer; filename: string }> = await manager.query(
      `SELECT content, filename FROM programme_report WHERE id = $1 AND state = 'DONE'`,
      [id],
    );
    return rows[0] ?? null;
  }
}
