import { randomBytes } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'CLIENT', 'EMPLOYEE'`;
const COORDINATED = `(programme_id, office_id) IN (SELECT programme, office FROM app_coordinated_pairs())`;
const LED = `programme_id = ANY ((SELECT app_lead_programmes())::uuid[])`;
/** The round of a row of survey_response or survey_invitation is one the caller coordinates. */
const COORDINATED_ROUND = `round_id IN (SELECT r.id FROM survey_round r WHERE (r.programme_id, r.office_id) IN (SELECT programme, office FROM app_coordinated_pairs()))`;

/**
 * Satisfaction surveys run in the product (issue 21, docs/surveys.md).
 *
 * - `survey_questionnaire`: a programme's extra questions per questionnaire (the lead's), checked by libs/domain.
 * - `survey_round`: one per office, questionnaire and annual period, with the questionnaire frozen when it
 *   opens, and once closed the respondents, the satisfied and the per-question results (suppressed below the
 *   threshold when computed).
 * - `survey_invitation`: employees' single-use links, by the SHA-256 of the token only; using one deletes it.
 * - `survey_ballot_box`: answers as they arrive, in the transaction that deletes the invitation; no role of
 *   the API reads it. `survey_sweep()` moves it to `survey_response` in random order in its own transaction,
 *   so no answer keeps the transaction id of the deleted invitation (xmin). No time is stored with an answer.
 * - `survey_form_use`: the public form's used tokens (hash, until they expire): a form is answered once.
 * - `survey_secret`: the key of the form tokens and of the daily hash of client addresses in the rate limits.
 * - `survey_question_cell`: the peers' per-question means, published by an annual period's release where the
 *   satisfied share's cell was published, from exactly the offices behind it (as caf_criterion_cell).
 *
 * The public answering page has no user: it works through SECURITY DEFINER functions owned by
 * `officebench_survey`, which can do only what they do (read an open round, cast an answer, count).
 */
export class SatisfactionSurveys1765700000000 implements MigrationInterface {
  name = 'SatisfactionSurveys1765700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$
      BEGIN
        CREATE ROLE officebench_survey NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$;
      GRANT officebench_survey TO CURRENT_USER;
      GRANT USAGE ON SCHEMA public TO officebench_survey;

      CREATE TABLE survey_secret (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        key bytea NOT NULL CHECK (length(key) = 32)
      );
      INSERT INTO survey_secret (key) VALUES (decode('${randomBytes(32).toString('hex')}', 'hex'));

      CREATE TABLE survey_questionnaire (
        programme_id uuid NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN (${KINDS})),
        extras jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(extras) = 'array' AND jsonb_array_length(extras) <= 12),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (programme_id, kind)
      );

      CREATE TABLE survey_round (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL,
        office_id uuid NOT NULL,
        period_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN (${KINDS})),
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9]{10}$'),
        state text NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'CLOSED')),
        questionnaire jsonb NOT NULL CHECK (jsonb_typeof(questionnaire) = 'array' AND jsonb_array_length(questionnaire) >= 1),
        invited integer NOT NULL DEFAULT 0 CHECK (invited BETWEEN 0 AND 5000),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        opened_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        opened_on date NOT NULL DEFAULT current_date,
        closed_on date,
        respondents integer CHECK (respondents >= 0),
        satisfied integer CHECK (satisfied >= 0 AND satisfied <= respondents),
        results jsonb CHECK (jsonb_typeof(results) = 'array'),
        question_means jsonb CHECK (jsonb_typeof(question_means) = 'object'),
        CONSTRAINT survey_round_office_period_kind_unique UNIQUE (office_id, period_id, kind),
        CONSTRAINT survey_round_scope_unique UNIQUE (id, programme_id, office_id),
        CONSTRAINT survey_round_closed_counted CHECK (
          (state = 'CLOSED') = (closed_on IS NOT NULL)
          AND (state = 'CLOSED') = (respondents IS NOT NULL)
          AND (state = 'CLOSED') = (satisfied IS NOT NULL)
          AND (state = 'CLOSED') = (results IS NOT NULL)
          AND (state = 'CLOSED') = (question_means IS NOT NULL)),
        CONSTRAINT survey_round_clients_uninvited CHECK (kind = 'EMPLOYEE' OR invited = 0),
        FOREIGN KEY (period_id, programme_id) REFERENCES period (id, programme_id) ON DELETE CASCADE,
        FOREIGN KEY (programme_id, office_id) REFERENCES programme_office (programme_id, office_id) ON DELETE CASCADE
      );
      CREATE INDEX survey_round_programme_idx ON survey_round (programme_id, period_id);

      -- A round belongs to an annual period; it only goes from open to closed, never changes office,
      -- period, kind or questionnaire, and a closed one never changes again.
      CREATE FUNCTION survey_round_rules() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF (SELECT kind FROM period WHERE id = NEW.period_id) IS DISTINCT FROM 'YEAR' THEN
            RAISE EXCEPTION 'a survey round belongs to an annual period'
              USING ERRCODE = 'check_violation', CONSTRAINT = 'survey_round_period_kind';
          END IF;
        ELSIF OLD.state = 'CLOSED' OR NEW.programme_id <> OLD.programme_id OR NEW.office_id <> OLD.office_id
           OR NEW.period_id <> OLD.period_id OR NEW.kind <> OLD.kind OR NEW.code <> OLD.code
           OR NEW.questionnaire <> OLD.questionnaire THEN
          RAISE EXCEPTION 'a % survey round cannot change this way', lower(OLD.state)
            USING ERRCODE = 'check_violation', CONSTRAINT = 'survey_round_transition';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER survey_round_rules BEFORE INSERT OR UPDATE ON survey_round FOR EACH ROW EXECUTE FUNCTION survey_round_rules();

      -- No time, no order: the hash of a token and its round. Using the token deletes the row.
      CREATE TABLE survey_invitation (
        token_hash bytea PRIMARY KEY CHECK (length(token_hash) = 32),
        round_id uuid NOT NULL REFERENCES survey_round (id) ON DELETE CASCADE
      );
      CREATE INDEX survey_invitation_round_idx ON survey_invitation (round_id);

      CREATE TABLE survey_ballot_box (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES survey_round (id) ON DELETE CASCADE,
        answers jsonb NOT NULL CHECK (jsonb_typeof(answers) = 'object')
      );
      CREATE INDEX survey_ballot_box_round_idx ON survey_ballot_box (round_id);

      CREATE TABLE survey_response (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES survey_round (id) ON DELETE CASCADE,
        answers jsonb NOT NULL CHECK (jsonb_typeof(answers) = 'object')
      );
      CREATE INDEX survey_response_round_idx ON survey_response (round_id);

      CREATE TABLE survey_form_use (
        token_hash bytea PRIMARY KEY CHECK (length(token_hash) = 32),
        expires_at timestamptz NOT NULL
      );

      CREATE TABLE survey_question_cell (
        period_id uuid NOT NULL,
        programme_id uuid NOT NULL,
        release_no integer NOT NULL CHECK (release_no >= 1),
        peer_group_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN (${KINDS})),
        contributors_band text CHECK (contributors_band IN ('3-4', '5-9', '10-19', '20+')),
        question_means jsonb CHECK (jsonb_typeof(question_means) = 'object'),
        suppression_reason text CHECK (suppression_reason IN ('SHARE_SUPPRESSED', 'NOT_FROM_SURVEYS')),
        PRIMARY KEY (period_id, release_no, peer_group_id, kind),
        CONSTRAINT survey_question_cell_published_or_suppressed CHECK (
          (suppression_reason IS NULL) = (question_means IS NOT NULL)
          AND (suppression_reason IS NULL) = (contributors_band IS NOT NULL)),
        FOREIGN KEY (period_id, programme_id) REFERENCES period (id, programme_id) ON DELETE CASCADE,
        FOREIGN KEY (peer_group_id, programme_id) REFERENCES peer_group (id, programme_id)
      );

      ALTER TABLE survey_questionnaire ENABLE ROW LEVEL SECURITY;
      ALTER TABLE survey_questionnaire FORCE ROW LEVEL SECURITY;
      CREATE POLICY survey_questionnaire_read ON survey_questionnaire FOR SELECT
        USING (${LED} OR programme_id IN (SELECT programme FROM app_coordinated_pairs()));
      CREATE POLICY survey_questionnaire_lead_insert ON survey_questionnaire FOR INSERT WITH CHECK (${LED});
      CREATE POLICY survey_questionnaire_lead_update ON survey_questionnaire FOR UPDATE USING (${LED}) WITH CHECK (${LED});

      ALTER TABLE survey_round ENABLE ROW LEVEL SECURITY;
      ALTER TABLE survey_round FORCE ROW LEVEL SECURITY;
      CREATE POLICY survey_round_read ON survey_round FOR SELECT USING (${LED} OR ${COORDINATED});
      CREATE POLICY survey_round_open ON survey_round FOR INSERT WITH CHECK (${COORDINATED});
      CREATE POLICY survey_round_change ON survey_round FOR UPDATE USING (${COORDINATED}) WITH CHECK (${COORDINATED});
      CREATE POLICY survey_round_answering ON survey_round FOR SELECT TO officebench_survey USING (true);
      -- survey_cast locks the round FOR SHARE, which needs an UPDATE policy; it never changes a round.
      CREATE POLICY survey_round_answering_lock ON survey_round FOR UPDATE TO officebench_survey USING (true) WITH CHECK (false);

      ALTER TABLE survey_invitation ENABLE ROW LEVEL SECURITY;
      ALTER TABLE survey_invitation FORCE ROW LEVEL SECURITY;
      CREATE POLICY survey_invitation_make ON survey_invitation FOR INSERT WITH CHECK (${COORDINATED_ROUND});
      CREATE POLICY survey_invitation_answering ON survey_invitation TO officebench_survey USING (true);

      ALTER TABLE survey_ballot_box ENABLE ROW LEVEL SECURITY;
      ALTER TABLE survey_ballot_box FORCE ROW LEVEL SECURITY;
      CREATE POLICY survey_ballot_box_answering ON survey_ballot_box TO officebench_survey USING (true);

      ALTER TABLE survey_response ENABLE ROW LEVEL SECURITY;
      ALTER TABLE survey_response FORCE ROW LEVEL SECURITY;
      -- Only the office's coordinators read answers (the API shows them only as results of a closed round).
      CREATE POLICY survey_response_read ON survey_response FOR SELECT USING (${COORDINATED_ROUND});
      CREATE POLICY survey_response_answering ON survey_response TO officebench_survey USING (true);

      ALTER TABLE survey_form_use ENABLE ROW LEVEL SECURITY;
      ALTER TABLE survey_form_use FORCE ROW LEVEL SECURITY;
      CREATE POLICY survey_form_use_answering ON survey_form_use TO officebench_survey USING (true);

      GRANT SELECT ON survey_secret TO officebench_app;
      GRANT SELECT, INSERT, UPDATE ON survey_questionnaire TO officebench_app;
      GRANT SELECT, INSERT, UPDATE ON survey_round TO officebench_app;
      GRANT INSERT ON survey_invitation TO officebench_app;
      GRANT SELECT ON survey_response TO officebench_app;
      GRANT SELECT, INSERT ON survey_question_cell TO officebench_app;

      GRANT SELECT ON survey_round, office, period TO officebench_survey;
      GRANT UPDATE (version) ON survey_round TO officebench_survey;
      GRANT SELECT, DELETE ON survey_invitation TO officebench_survey;
      GRANT SELECT, INSERT, DELETE ON survey_ballot_box, survey_form_use TO officebench_survey;
      GRANT SELECT, INSERT ON survey_response TO officebench_survey;

      -- The public page: an open or closed round by its code, with what the form shows.
      CREATE FUNCTION survey_public_round(p_code text)
        RETURNS TABLE (id uuid, kind text, state text, questionnaire jsonb, office_name text, period_label text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT r.id, r.kind, r.state, r.questionnaire, o.name, p.label
          FROM survey_round r JOIN office o ON o.id = r.office_id JOIN period p ON p.id = r.period_id
         WHERE r.code = p_code
      $$;

      -- Whether an employee's link is still unused (the page says so before the form is filled in).
      CREATE FUNCTION survey_invitation_unused(p_round uuid, p_token_hash bytea) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT EXISTS (SELECT 1 FROM survey_invitation WHERE token_hash = p_token_hash AND round_id = p_round)
      $$;

      -- One answer, checked by the API against the round's questionnaire. The round is locked FOR SHARE, so
      -- closing it (FOR UPDATE) waits for the answers in flight and the ones after see it closed. An
      -- employee's invitation is deleted here; the answer goes into the ballot box, not to survey_response.
      CREATE FUNCTION survey_cast(p_round uuid, p_form_hash bytea, p_form_expires timestamptz, p_invitation_hash bytea, p_answers jsonb)
        RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        round_kind text;
        round_state text;
      BEGIN
        SELECT kind, state INTO round_kind, round_state FROM survey_round WHERE id = p_round FOR SHARE;
        IF round_state IS DISTINCT FROM 'OPEN' THEN RETURN 'CLOSED'; END IF;
        INSERT INTO survey_form_use (token_hash, expires_at) VALUES (p_form_hash, p_form_expires) ON CONFLICT DO NOTHING;
        IF NOT FOUND THEN RETURN 'FORM_USED'; END IF;
        IF round_kind = 'EMPLOYEE' THEN
          DELETE FROM survey_invitation WHERE token_hash = p_invitation_hash AND round_id = p_round;
          IF NOT FOUND THEN RETURN 'INVITATION_USED'; END IF;
        END IF;
        INSERT INTO survey_ballot_box (round_id, answers) VALUES (p_round, p_answers);
        RETURN 'ACCEPTED';
      END $$;

      -- Moves the ballot box of one round (when it closes), or of every round with at least 5 answers waiting
      -- (the periodic sweep: no answer moves alone, so the time of a move does not single one out), into
      -- survey_response in random order, in the caller's
      -- transaction (a concurrent sweep waits for it, then finds those rows gone). Drops the expired form
      -- tokens too.
      CREATE FUNCTION survey_sweep(p_round uuid) RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        moved integer;
      BEGIN
        WITH taken AS (
          DELETE FROM survey_ballot_box
           WHERE round_id = p_round
              OR (p_round IS NULL AND round_id IN (SELECT b.round_id FROM survey_ballot_box b GROUP BY b.round_id HAVING count(*) >= 5))
          RETURNING round_id, answers)
        INSERT INTO survey_response (round_id, answers) SELECT round_id, answers FROM taken ORDER BY random();
        GET DIAGNOSTICS moved = ROW_COUNT;
        DELETE FROM survey_form_use WHERE expires_at < now();
        RETURN moved;
      END $$;

      -- Answers received per round (swept or not), for the rounds the caller leads or coordinates.
      CREATE FUNCTION survey_answer_counts(p_rounds uuid[]) RETURNS TABLE (round_id uuid, answers bigint)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT r.id, (SELECT count(*) FROM survey_response s WHERE s.round_id = r.id)
                   + (SELECT count(*) FROM survey_ballot_box b WHERE b.round_id = r.id)
          FROM survey_round r
         WHERE r.id = ANY (p_rounds)
           AND (r.programme_id = ANY ((SELECT app_lead_programmes())::uuid[])
                OR (r.programme_id, r.office_id) IN (SELECT programme, office FROM app_coordinated_pairs()))
      $$;

      ALTER FUNCTION survey_public_round(text) OWNER TO officebench_survey;
      ALTER FUNCTION survey_invitation_unused(uuid, bytea) OWNER TO officebench_survey;
      ALTER FUNCTION survey_cast(uuid, bytea, timestamptz, bytea, jsonb) OWNER TO officebench_survey;
      ALTER FUNCTION survey_sweep(uuid) OWNER TO officebench_survey;
      ALTER FUNCTION survey_answer_counts(uuid[]) OWNER TO officebench_survey;
      REVOKE ALL ON FUNCTION survey_public_round(text), survey_invitation_unused(uuid, bytea),
        survey_cast(uuid, bytea, timestamptz, bytea, jsonb), survey_sweep(uuid), survey_answer_counts(uuid[]) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION survey_public_round(text), survey_invitation_unused(uuid, bytea),
        survey_cast(uuid, bytea, timestamptz, bytea, jsonb), survey_sweep(uuid), survey_answer_counts(uuid[]) TO officebench_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The role stays, like officebench_app: roles belong to the whole server.
    await queryRunner.query(`
      DROP FUNCTION survey_public_round(text), survey_invitation_unused(uuid, bytea),
        survey_cast(uuid, bytea, timestamptz, bytea, jsonb), survey_sweep(uuid), survey_answer_counts(uuid[]);
      DROP TABLE survey_question_cell, survey_form_use, survey_response, survey_ballot_box, survey_invitation, survey_round,
        survey_questionnaire, survey_secret;
      DROP FUNCTION survey_round_rules();
      REVOKE ALL ON office, period FROM officebench_survey;
      REVOKE USAGE ON SCHEMA public FROM officebench_survey;
    `);
  }
}
