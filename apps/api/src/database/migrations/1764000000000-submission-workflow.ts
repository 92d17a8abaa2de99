import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The submission workflow:
 * - values lock with their submission: while it is SUBMITTED or APPROVED no value may be written, in
 *   whatever order concurrent transactions commit (the trigger takes a share lock on the submission);
 * - the lead creates periods, locks and reopens them (INSERT, and UPDATE of locked_at only);
 * - plausibility fences over the programme's approved values, computed by a narrow SECURITY DEFINER
 *   function owned by a role of its own (officebench_stats). It is the one path across offices, and
 *   it returns only bounds over at least 2k offices, rounded outwards to two significant digits.
 */
export class SubmissionWorkflow1764000000000 implements MigrationInterface {
  name = 'SubmissionWorkflow1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION submission_value_editable() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        parent_status text;
      BEGIN
        SELECT status INTO parent_status FROM submission
         WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.submission_id ELSE NEW.submission_id END
           FOR SHARE;
        IF parent_status IN ('SUBMITTED', 'APPROVED') THEN
          RAISE EXCEPTION 'values of a % submission cannot change', lower(parent_status)
            USING ERRCODE = 'check_violation', CONSTRAINT = 'submission_value_editable';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$;
      CREATE TRIGGER submission_value_editable BEFORE INSERT OR UPDATE OR DELETE ON submission_value
        FOR EACH ROW EXECUTE FUNCTION submission_value_editable();

      GRANT INSERT, UPDATE (locked_at) ON period TO officebench_app;

      DO $$
      BEGIN
        CREATE ROLE officebench_stats NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$;
      -- The migrating role needs to be able to hand the function over to it.
      GRANT officebench_stats TO CURRENT_USER;
      GRANT USAGE ON SCHEMA public TO officebench_stats;
      GRANT SELECT ON programme, period, indicator, submission, submission_value TO officebench_stats;
      CREATE POLICY submission_statistics ON submission FOR SELECT TO officebench_stats USING (true);
      CREATE POLICY submission_value_statistics ON submission_value FOR SELECT TO officebench_stats USING (true);

      CREATE FUNCTION round_outwards(x double precision, up boolean) RETURNS double precision
        LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN x = 0 THEN 0::double precision
                    WHEN up THEN ceil(x / step) * step
                    ELSE floor(x / step) * step END
          FROM (SELECT power(10::double precision, floor(log(nullif(abs(x), 0))) - 1) AS step) s
      $$;

      -- Median +/- 3.5 x 1.4826 x MAD of the approved values of up to four earlier periods of the
      -- same kind, per indicator, where at least 2k offices contributed (k: the programme's threshold).
      -- The steps are materialised so each runs once, whatever the planner guesses about row counts.
      CREATE FUNCTION plausibility_fences(p_programme uuid, p_period uuid)
        RETURNS TABLE (indicator_id uuid, low double precision, high double precision)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        WITH target AS (
          SELECT kind, starts_on FROM period WHERE id = p_period AND programme_id = p_programme
        ), earlier AS (
          SELECT p.id FROM period p, target t
           WHERE p.programme_id = p_programme AND p.kind = t.kind AND p.ends_on < t.starts_on
           ORDER BY p.starts_on DESC LIMIT 4
        ), entered AS MATERIALIZED (
          SELECT v.indicator_id, s.office_id, v.value::double precision AS value
            FROM submission s JOIN submission_value v ON v.submission_id = s.id
           WHERE s.period_id IN (SELECT id FROM earlier) AND s.status = 'APPROVED' AND v.value IS NOT NULL
        ), centre AS MATERIALIZED (
          SELECT e.indicator_id, percentile_cont(0.5) WITHIN GROUP (ORDER BY e.value) AS med, count(DISTINCT e.office_id) AS offices
            FROM entered e GROUP BY e.indicator_id
        ), spread AS MATERIALIZED (
          SELECT e.indicator_id, percentile_cont(0.5) WITHIN GROUP (ORDER BY abs(e.value - c.med)) AS mad
            FROM entered e JOIN centre c ON c.indicator_id = e.indicator_id GROUP BY e.indicator_id
        ), fence AS (
          SELECT c.indicator_id, c.med,
                 3.5 * 1.4826 * greatest(s.mad, 0.05 * abs(c.med),
                                         0.01 * coalesce((i.max_value - i.min_value)::double precision, 0)) AS reach
            FROM centre c
            JOIN spread s ON s.indicator_id = c.indicator_id
            JOIN indicator i ON i.id = c.indicator_id
            JOIN programme pr ON pr.id = p_programme
           WHERE c.offices >= 2 * pr.anonymity_threshold
        )
        SELECT indicator_id, round_outwards(med - reach, false), round_outwards(med + reach, true)
          FROM fence WHERE reach > 0
      $$;
      ALTER FUNCTION plausibility_fences(uuid, uuid) OWNER TO officebench_stats;
      REVOKE ALL ON FUNCTION plausibility_fences(uuid, uuid) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION plausibility_fences(uuid, uuid) TO officebench_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The role stays, like officebench_app: roles belong to the whole server.
    await queryRunner.query(`
      DROP FUNCTION plausibility_fences(uuid, uuid);
      DROP FUNCTION round_outwards(double precision, boolean);
      DROP POLICY submission_value_statistics ON submission_value;
      DROP POLICY submission_statistics ON submission;
      REVOKE ALL ON programme, period, indicator, submission, submission_value FROM officebench_stats;
      REVOKE USAGE ON SCHEMA public FROM officebench_stats;
      REVOKE INSERT, UPDATE (locked_at) ON period FROM officebench_app;
      DROP TRIGGER submission_value_editable ON submission_value;
      DROP FUNCTION submission_value_editable();
    `);
  }
}
