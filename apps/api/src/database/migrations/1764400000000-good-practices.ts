import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The good-practice database, shared by the whole platform:
 * - a practice belongs to an office (not to a programme: any signed-in user reads published ones),
 *   with its sections (problem, what was done, results, resources), contact and year introduced;
 * - search in Polish without a Polish dictionary: a tsvector over folded text (lower case, unaccent)
 *   kept by a trigger, and a lexicon of the words published practices use, under a trigram index,
 *   through which misspelt words find their nearest real words;
 * - a lead features practices for a programme; an office may opt in to let suggestions say it improved;
 * - row-level security: drafts are seen and changed by the authoring office's coordinators only.
 * One function, owned by officebench_stats, answers which of the opted-in offices improved on an
 * indicator; offices that did not opt in never enter it.
 */
export class GoodPractices1764400000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE EXTENSION IF NOT EXISTS unaccent;
      CREATE EXTENSION IF NOT EXISTS pg_trgm;

      -- Local-government associations (Związek Powiatów Polskich) publish practices too.
      ALTER TABLE office DROP CONSTRAINT office_kind_check;
      ALTER TABLE office ADD CONSTRAINT office_kind_check
        CHECK (kind IN ('URBAN_GMINA', 'RURAL_GMINA', 'URBAN_RURAL_GMINA', 'CITY_COUNTY', 'COUNTY', 'VOIVODESHIP', 'ASSOCIATION'));

      -- unaccent is only STABLE (its dictionary could change); pinned to one dictionary it is immutable.
      CREATE FUNCTION officebench_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
        SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1))
      $$;

      CREATE FUNCTION practice_tags_valid(tags text[]) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
        SELECT cardinality(tags) <= 12
           AND NOT EXISTS (SELECT 1 FROM unnest(tags) t WHERE length(btrim(t)) NOT BETWEEN 1 AND 40 OR t <> btrim(t))
      $$;

      ALTER TABLE good_practice DROP CONSTRAINT good_practice_programme_id_office_id_fkey;
      ALTER TABLE good_practice DROP COLUMN programme_id;
      ALTER TABLE good_practice
        ADD CONSTRAINT good_practice_office_fkey FOREIGN KEY (office_id) REFERENCES office (id),
        ADD COLUMN problem text NOT NULL DEFAULT '' CHECK (length(problem) <= 4000),
        ADD COLUMN actions text NOT NULL DEFAULT '' CHECK (length(actions) <= 4000),
        ADD COLUMN results text NOT NULL DEFAULT '' CHECK (length(results) <= 4000),
        ADD COLUMN resources text NOT NULL DEFAULT '' CHECK (length(resources) <= 4000),
        ADD COLUMN contact text CHECK (contact IS NULL OR length(btrim(contact)) BETWEEN 1 AND 300),
        ADD COLUMN year_introduced integer CHECK (year_introduced BETWEEN 1990 AND 2100),
        ADD COLUMN search_vector tsvector NOT NULL DEFAULT ''::tsvector,
        ADD CONSTRAINT good_practice_body_length CHECK (length(body) <= 20000),
        ADD CONSTRAINT good_practice_tags_valid CHECK (practice_tags_valid(tags));
      CREATE INDEX good_practice_office_idx ON good_practice (office_id);
      CREATE INDEX good_practice_published_idx ON good_practice (published_at DESC, id DESC) WHERE status = 'PUBLISHED';
      CREATE INDEX good_practice_search_idx ON good_practice USING gin (search_vector);
      CREATE INDEX good_practice_indicator_indicator_idx ON good_practice_indicator (indicator_id);

      -- The words of published practices: where a misspelt query word looks for its nearest real words.
      CREATE TABLE good_practice_word (word text PRIMARY KEY CHECK (length(word) BETWEEN 3 AND 40));
      CREATE INDEX good_practice_word_trigram_idx ON good_practice_word USING gin (word gin_trgm_ops);
      CREATE INDEX good_practice_word_prefix_idx ON good_practice_word (word text_pattern_ops);

      -- Title weighs most (A), then summary and tags (B), the sections (C), the body and the office's name (D).
      CREATE FUNCTION good_practice_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector :=
             setweight(to_tsvector('simple', officebench_fold(NEW.title)), 'A')
          || setweight(to_tsvector('simple', officebench_fold(NEW.summary || ' ' || array_to_string(NEW.tags, ' '))), 'B')
          || setweight(to_tsvector('simple', officebench_fold(concat_ws(' ', NEW.problem, NEW.actions, NEW.results, NEW.resources))), 'C')
          || setweight(to_tsvector('simple', officebench_fold(NEW.body || ' ' || coalesce((SELECT name FROM office WHERE id = NEW.office_id), ''))), 'D');
        RETURN NEW;
      END $$;
      CREATE TRIGGER good_practice_search BEFORE INSERT OR UPDATE ON good_practice
        FOR EACH ROW EXECUTE FUNCTION good_practice_search();

      CREATE FUNCTION good_practice_lexicon() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO good_practice_word (word)
          SELECT DISTINCT w FROM unnest(tsvector_to_array(NEW.search_vector)) w WHERE length(w) BETWEEN 3 AND 40
          ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$;
      CREATE TRIGGER good_practice_lexicon AFTER INSERT OR UPDATE ON good_practice
        FOR EACH ROW WHEN (NEW.status = 'PUBLISHED') EXECUTE FUNCTION good_practice_lexicon();

      -- Practices a lead recommends to the offices of its programme.
      CREATE TABLE good_practice_feature (
        programme_id uuid NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
        good_practice_id uuid NOT NULL REFERENCES good_practice (id) ON DELETE CASCADE,
        featured_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        featured_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (programme_id, good_practice_id)
      );
      CREATE INDEX good_practice_feature_practice_idx ON good_practice_feature (good_practice_id);

      -- An office's consent to let suggestions say that it improved on an indicator (never by how much).
      CREATE TABLE office_practice_disclosure (
        office_id uuid PRIMARY KEY REFERENCES office (id) ON DELETE CASCADE,
        show_improvement boolean NOT NULL,
        decided_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        decided_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE FUNCTION app_coordinates_office(office uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT EXISTS (SELECT 1 FROM unnest(app_coordinated_offices()) pair WHERE split_part(pair, '/', 2) = office::text)
      $$;

      -- Not FORCEd: the owner (migrations, the demo seed) writes practices of offices outside any programme.
      ALTER TABLE good_practice ENABLE ROW LEVEL SECURITY;
      CREATE POLICY good_practice_read ON good_practice FOR SELECT
        USING (status = 'PUBLISHED' OR app_coordinates_office(office_id));
      CREATE POLICY good_practice_insert ON good_practice FOR INSERT WITH CHECK (app_coordinates_office(office_id));
      CREATE POLICY good_practice_update ON good_practice FOR UPDATE
        USING (app_coordinates_office(office_id)) WITH CHECK (app_coordinates_office(office_id));
      CREATE POLICY good_practice_delete ON good_practice FOR DELETE USING (app_coordinates_office(office_id) AND status = 'DRAFT');

      ALTER TABLE good_practice_indicator ENABLE ROW LEVEL SECURITY;
      CREATE POLICY good_practice_indicator_read ON good_practice_indicator FOR SELECT
        USING (EXISTS (SELECT 1 FROM good_practice p WHERE p.id = good_practice_id));
      CREATE POLICY good_practice_indicator_write ON good_practice_indicator FOR ALL
        USING (EXISTS (SELECT 1 FROM good_practice p WHERE p.id = good_practice_id AND app_coordinates_office(p.office_id)))
        WITH CHECK (EXISTS (SELECT 1 FROM good_practice p WHERE p.id = good_practice_id AND app_coordinates_office(p.office_id)));

      ALTER TABLE good_practice_feature ENABLE ROW LEVEL SECURITY;
      CREATE POLICY good_practice_feature_read ON good_practice_feature FOR SELECT USING (true);
      CREATE POLICY good_practice_feature_write ON good_practice_feature FOR ALL
        USING (programme_id = ANY (app_lead_programmes())) WITH CHECK (programme_id = ANY (app_lead_programmes()));
      -- Withdrawing a practice ends its featuring: the authoring office's coordinators may remove those rows.
      CREATE POLICY good_practice_feature_withdrawn ON good_practice_feature FOR DELETE
        USING (EXISTS (SELECT 1 FROM good_practice p WHERE p.id = good_practice_id AND app_coordinates_office(p.office_id)));

      ALTER TABLE office_practice_disclosure ENABLE ROW LEVEL SECURITY;
      CREATE POLICY office_practice_disclosure_read ON office_practice_disclosure FOR SELECT USING (true);
      CREATE POLICY office_practice_disclosure_write ON office_practice_disclosure FOR ALL
        USING (app_coordinates_office(office_id)) WITH CHECK (app_coordinates_office(office_id));

      GRANT SELECT, INSERT, UPDATE, DELETE ON good_practice, good_practice_indicator TO officebench_app;
      GRANT SELECT, INSERT, DELETE ON good_practice_feature TO officebench_app;
      GRANT SELECT, INSERT, UPDATE ON office_practice_disclosure TO officebench_app;
      GRANT SELECT, INSERT ON good_practice_word TO officebench_app;

      -- Which of the given offices opted in and improved on the indicator: their last approved value is
      -- better than their first. Offices that did not opt in are filtered out before any value is read.
      GRANT SELECT ON office_practice_disclosure TO officebench_stats;
      CREATE FUNCTION practice_offices_improved(indicator_code text, offices uuid[]) RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        WITH opted AS (
          SELECT office_id FROM office_practice_disclosure WHERE show_improvement AND office_id = ANY (offices)
        ), series AS (
          SELECT s.office_id, sv.value, i.direction,
                 row_number() OVER (PARTITION BY s.office_id ORDER BY p.starts_on, p.ends_on, p.id) AS from_first,
                 row_number() OVER (PARTITION BY s.office_id ORDER BY p.starts_on DESC, p.ends_on DESC, p.id DESC) AS from_last
            FROM submission s
            JOIN submission_value sv ON sv.submission_id = s.id
            JOIN indicator i ON i.id = sv.indicator_id
            JOIN period p ON p.id = s.period_id
           WHERE i.code = indicator_code AND s.status = 'APPROVED' AND sv.value IS NOT NULL
             AND s.office_id IN (SELECT office_id FROM opted)
        )
        SELECT first.office_id
          FROM series first JOIN series last ON last.office_id = first.office_id AND last.from_last = 1
         WHERE first.from_first = 1 AND last.from_first > 1
           AND CASE first.direction WHEN 'HIGHER_BETTER' THEN last.value > first.value ELSE last.value < first.value END
      $$;
      ALTER FUNCTION practice_offices_improved(text, uuid[]) OWNER TO officebench_stats;
      REVOKE ALL ON FUNCTION practice_offices_improved(text, uuid[]) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION practice_offices_improved(text, uuid[]) TO officebench_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION practice_offices_improved(text, uuid[]);
      REVOKE ALL ON office_practice_disclosure FROM officebench_stats;
      REVOKE ALL ON good_practice, good_practice_indicator, good_practice_feature, office_practice_disclosure, good_practice_word FROM officebench_app;
      DROP POLICY good_practice_indicator_read ON good_practice_indicator;
      DROP POLICY good_practice_indicator_write ON good_practice_indicator;
      ALTER TABLE good_practice_indicator DISABLE ROW LEVEL SECURITY;
      DROP POLICY good_practice_read ON good_practice;
      DROP POLICY good_practice_insert ON good_practice;
      DROP POLICY good_practice_update ON good_practice;
      DROP POLICY good_practice_delete ON good_practice;
      ALTER TABLE good_practice DISABLE ROW LEVEL SECURITY;
      DROP TABLE office_practice_disclosure;
      DROP TABLE good_practice_feature;
      DROP FUNCTION app_coordinates_office(uuid);
      DROP TRIGGER good_practice_lexicon ON good_practice;
      DROP FUNCTION good_practice_lexicon();
      DROP TRIGGER good_practice_search ON good_practice;
      DROP FUNCTION good_practice_search();
      DROP TABLE good_practice_word;
      DROP INDEX good_practice_indicator_indicator_idx, good_practice_office_idx, good_practice_published_idx;
      DELETE FROM good_practice;
      ALTER TABLE good_practice
        DROP CONSTRAINT good_practice_tags_valid,
        DROP CONSTRAINT good_practice_body_length,
        DROP CONSTRAINT good_practice_office_fkey,
        DROP COLUMN search_vector,
        DROP COLUMN year_introduced,
        DROP COLUMN contact,
        DROP COLUMN resources,
        DROP COLUMN results,
        DROP COLUMN actions,
        DROP COLUMN problem,
        ADD COLUMN programme_id uuid NOT NULL,
        ADD FOREIGN KEY (programme_id, office_id) REFERENCES programme_office (programme_id, office_id);
      DROP FUNCTION practice_tags_valid(text[]);
      DROP FUNCTION officebench_fold(text);
      DELETE FROM office WHERE kind = 'ASSOCIATION';
      ALTER TABLE office DROP CONSTRAINT office_kind_check;
      ALTER TABLE office ADD CONSTRAINT office_kind_check
        CHECK (kind IN ('URBAN_GMINA', 'RURAL_GMINA', 'URBAN_RURAL_GMINA', 'CITY_COUNTY', 'COUNTY', 'VOIVODESHIP'));
    `);
  }
}
