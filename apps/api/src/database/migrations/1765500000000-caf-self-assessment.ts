import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The 28 sub-criteria of CAF 2020, frozen here as the migration's own copy (libs/domain caf-model.ts). */
const CODES = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '3.1',
  '3.2',
  '3.3',
  '4.1',
  '4.2',
  '4.3',
  '4.4',
  '4.5',
  '4.6',
  '5.1',
  '5.2',
  '5.3',
  '6.1',
  '6.2',
  '7.1',
  '7.2',
  '8.1',
  '8.2',
  '9.1',
  '9.2',
]
  .map((code) => `'${code}'`)
  .join(', ');

/** An office's row: its lead, its coordinators, and (new) its assessors, each scope read once per statement. */
const OFFICE_OR_ASSESSED = `programme_id = ANY ((SELECT app_lead_programmes())::uuid[])
  OR (programme_id, office_id) IN (SELECT programme, office FROM app_coordinated_pairs())
  OR (programme_id, office_id) IN (SELECT programme, office FROM app_assessed_pairs())`;
/** The office's own people (coordinators and assessors), never the lead. */
const OWN_PEOPLE = `(programme_id, office_id) IN (SELECT programme, office FROM app_coordinated_pairs())
  OR (programme_id, office_id) IN (SELECT programme, office FROM app_assessed_pairs())`;
const COORDINATED = `(programme_id, office_id) IN (SELECT programme, office FROM app_coordinated_pairs())`;

const texts = (names: readonly string[]) =>
  names.map((name) => `${name} text NOT NULL DEFAULT '' CHECK (length(${name}) <= 4000)`).join(',\n        ');

/**
 * CAF self-assessment cycles (issue 19, docs/caf.md):
 * - the role OFFICE_ASSESSOR (a grant to one office of a programme) and two new scope settings,
 *   `app.assessed_offices` (as `app.coordinated_offices`) and `app.user_id` (whose private scores);
 * - `caf_cycle` (one per office and CAF period) with its group (`caf_assessor`), the assessors' private
 *   scores (`caf_individual_score`), the agreed ones (`caf_consensus_score`) and the improvement plan
 *   (`caf_action`); a trigger refuses any write the cycle's state does not allow, locking the cycle so
 *   that a state change and a write cannot cross;
 * - row-level security: an individual score is seen by its assessor alone until the group moves to
 *   consensus, then by the office's coordinators and the cycle's group; never by the lead or another office;
 * - `caf_criterion_cell`: the peers' criterion means, published by a CAF period's release for exactly the
 *   cells where the release published the CAF total (same contributors), so they are as safe as it is.
 */
export class CafSelfAssessment1765500000000 implements MigrationInterface {
  name = 'CafSelfAssessment1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE role_grant DROP CONSTRAINT role_grant_role_check, DROP CONSTRAINT role_grant_scope;
      ALTER TABLE role_grant
        ADD CONSTRAINT role_grant_role_check CHECK (role IN ('PLATFORM_ADMIN', 'PROGRAMME_LEAD', 'OFFICE_COORDINATOR', 'OFFICE_ASSESSOR')),
        ADD CONSTRAINT role_grant_scope CHECK (
          (role = 'PLATFORM_ADMIN' AND programme_id IS NULL AND office_id IS NULL)
          OR (role = 'PROGRAMME_LEAD' AND programme_id IS NOT NULL AND office_id IS NULL)
          OR (role IN ('OFFICE_COORDINATOR', 'OFFICE_ASSESSOR') AND programme_id IS NOT NULL AND office_id IS NOT NULL)
        );

      CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS $$
        SELECT nullif(current_setting('app.user_id', true), '')::uuid
      $$;
      CREATE FUNCTION app_assessed_pairs() RETURNS TABLE (programme uuid, office uuid) LANGUAGE sql STABLE ROWS 10 AS $$
        SELECT split_part(pair, '/', 1)::uuid, split_part(pair, '/', 2)::uuid
          FROM unnest(coalesce(nullif(current_setting('app.assessed_offices', true), ''), '{}')::text[]) AS pair
      $$;

      CREATE TABLE caf_cycle (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL,
        office_id uuid NOT NULL,
        period_id uuid NOT NULL,
        state text NOT NULL DEFAULT 'SCORING' CHECK (state IN ('SCORING', 'CONSENSUS', 'CLOSED')),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        opened_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        opened_at timestamptz NOT NULL DEFAULT now(),
        consensus_at timestamptz,
        closed_at timestamptz,
        criterion_scores numeric[],
        total numeric CHECK (total BETWEEN 0 AND 900),
        CONSTRAINT caf_cycle_office_period_unique UNIQUE (office_id, period_id),
        CONSTRAINT caf_cycle_scope_unique UNIQUE (id, programme_id, office_id),
        CONSTRAINT caf_cycle_consensus_dated CHECK ((state = 'SCORING') = (consensus_at IS NULL)),
        CONSTRAINT caf_cycle_closed_scored CHECK (
          (state = 'CLOSED') = (closed_at IS NOT NULL)
          AND (state = 'CLOSED') = (total IS NOT NULL)
          AND (state = 'CLOSED') = (criterion_scores IS NOT NULL)
          AND (criterion_scores IS NULL OR cardinality(criterion_scores) = 9)),
        FOREIGN KEY (period_id, programme_id) REFERENCES period (id, programme_id) ON DELETE CASCADE,
        FOREIGN KEY (programme_id, office_id) REFERENCES programme_office (programme_id, office_id) ON DELETE CASCADE
      );
      CREATE INDEX caf_cycle_programme_idx ON caf_cycle (programme_id, period_id);

      CREATE TABLE caf_assessor (
        cycle_id uuid NOT NULL,
        programme_id uuid NOT NULL,
        office_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        -- How many sub-criteria the assessor has scored (kept by caf_assessor_progress): what the group
        -- and the coordinator may know of a member's private scores while scoring.
        scored integer NOT NULL DEFAULT 0 CHECK (scored BETWEEN 0 AND 28),
        PRIMARY KEY (cycle_id, user_id),
        FOREIGN KEY (cycle_id, programme_id, office_id) REFERENCES caf_cycle (id, programme_id, office_id) ON DELETE CASCADE
      );

      CREATE TABLE caf_individual_score (
        cycle_id uuid NOT NULL,
        programme_id uuid NOT NULL,
        office_id uuid NOT NULL,
        assessor_id uuid NOT NULL,
        code text NOT NULL CHECK (code IN (${CODES})),
        score integer CHECK (score BETWEEN 0 AND 100),
        ${texts(['evidence', 'strengths', 'improvements'])},
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (cycle_id, assessor_id, code),
        FOREIGN KEY (cycle_id, assessor_id) REFERENCES caf_assessor (cycle_id, user_id) ON DELETE CASCADE,
        FOREIGN KEY (cycle_id, programme_id, office_id) REFERENCES caf_cycle (id, programme_id, office_id) ON DELETE CASCADE
      );

      CREATE TABLE caf_consensus_score (
        cycle_id uuid NOT NULL,
        programme_id uuid NOT NULL,
        office_id uuid NOT NULL,
        code text NOT NULL CHECK (code IN (${CODES})),
        score integer CHECK (score BETWEEN 0 AND 100),
        ${texts(['evidence', 'strengths', 'improvements'])},
        updated_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (cycle_id, code),
        FOREIGN KEY (cycle_id, programme_id, office_id) REFERENCES caf_cycle (id, programme_id, office_id) ON DELETE CASCADE
      );

      CREATE TABLE caf_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cycle_id uuid NOT NULL,
        programme_id uuid NOT NULL,
        office_id uuid NOT NULL,
        code text NOT NULL CHECK (code IN (${CODES})),
        indicator_id uuid REFERENCES indicator (id),
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        owner text NOT NULL DEFAULT '' CHECK (length(owner) <= 200),
        due_on date,
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
        completed_on date,
        result text NOT NULL DEFAULT '' CHECK (length(result) <= 2000),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT caf_action_done_dated CHECK ((status = 'DONE') = (completed_on IS NOT NULL)),
        FOREIGN KEY (cycle_id, programme_id, office_id) REFERENCES caf_cycle (id, programme_id, office_id) ON DELETE CASCADE
      );
      CREATE INDEX caf_action_office_idx ON caf_action (programme_id, office_id, due_on);

      -- Which writes a cycle's state allows, checked with the cycle row locked FOR SHARE: a state change
      -- (an UPDATE, which locks it FOR UPDATE) waits for the writes in flight and the writes after it see it.
      CREATE FUNCTION caf_write_allowed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        cycle_state text;
        needed text := TG_ARGV[0];
        row_cycle uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.cycle_id ELSE NEW.cycle_id END;
      BEGIN
        SELECT state INTO cycle_state FROM caf_cycle WHERE id = row_cycle FOR SHARE;
        IF cycle_state IS DISTINCT FROM needed THEN
          RAISE EXCEPTION 'a % cycle does not take this change', lower(coalesce(cycle_state, 'missing'))
            USING ERRCODE = 'check_violation', CONSTRAINT = 'caf_cycle_state_allows';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$;
      CREATE TRIGGER caf_assessor_state BEFORE INSERT OR UPDATE OR DELETE ON caf_assessor
        FOR EACH ROW EXECUTE FUNCTION caf_write_allowed('SCORING');
      CREATE TRIGGER caf_individual_score_state BEFORE INSERT OR UPDATE OR DELETE ON caf_individual_score
        FOR EACH ROW EXECUTE FUNCTION caf_write_allowed('SCORING');
      CREATE TRIGGER caf_consensus_score_state BEFORE INSERT OR UPDATE OR DELETE ON caf_consensus_score
        FOR EACH ROW EXECUTE FUNCTION caf_write_allowed('CONSENSUS');

      -- The assessors' progress, counted after each statement over the assessors it touched; it runs as
      -- the assessor, who sees its own scores.
      CREATE FUNCTION caf_assessor_progress() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE caf_assessor a
           SET scored = (SELECT count(*) FROM caf_individual_score s
                          WHERE s.cycle_id = a.cycle_id AND s.assessor_id = a.user_id AND s.score IS NOT NULL)
         WHERE (a.cycle_id, a.user_id) IN (SELECT cycle_id, assessor_id FROM changed_scores);
        RETURN NULL;
      END $$;
      CREATE TRIGGER caf_assessor_progress_insert AFTER INSERT ON caf_individual_score
        REFERENCING NEW TABLE AS changed_scores FOR EACH STATEMENT EXECUTE FUNCTION caf_assessor_progress();
      CREATE TRIGGER caf_assessor_progress_update AFTER UPDATE ON caf_individual_score
        REFERENCING NEW TABLE AS changed_scores FOR EACH STATEMENT EXECUTE FUNCTION caf_assessor_progress();
      CREATE TRIGGER caf_assessor_progress_delete AFTER DELETE ON caf_individual_score
        REFERENCING OLD TABLE AS changed_scores FOR EACH STATEMENT EXECUTE FUNCTION caf_assessor_progress();

      -- A cycle only moves forward (SCORING → CONSENSUS → CLOSED, one step at a time), never changes
      -- office or period, and a closed one never changes again.
      CREATE FUNCTION caf_cycle_transition() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.state = 'CLOSED' OR NEW.programme_id <> OLD.programme_id OR NEW.office_id <> OLD.office_id
           OR NEW.period_id <> OLD.period_id
           OR (NEW.state <> OLD.state AND NOT ((OLD.state, NEW.state) IN (('SCORING', 'CONSENSUS'), ('CONSENSUS', 'CLOSED')))) THEN
          RAISE EXCEPTION 'a cycle cannot go from % to %', lower(OLD.state), lower(NEW.state)
            USING ERRCODE = 'check_violation', CONSTRAINT = 'caf_cycle_transition';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER caf_cycle_transition BEFORE UPDATE ON caf_cycle FOR EACH ROW EXECUTE FUNCTION caf_cycle_transition();

      -- A cycle belongs to a CAF period.
      CREATE FUNCTION caf_cycle_period_kind() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (SELECT kind FROM period WHERE id = NEW.period_id) IS DISTINCT FROM 'CAF_CYCLE' THEN
          RAISE EXCEPTION 'a CAF self-assessment belongs to a CAF period'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'caf_cycle_period_kind';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER caf_cycle_period_kind BEFORE INSERT ON caf_cycle FOR EACH ROW EXECUTE FUNCTION caf_cycle_period_kind();

      ALTER TABLE caf_cycle ENABLE ROW LEVEL SECURITY;
      ALTER TABLE caf_cycle FORCE ROW LEVEL SECURITY;
      CREATE POLICY caf_cycle_read ON caf_cycle FOR SELECT USING (${OFFICE_OR_ASSESSED});
      CREATE POLICY caf_cycle_open ON caf_cycle FOR INSERT WITH CHECK (${COORDINATED});
      CREATE POLICY caf_cycle_change ON caf_cycle FOR UPDATE USING (${OWN_PEOPLE}) WITH CHECK (${OWN_PEOPLE});

      ALTER TABLE caf_assessor ENABLE ROW LEVEL SECURITY;
      ALTER TABLE caf_assessor FORCE ROW LEVEL SECURITY;
      CREATE POLICY caf_assessor_read ON caf_assessor FOR SELECT USING (${OFFICE_OR_ASSESSED});
      CREATE POLICY caf_assessor_name ON caf_assessor FOR INSERT WITH CHECK (${COORDINATED});
      CREATE POLICY caf_assessor_remove ON caf_assessor FOR DELETE USING (${COORDINATED});
      CREATE POLICY caf_assessor_own_progress ON caf_assessor FOR UPDATE
        USING (user_id = (SELECT app_user_id())) WITH CHECK (user_id = (SELECT app_user_id()));

      ALTER TABLE caf_individual_score ENABLE ROW LEVEL SECURITY;
      ALTER TABLE caf_individual_score FORCE ROW LEVEL SECURITY;
      -- From consensus on: the office's coordinators and the members of this cycle's group (not every
      -- assessor of the office).
      CREATE POLICY caf_individual_score_read ON caf_individual_score FOR SELECT USING (
        assessor_id = (SELECT app_user_id())
        OR (EXISTS (SELECT 1 FROM caf_cycle c WHERE c.id = caf_individual_score.cycle_id AND c.state <> 'SCORING')
            AND ((${COORDINATED})
                 OR EXISTS (SELECT 1 FROM caf_assessor g
                             WHERE g.cycle_id = caf_individual_score.cycle_id AND g.user_id = (SELECT app_user_id())))));
      CREATE POLICY caf_individual_score_own_insert ON caf_individual_score FOR INSERT
        WITH CHECK (assessor_id = (SELECT app_user_id()) AND (${OWN_PEOPLE}));
      CREATE POLICY caf_individual_score_own_update ON caf_individual_score FOR UPDATE
        USING (assessor_id = (SELECT app_user_id())) WITH CHECK (assessor_id = (SELECT app_user_id()) AND (${OWN_PEOPLE}));
      CREATE POLICY caf_individual_score_own_delete ON caf_individual_score FOR DELETE USING (assessor_id = (SELECT app_user_id()));

      ALTER TABLE caf_consensus_score ENABLE ROW LEVEL SECURITY;
      ALTER TABLE caf_consensus_score FORCE ROW LEVEL SECURITY;
      CREATE POLICY caf_consensus_score_office ON caf_consensus_score USING (${OWN_PEOPLE}) WITH CHECK (${OWN_PEOPLE});

      ALTER TABLE caf_action ENABLE ROW LEVEL SECURITY;
      ALTER TABLE caf_action FORCE ROW LEVEL SECURITY;
      CREATE POLICY caf_action_read ON caf_action FOR SELECT USING (${OFFICE_OR_ASSESSED});
      CREATE POLICY caf_action_insert ON caf_action FOR INSERT WITH CHECK (${COORDINATED});
      CREATE POLICY caf_action_update ON caf_action FOR UPDATE USING (${COORDINATED}) WITH CHECK (${COORDINATED});
      CREATE POLICY caf_action_delete ON caf_action FOR DELETE USING (${COORDINATED});

      -- An assessor's audit rows (the consensus it saves) are written in its office's scope; reading the
      -- office's audit log stays with its coordinators and lead.
      CREATE POLICY audit_log_assessor_insert ON audit_log FOR INSERT
        WITH CHECK (left(entity, 4) = 'caf_' AND (programme_id, office_id) IN (SELECT programme, office FROM app_assessed_pairs()));

      -- The published means' rounding (three significant digits, as roundSignificant in libs/domain).
      CREATE FUNCTION round_significant(x numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN x = 0 THEN 0 ELSE round(x, 2 - floor(log(abs(x)))::int) END
      $$;

      -- Published statistics, like benchmark_cell: no office's value, read by the programme's members.
      CREATE TABLE caf_criterion_cell (
        period_id uuid NOT NULL,
        programme_id uuid NOT NULL,
        release_no integer NOT NULL CHECK (release_no >= 1),
        peer_group_id uuid NOT NULL,
        contributors_band text CHECK (contributors_band IN ('3-4', '5-9', '10-19', '20+')),
        criterion_means numeric[] CHECK (cardinality(criterion_means) = 9),
        suppression_reason text CHECK (suppression_reason IN ('TOTAL_SUPPRESSED', 'NOT_FROM_CYCLES')),
        PRIMARY KEY (period_id, release_no, peer_group_id),
        CONSTRAINT caf_criterion_cell_published_or_suppressed CHECK (
          (suppression_reason IS NULL) = (criterion_means IS NOT NULL)
          AND (suppression_reason IS NULL) = (contributors_band IS NOT NULL)),
        FOREIGN KEY (period_id, programme_id) REFERENCES period (id, programme_id) ON DELETE CASCADE,
        FOREIGN KEY (peer_group_id, programme_id) REFERENCES peer_group (id, programme_id)
      );

      GRANT SELECT, INSERT, UPDATE ON caf_cycle TO officebench_app;
      GRANT SELECT, INSERT, DELETE ON caf_assessor TO officebench_app;
      GRANT UPDATE (scored) ON caf_assessor TO officebench_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON caf_individual_score, caf_consensus_score, caf_action TO officebench_app;
      GRANT SELECT, INSERT ON caf_criterion_cell TO officebench_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP POLICY audit_log_assessor_insert ON audit_log;
      DROP TABLE caf_criterion_cell, caf_action, caf_consensus_score, caf_individual_score, caf_assessor, caf_cycle;
      DROP FUNCTION caf_write_allowed(), caf_assessor_progress(), caf_cycle_transition(), caf_cycle_period_kind(), app_assessed_pairs(), app_user_id(), round_significant(numeric);
      DELETE FROM role_grant WHERE role = 'OFFICE_ASSESSOR';
      ALTER TABLE role_grant DROP CONSTRAINT role_grant_role_check, DROP CONSTRAINT role_grant_scope;
      ALTER TABLE role_grant
        ADD CONSTRAINT role_grant_role_check CHECK (role IN ('PLATFORM_ADMIN', 'PROGRAMME_LEAD', 'OFFICE_COORDINATOR')),
        ADD CONSTRAINT role_grant_scope CHECK (
          (role = 'PLATFORM_ADMIN' AND programme_id IS NULL AND office_id IS NULL)
          OR (role = 'PROGRAMME_LEAD' AND programme_id IS NOT NULL AND office_id IS NULL)
          OR (role = 'OFFICE_COORDINATOR' AND programme_id IS NOT NULL AND office_id IS NOT NULL)
        );
    `);
  }
}
