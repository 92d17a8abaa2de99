import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The data model: programmes, offices and membership, peer groups, users and role grants, versioned
 * indicator definitions and programme indicator sets, reporting periods, submissions and their values,
 * good practices and the audit log. Rules that must hold whatever the code does live here as
 * constraints.
 */
export class InitialSchema1763800000000 implements MigrationInterface {
  name = 'InitialSchema1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE office (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        kind text NOT NULL CHECK (kind IN ('URBAN_GMINA', 'RURAL_GMINA', 'URBAN_RURAL_GMINA', 'CITY_COUNTY', 'COUNTY', 'VOIVODESHIP')),
        region text NOT NULL CHECK (length(btrim(region)) > 0),
        employees integer CHECK (employees > 0),
        population integer CHECK (population > 0),
        size_is_synthetic boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT office_name_region_unique UNIQUE (name, region)
      );

      CREATE TABLE programme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9-]+$'),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        lead_office_id uuid REFERENCES office (id),
        anonymity_threshold integer NOT NULL DEFAULT 5 CHECK (anonymity_threshold >= 3),
        starts_on date,
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE programme_office (
        programme_id uuid NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
        office_id uuid NOT NULL REFERENCES office (id),
        position integer NOT NULL CHECK (position > 0),
        joined_on date,
        PRIMARY KEY (programme_id, office_id),
        CONSTRAINT programme_office_position_unique UNIQUE (programme_id, position)
      );

      CREATE TABLE peer_group (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        basis text NOT NULL CHECK (basis IN ('ALL', 'KIND', 'REGION', 'SIZE_BAND', 'CUSTOM')),
        criterion text,
        CONSTRAINT peer_group_name_unique UNIQUE (programme_id, name),
        CONSTRAINT peer_group_id_programme_unique UNIQUE (id, programme_id),
        CONSTRAINT peer_group_criterion_by_basis CHECK ((basis IN ('ALL', 'CUSTOM')) = (criterion IS NULL))
      );

      CREATE TABLE peer_group_member (
        peer_group_id uuid NOT NULL,
        programme_id uuid NOT NULL,
        office_id uuid NOT NULL,
        PRIMARY KEY (peer_group_id, office_id),
        FOREIGN KEY (peer_group_id, programme_id) REFERENCES peer_group (id, programme_id) ON DELETE CASCADE,
        FOREIGN KEY (programme_id, office_id) REFERENCES programme_office (programme_id, office_id) ON DELETE CASCADE
      );

      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(btrim(email)) AND email LIKE '%_@_%'),
        display_name text NOT NULL CHECK (length(btrim(display_name)) > 0),
        password_hash text,
        is_active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_email_unique UNIQUE (email)
      );

      CREATE TABLE role_grant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('PLATFORM_ADMIN', 'PROGRAMME_LEAD', 'OFFICE_COORDINATOR')),
        programme_id uuid REFERENCES programme (id) ON DELETE CASCADE,
        office_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT role_grant_scope CHECK (
          (role = 'PLATFORM_ADMIN' AND programme_id IS NULL AND office_id IS NULL)
          OR (role = 'PROGRAMME_LEAD' AND programme_id IS NOT NULL AND office_id IS NULL)
          OR (role = 'OFFICE_COORDINATOR' AND programme_id IS NOT NULL AND office_id IS NOT NULL)
        ),
        CONSTRAINT role_grant_unique UNIQUE NULLS NOT DISTINCT (user_id, role, programme_id, office_id),
        FOREIGN KEY (programme_id, office_id) REFERENCES programme_office (programme_id, office_id) ON DELETE CASCADE
      );

      CREATE TABLE indicator (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        name_pl text NOT NULL CHECK (length(btrim(name_pl)) > 0),
        name_en text NOT NULL CHECK (length(btrim(name_en)) > 0),
        unit text NOT NULL CHECK (unit IN ('pct', 'days', 'minutes', 'count', 'pln', 'points', 'hours', 'per_1000')),
        direction text NOT NULL CHECK (direction IN ('HIGHER_BETTER', 'LOWER_BETTER')),
        periodicity text NOT NULL CHECK (periodicity IN ('QUARTERLY', 'ANNUAL', 'PER_CYCLE')),
        input_kind text NOT NULL CHECK (input_kind IN ('VALUE', 'RATIO')),
        scale numeric NOT NULL DEFAULT 1 CHECK (scale > 0),
        numerator_label text,
        denominator_label text,
        min_value numeric,
        max_value numeric,
        caf_criterion integer CHECK (caf_criterion BETWEEN 1 AND 9),
        source text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT indicator_code_version_unique UNIQUE (code, version),
        CONSTRAINT indicator_range_order CHECK (min_value IS NULL OR max_value IS NULL OR min_value <= max_value),
        CONSTRAINT indicator_ratio_labels CHECK ((input_kind = 'RATIO') = (numerator_label IS NOT NULL AND denominator_label IS NOT NULL))
      );

      CREATE TABLE programme_indicator (
        programme_id uuid NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
        indicator_id uuid NOT NULL REFERENCES indicator (id),
        position integer NOT NULL CHECK (position > 0),
        mandatory boolean NOT NULL DEFAULT true,
        PRIMARY KEY (programme_id, indicator_id),
        CONSTRAINT programme_indicator_position_unique UNIQUE (programme_id, position)
      );

      CREATE TABLE period (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('QUARTER', 'YEAR', 'CAF_CYCLE')),
        label text NOT NULL CHECK (length(btrim(label)) > 0),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        opens_at timestamptz NOT NULL,
        deadline timestamptz NOT NULL,
        locked_at timestamptz,
        released_at timestamptz,
        CONSTRAINT period_label_unique UNIQUE (programme_id, label),
        CONSTRAINT period_id_programme_unique UNIQUE (id, programme_id),
        CONSTRAINT period_dates_order CHECK (starts_on <= ends_on AND opens_at <= deadline)
      );

      CREATE TABLE submission (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL,
        office_id uuid NOT NULL,
        period_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        return_reason text,
        submitted_at timestamptz,
        approved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT submission_office_period_unique UNIQUE (office_id, period_id),
        CONSTRAINT submission_returned_has_reason CHECK (status <> 'RETURNED' OR length(btrim(coalesce(return_reason, ''))) > 0),
        CONSTRAINT submission_submitted_at_by_status CHECK (status = 'DRAFT' OR submitted_at IS NOT NULL),
        CONSTRAINT submission_approved_at_by_status CHECK ((status = 'APPROVED') = (approved_at IS NOT NULL)),
        FOREIGN KEY (programme_id, office_id) REFERENCES programme_office (programme_id, office_id),
        FOREIGN KEY (period_id, programme_id) REFERENCES period (id, programme_id) ON DELETE CASCADE
      );
      CREATE INDEX submission_period_idx ON submission (period_id);

      CREATE TABLE submission_value (
        submission_id uuid NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
        indicator_id uuid NOT NULL REFERENCES indicator (id),
        value numeric,
        numerator numeric CHECK (numerator >= 0),
        denominator numeric CHECK (denominator > 0),
        comment text CHECK (length(comment) <= 2000),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (submission_id, indicator_id),
        CONSTRAINT submission_value_ratio_parts CHECK ((numerator IS NULL) = (denominator IS NULL)),
        CONSTRAINT submission_value_not_empty CHECK (value IS NOT NULL OR numerator IS NOT NULL OR comment IS NOT NULL)
      );

      -- A stored value must lie within its indicator's range (the code checks this first, with a
      -- friendlier message; this is the backstop).
      CREATE FUNCTION submission_value_in_range() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        definition indicator%ROWTYPE;
      BEGIN
        SELECT * INTO definition FROM indicator WHERE id = NEW.indicator_id;
        IF NEW.value IS NOT NULL
           AND ((definition.min_value IS NOT NULL AND NEW.value < definition.min_value)
             OR (definition.max_value IS NOT NULL AND NEW.value > definition.max_value)) THEN
          RAISE EXCEPTION 'value % of indicator % is outside its range [%, %]',
            NEW.value, definition.code, definition.min_value, definition.max_value
            USING ERRCODE = 'check_violation', CONSTRAINT = 'submission_value_in_range';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER submission_value_in_range BEFORE INSERT OR UPDATE ON submission_value
        FOR EACH ROW EXECUTE FUNCTION submission_value_in_range();

      CREATE TABLE good_practice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL,
        office_id uuid NOT NULL,
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        summary text NOT NULL CHECK (length(btrim(summary)) BETWEEN 1 AND 1000),
        body text NOT NULL CHECK (length(btrim(body)) > 0),
        caf_criteria integer[] NOT NULL DEFAULT '{}' CHECK (caf_criteria <@ ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9]),
        tags text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED')),
        published_at timestamptz,
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT good_practice_published_at_by_status CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL)),
        FOREIGN KEY (programme_id, office_id) REFERENCES programme_office (programme_id, office_id)
      );

      CREATE TABLE good_practice_indicator (
        good_practice_id uuid NOT NULL REFERENCES good_practice (id) ON DELETE CASCADE,
        indicator_id uuid NOT NULL REFERENCES indicator (id),
        PRIMARY KEY (good_practice_id, indicator_id)
      );

      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        action text NOT NULL CHECK (length(btrim(action)) > 0),
        entity text NOT NULL,
        entity_id text NOT NULL,
        old_value jsonb,
        new_value jsonb
      );
      CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE audit_log;
      DROP TABLE good_practice_indicator;
      DROP TABLE good_practice;
      DROP TRIGGER submission_value_in_range ON submission_value;
      DROP TABLE submission_value;
      DROP FUNCTION submission_value_in_range();
      DROP TABLE submission;
      DROP TABLE period;
      DROP TABLE programme_indicator;
      DROP TABLE indicator;
      DROP TABLE role_grant;
      DROP TABLE app_user;
      DROP TABLE peer_group_member;
      DROP TABLE peer_group;
      DROP TABLE programme_office;
      DROP TABLE programme;
      DROP TABLE office;
    `);
  }
}
