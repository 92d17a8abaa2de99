import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The search vector of migration 1764400000000: each part folded, weighted A (title) to D (body and office). */
const vector = (forms: (folded: string) => string) => `
  CREATE OR REPLACE FUNCTION good_practice_search() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    NEW.search_vector :=
         setweight(${forms('officebench_fold(NEW.title)')}, 'A')
      || setweight(${forms(`officebench_fold(NEW.summary || ' ' || array_to_string(NEW.tags, ' '))`)}, 'B')
      || setweight(${forms(`officebench_fold(concat_ws(' ', NEW.problem, NEW.actions, NEW.results, NEW.resources))`)}, 'C')
      || setweight(${forms(`officebench_fold(NEW.body || ' ' || coalesce((SELECT name FROM office WHERE id = NEW.office_id), ''))`)}, 'D');
    RETURN NEW;
  END $$;`;

const plain = (folded: string) => `to_tsvector('simple', ${folded})`;
const withForms = (folded: string) => `to_tsvector('simple', ${folded}) || to_tsvector('simple', officebench_search_forms(${folded}))`;

/**
 * Good-practice search finds a word however it is written together or apart (issue 17):
 * - the search vector also holds each hyphenated word written together ("e-urząd" → "eurzad") and each
 *   word of letters and digits split ("ISO9001" → "iso", "9001") and a lone letter that is no word of
 *   its own joined to the next word ("e urząd" → "eurzad"); the query side (searchTerms in
 *   libs/domain) looks for a compound written together or as its parts, so "ISO9001", "ISO 9001" and
 *   "ISO-9001", or "e-urząd", "e urząd" and "eurząd", find one another. officebench_search_forms is the
 *   SQL twin of the domain's searchForms. The GIN index on search_vector stays as it is: the column
 *   keeps its type and every row is recomputed here (the lexicon of words gets the new forms too).
 * - from_sources marks the practices written up from published source documents (the demo's 33): they
 *   were never published on the platform, so they show the year introduced and no publication date.
 *   Rows the demo seed already wrote (no author, published the moment they were created) are marked.
 */
export class PracticeSearchForms1764800000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION officebench_search_forms(folded text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
        SELECT concat_ws(' ',
          (SELECT string_agg(replace(m[1], '-', ''), ' ')
             FROM regexp_matches($1, '([[:alnum:]]+(?:-[[:alnum:]]+)+)', 'g') AS m),
          (SELECT string_agg(regexp_replace(regexp_replace(m[1], '([[:alpha:]])([[:digit:]])', '\\1 \\2', 'g'),
                                            '([[:digit:]])([[:alpha:]])', '\\1 \\2', 'g'), ' ')
             FROM regexp_matches($1, '([[:alnum:]]+)', 'g') AS m
            WHERE m[1] ~ '[[:alpha:]][[:digit:]]|[[:digit:]][[:alpha:]]'),
          (SELECT string_agg(m[1] || m[2], ' ')
             FROM regexp_matches($1, '(?<![[:alnum:]-])([bcdefghjklmnpqrstvxy])\\s+([[:alpha:]]+)', 'g') AS m))
      $$;
      ${vector(withForms)}
      ALTER TABLE good_practice ADD COLUMN from_sources boolean NOT NULL DEFAULT false;
      -- Recomputes every vector (the trigger runs on update) and marks the seed's practices.
      UPDATE good_practice SET from_sources = (created_by IS NULL AND status = 'PUBLISHED' AND published_at = created_at);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE good_practice DROP COLUMN from_sources;
      ${vector(plain)}
      UPDATE good_practice SET title = title;
      DROP FUNCTION officebench_search_forms(text);
    `);
  }
}
