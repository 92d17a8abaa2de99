import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions, one-time account links, login lockout, and the database half of office isolation:
 * the API's own role (officebench_app, which owns nothing) and row-level security, FORCEd so that even
 * the tables' owner is filtered, on every table that holds an office's raw numbers.
 *
 * The acting user's scope is set per transaction with set_config(..., true) (see
 * database/access-context.ts): app.lead_programmes is a uuid[] literal of the programmes the user
 * leads, app.coordinated_offices a text[] literal of 'programme-id/office-id' pairs. No context, no rows.
 */
export class AccountsAndIsolation1763900000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE app_user
        ADD COLUMN failed_logins integer NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
        ADD COLUMN locked_until timestamptz;

      -- The cookie holds a random token; only its SHA-256 is stored, so a copy of this table opens nothing.
      CREATE TABLE user_session (
        token_hash bytea PRIMARY KEY CHECK (octet_length(token_hash) = 32),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        CONSTRAINT user_session_times CHECK (created_at <= last_seen_at AND created_at < expires_at)
      );
      CREATE INDEX user_session_user_idx ON user_session (user_id);

      -- Single-use set-password links: invitations and password resets.
      CREATE TABLE account_token (
        token_hash bytea PRIMARY KEY CHECK (octet_length(token_hash) = 32),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('INVITATION', 'PASSWORD_RESET')),
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CONSTRAINT account_token_times CHECK (created_at < expires_at AND (used_at IS NULL OR used_at >= created_at))
      );
      CREATE INDEX account_token_user_idx ON account_token (user_id);

      -- An audit row about a value carries the office it belongs to, so that the same isolation applies.
      ALTER TABLE audit_log
        ADD COLUMN programme_id uuid,
        ADD COLUMN office_id uuid,
        ADD CONSTRAINT audit_log_office_scope CHECK (office_id IS NULL OR programme_id IS NOT NULL),
        ADD CONSTRAINT audit_log_values_scoped CHECK (entity NOT IN ('submission', 'submission_value') OR office_id IS NOT NULL);

      CREATE FUNCTION app_lead_programmes() RETURNS uuid[] LANGUAGE sql STABLE AS $$
        SELECT coalesce(nullif(current_setting('app.lead_programmes', true), ''), '{}')::uuid[]
      $$;
      CREATE FUNCTION app_coordinated_offices() RETURNS text[] LANGUAGE sql STABLE AS $$
        SELECT coalesce(nullif(current_setting('app.coordinated_offices', true), ''), '{}')::text[]
      $$;
      CREATE FUNCTION app_may_access_office(programme uuid, office uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT programme = ANY (app_lead_programmes())
            OR (programme::text || '/' || office::text) = ANY (app_coordinated_offices())
      $$;

      ALTER TABLE submission ENABLE ROW LEVEL SECURITY;
      ALTER TABLE submission FORCE ROW LEVEL SECURITY;
      CREATE POLICY submission_office_scope ON submission
        USING (app_may_access_office(programme_id, office_id))
        WITH CHECK (app_may_access_office(programme_id, office_id));

      ALTER TABLE submission_value ENABLE ROW LEVEL SECURITY;
      ALTER TABLE submission_value FORCE ROW LEVEL SECURITY;
      CREATE POLICY submission_value_office_scope ON submission_value
        USING (EXISTS (SELECT 1 FROM submission s WHERE s.id = submission_id))
        WITH CHECK (EXISTS (SELECT 1 FROM submission s WHERE s.id = submission_id));

      ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
      ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
      CREATE POLICY audit_log_office_scope ON audit_log
        USING (office_id IS NULL OR app_may_access_office(programme_id, office_id))
        WITH CHECK (office_id IS NULL OR app_may_access_office(programme_id, office_id));

      -- Roles belong to the whole server, not to one database: create it once, tolerate a twin.
      DO $$
      BEGIN
        CREATE ROLE officebench_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$;

      GRANT USAGE ON SCHEMA public TO officebench_app;
      GRANT SELECT ON office, programme, programme_office, peer_group, peer_group_member,
                      indicator, programme_indicator, period TO officebench_app;
      GRANT SELECT, INSERT, UPDATE ON app_user TO officebench_app;
      GRANT SELECT, INSERT, DELETE ON role_grant TO officebench_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON user_session, account_token TO officebench_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON submission, submission_value TO officebench_app;
      -- The audit log is append-only for the API.
      GRANT SELECT, INSERT ON audit_log TO officebench_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The role itself stays: other databases on the same server may use it.
    await queryRunner.query(`
      REVOKE ALL ON ALL TABLES IN SCHEMA public FROM officebench_app;
      REVOKE USAGE ON SCHEMA public FROM officebench_app;
      DROP POLICY audit_log_office_scope ON audit_log;
      ALTER TABLE audit_log NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE audit_log DISABLE ROW LEVEL SECURITY;
      DROP POLICY submission_value_office_scope ON submission_value;
      ALTER TABLE submission_value NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE submission_value DISABLE ROW LEVEL SECURITY;
      DROP POLICY submission_office_scope ON submission;
      ALTER TABLE submission NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE submission DISABLE ROW LEVEL SECURITY;
      DROP FUNCTION app_may_access_office(uuid, uuid);
      DROP FUNCTION app_coordinated_offices();
      DROP FUNCTION app_lead_programmes();
      ALTER TABLE audit_log
        DROP CONSTRAINT audit_log_values_scoped,
        DROP CONSTRAINT audit_log_office_scope,
        DROP COLUMN office_id,
        DROP COLUMN programme_id;
      DROP TABLE account_token;
      DROP TABLE user_session;
      ALTER TABLE app_user DROP COLUMN locked_until, DROP COLUMN failed_logins;
    `);
  }
}
