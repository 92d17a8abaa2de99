import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** pg-boss's schema and the one queue the API uses (ReportJobs). */
export const JOB_SCHEMA = 'pgboss';
export const PROGRAMME_REPORT_QUEUE = 'programme-report';

/**
 * Background work on PostgreSQL (pg-boss) and the programme reports it makes.
 *
 * pg-boss's tables are created here, as the owner, from pg-boss's own construction plans (its schema
 * version 24, pg-boss 10), with the report queue: a queue is a partition of pg-boss's job table, which
 * only the table's owner may add. The API's role then only reads and writes jobs (pg-boss starts with
 * `migrate: false` and checks the version). pg-boss's plans hold their own BEGIN … COMMIT, hence no
 * transaction around this migration.
 *
 * `programme_report`: one row per programme report asked for, with its progress while it is made and the
 * PDF once made. `data_version` names the state of the data it was made from (ReportsRepository): a
 * report is current while the period's data still has that version, and a later one of the same period
 * and language replaces it. Only the programme's lead sees or changes its rows (row-level security).
 */
export class ProgrammeReports1765600000000 implements MigrationInterface {
  name = 'ProgrammeReports1765600000000';
  transaction = false as const;

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(PgBoss.getConstructionPlans(JOB_SCHEMA));
    await queryRunner.query(`SELECT ${JOB_SCHEMA}.create_queue($1, $2)`, [
      PROGRAMME_REPORT_QUEUE,
      JSON.stringify({ policy: 'standard', retryLimit: 1, retryDelay: 30, expireInSeconds: 3600, retentionMinutes: 1440 }),
    ]);
    await queryRunner.query(`
      GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO officebench_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO officebench_app;
      GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${JOB_SCHEMA} TO officebench_app;
    `);
    await queryRunner.query(`
      BEGIN;
      CREATE TABLE programme_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
        period_id uuid NOT NULL REFERENCES period (id) ON DELETE CASCADE,
        language text NOT NULL CHECK (language IN ('pl', 'en')),
        data_version text NOT NULL CHECK (length(data_version) BETWEEN 1 AND 400),
        state text NOT NULL DEFAULT 'QUEUED' CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        progress real NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 1),
        step text CHECK (step IN ('gathering', 'offices', 'rendering')),
        requested_by uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        requested_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        page_count integer CHECK (page_count > 0),
        filename text CHECK (filename ~ '^[A-Za-z0-9._-]{1,200}$'),
        content bytea,
        failure text CHECK (length(failure) <= 2000),
        CONSTRAINT programme_report_done CHECK (
          (state = 'DONE') = (content IS NOT NULL AND page_count IS NOT NULL AND filename IS NOT NULL AND finished_at IS NOT NULL)
        ),
        CONSTRAINT programme_report_failed CHECK ((state = 'FAILED') = (failure IS NOT NULL))
      );
      -- One report per period, language and state of the data, unless it failed (a request then makes a new one).
      CREATE UNIQUE INDEX programme_report_once ON programme_report (programme_id, period_id, language, data_version)
        WHERE state <> 'FAILED';
      CREATE INDEX programme_report_programme_idx ON programme_report (programme_id, requested_at DESC);
      ALTER TABLE programme_report ENABLE ROW LEVEL SECURITY;
      CREATE POLICY programme_report_lead ON programme_report
        USING (programme_id = ANY ((SELECT app_lead_programmes())::uuid[]))
        WITH CHECK (programme_id = ANY ((SELECT app_lead_programmes())::uuid[]));
      GRANT SELECT, INSERT, UPDATE, DELETE ON programme_report TO officebench_app;
      COMMIT;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE programme_report; DROP SCHEMA ${JOB_SCHEMA} CASCADE;`);
  }
}
