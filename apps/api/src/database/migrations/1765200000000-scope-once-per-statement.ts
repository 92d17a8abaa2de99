import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Row-level security evaluated once per statement, not once per row, and release snapshots of one row
 * per office:
 * - The office policies compared every row with the scope through `app_may_access_office`, which SQL
 *   inlines, so the `app.coordinated_offices` setting was cast to an array again for every row (an
 *   account coordinating 500 offices paid about 0.3 ms a row). They now read the scope through
 *   uncorrelated sub-selects: the led programmes once per statement (an init plan), the coordinated
 *   (programme, office) pairs once per statement into a hash (a hashed sub-plan) that each row probes.
 *   Who sees which row is unchanged.
 * - The editable-submission check on `submission_value` ran per row and read the parent submission
 *   under row-level security each time; it now runs once per statement over the statement's changed
 *   rows (transition tables), still locking every parent `FOR SHARE` before the transaction may commit
 *   and raising the same error.
 * - `release_snapshot` replaces `release_contribution`: one row per office and release with the
 *   office's values as arrays (2,800 rows instead of 44,800 for a national quarter), under the same
 *   policy.
 */
export class ScopeOncePerStatement1765200000000 implements MigrationInterface {
  name = 'ScopeOncePerStatement1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const scoped = officeScope('programme_id', 'office_id');
    await queryRunner.query(`
      CREATE FUNCTION app_coordinated_pairs() RETURNS TABLE (programme uuid, office uuid) LANGUAGE sql STABLE ROWS 10 AS $$
        SELECT split_part(pair, '/', 1)::uuid, split_part(pair, '/', 2)::uuid FROM unnest(app_coordinated_offices()) AS pair
      $$;
      ALTER POLICY submission_office_scope ON submission USING (${scoped}) WITH CHECK (${scoped});
      ALTER POLICY audit_log_office_scope ON audit_log
        USING (office_id IS NULL OR ${scoped}) WITH CHECK (office_id IS NULL OR ${scoped});
      ALTER POLICY office_reminder_read ON office_reminder USING (${scoped});

      DROP TRIGGER submission_value_editable ON submission_value;
      DROP FUNCTION submission_value_editable();
      CREATE FUNCTION submission_values_editable() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        parent_status text;
      BEGIN
        SELECT locked.status INTO parent_status
          FROM (SELECT s.status FROM submission s
                 WHERE s.id IN (SELECT submission_id FROM changed_values) ORDER BY s.id FOR SHARE) AS locked
         WHERE locked.status IN ('SUBMITTED', 'APPROVED')
         LIMIT 1;
        IF parent_status IS NOT NULL THEN
          RAISE EXCEPTION 'values of a % submission cannot change', lower(parent_status)
            USING ERRCODE = 'check_violation', CONSTRAINT = 'submission_value_editable';
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER submission_value_editable_insert AFTER INSERT ON submission_value
        REFERENCING NEW TABLE AS changed_values FOR EACH STATEMENT EXECUTE FUNCTION submission_values_editable();
      -- As before: an update is judged by the submission its rows belong to afterwards.
      CREATE TRIGGER submission_value_editable_update AFTER UPDATE ON submission_value
        REFERENCING NEW TABLE AS changed_values FOR EACH STATEMENT EXECUTE FUNCTION submission_values_editable();
      CREATE TRIGGER submission_value_editable_delete AFTER DELETE ON submission_value
        REFERENCING OLD TABLE AS changed_values FOR EACH STATEMENT EXECUTE FUNCTION submission_values_editable();

      CREATE TABLE release_snapshot (
        period_id uuid NOT NULL,
        programme_id uuid NOT NULL,
        release_no integer NOT NULL CHECK (release_no >= 1),
        office_id uuid NOT NULL,
        -- The office's contributions, one array element per indicator: null numerator and denominator
        -- for an indicator entered as one number.
        indicator_ids uuid[] NOT NULL,
        amounts numeric[] NOT NULL,
        numerators numeric[] NOT NULL,
        denominators numeric[] NOT NULL,
        PRIMARY KEY (period_id, release_no, office_id),
        CONSTRAINT release_snapshot_parallel CHECK (
          cardinality(indicator_ids) >= 1 AND cardinality(amounts) = cardinality(indicator_ids)
          AND cardinality(numerators) = cardinality(indicator_ids) AND cardinality(denominators) = cardinality(indicator_ids)),
        FOREIGN KEY (period_id, programme_id) REFERENCES period (id, programme_id) ON DELETE CASCADE
      );
      ALTER TABLE release_snapshot ENABLE ROW LEVEL SECURITY;
      ALTER TABLE release_snapshot FORCE ROW LEVEL SECURITY;
      CREATE POLICY release_snapshot_office_scope ON release_snapshot USING (${scoped}) WITH CHECK (${scoped});
      GRANT SELECT, INSERT ON release_snapshot TO officebench_app;
    `);
    // The owner is under the policies too (FORCE): the copy sees every row only in every programme's lead scope.
    await asEveryLead(queryRunner, [
      `INSERT INTO release_snapshot (period_id, programme_id, release_no, office_id, indicator_ids, amounts, numerators, denominators)
       SELECT period_id, programme_id, release_no, office_id, array_agg(indicator_id ORDER BY indicator_id),
              array_agg(value ORDER BY indicator_id), array_agg(numerator ORDER BY indicator_id), array_agg(denominator ORDER BY indicator_id)
         FROM release_contribution GROUP BY period_id, programme_id, release_no, office_id`,
    ]);
    await queryRunner.query('DROP TABLE release_contribution');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const scoped = 'app_may_access_office(programme_id, office_id)';
    await queryRunner.query(`
      CREATE TABLE release_contribution (
        period_id uuid NOT NULL,
        programme_id uuid NOT NULL,
        indicator_id uuid NOT NULL,
        office_id uuid NOT NULL,
        value numeric NOT NULL,
        numerator numeric CHECK (numerator >= 0),
        denominator numeric CHECK (denominator > 0),
        release_no integer NOT NULL CHECK (release_no >= 1),
        PRIMARY KEY (period_id, release_no, indicator_id, office_id),
        CONSTRAINT release_contribution_ratio_parts CHECK ((numerator IS NULL) = (denominator IS NULL)),
        FOREIGN KEY (period_id, programme_id) REFERENCES period (id, programme_id) ON DELETE CASCADE
      );
      ALTER TABLE release_contribution ENABLE ROW LEVEL SECURITY;
      ALTER TABLE release_contribution FORCE ROW LEVEL SECURITY;
      CREATE POLICY release_contribution_office_scope ON release_contribution USING (${scoped}) WITH CHECK (${scoped});
      GRANT SELECT, INSERT ON release_contribution TO officebench_app;
    `);
    await asEveryLead(queryRunner, [
      `INSERT INTO release_contribution (period_id, programme_id, indicator_id, office_id, value, numerator, denominator, release_no)
       SELECT r.period_id, r.programme_id, u.indicator_id, r.office_id, u.value, u.numerator, u.denominator, r.release_no
         FROM release_snapshot r, unnest(r.indicator_ids, r.amounts, r.numerators, r.denominators) AS u(indicator_id, value, numerator, denominator)`,
    ]);
    await queryRunner.query(`
      DROP TABLE release_snapshot;

      DROP TRIGGER submission_value_editable_insert ON submission_value;
      DROP TRIGGER submission_value_editable_update ON submission_value;
      DROP TRIGGER submission_value_editable_delete ON submission_value;
      DROP FUNCTION submission_values_editable();
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

      ALTER POLICY office_reminder_read ON office_reminder USING (${scoped});
      ALTER POLICY audit_log_office_scope ON audit_log
        USING (office_id IS NULL OR ${scoped}) WITH CHECK (office_id IS NULL OR ${scoped});
      ALTER POLICY submission_office_scope ON submission USING (${scoped}) WITH CHECK (${scoped});
      DROP FUNCTION app_coordinated_pairs();
    `);
  }
}

/**
 * Whether the scope may see a row of this programme and office: the programme is led, or the pair is
 * coordinated. Both lists are read from the settings once per statement (uncorrelated sub-selects).
 */
function officeScope(programme: string, office: string): string {
  return `${programme} = ANY ((SELECT app_lead_programmes())::uuid[]) OR (${programme}, ${office}) IN (SELECT programme, office FROM app_coordinated_pairs())`;
}

/** Runs the statements with every programme led, for a copy between two tables under row-level security. */
async function asEveryLead(queryRunner: QueryRunner, statements: readonly string[]): Promise<void> {
  await queryRunner.query(`SELECT set_config('app.lead_programmes', coalesce((SELECT array_agg(id)::text FROM programme), '{}'), true)`);
  for (const statement of statements) await queryRunner.query(statement);
  await queryRunner.query(`SELECT set_config('app.lead_programmes', '', true)`);
}
