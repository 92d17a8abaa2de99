import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The benchmark engine:
 * - `release_contribution`: the approved values a release was computed from (raw values, so under
 *   row-level security like the submissions); the next release compares against it;
 * - `benchmark_cell`: the stored, published statistics offices read (no office's value; readable by
 *   the API role, written only by a release);
 * - `programme_target`: a programme's targets per indicator;
 * - the lead may define custom peer groups.
 */
export class Benchmark1764200000000 implements MigrationInterface {
  name = 'Benchmark1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE release_contribution (
        period_id uuid NOT NULL,
        programme_id uuid NOT NULL,
        indicator_id uuid NOT NULL REFERENCES indicator (id),
        office_id uuid NOT NULL,
        value numeric NOT NULL,
        numerator numeric CHECK (numerator >= 0),
        denominator numeric CHECK (denominator > 0),
        PRIMARY KEY (period_id, indicator_id, office_id),
        CONSTRAINT release_contribution_ratio_parts CHECK ((numerator IS NULL) = (denominator IS NULL)),
        FOREIGN KEY (period_id, programme_id) REFERENCES period (id, programme_id) ON DELETE CASCADE,
        FOREIGN KEY (programme_id, office_id) REFERENCES programme_office (programme_id, office_id) ON DELETE CASCADE
      );
      ALTER TABLE release_contribution ENABLE ROW LEVEL SECURITY;
      ALTER TABLE release_contribution FORCE ROW LEVEL SECURITY;
      CREATE POLICY release_contribution_office_scope ON release_contribution
        USING (app_may_access_office(programme_id, office_id))
        WITH CHECK (app_may_access_office(programme_id, office_id));

      CREATE TABLE benchmark_cell (
        period_id uuid NOT NULL,
        programme_id uuid NOT NULL,
        indicator_id uuid NOT NULL REFERENCES indicator (id),
        peer_group_id uuid NOT NULL,
        suppression_reason text CHECK (suppression_reason IN ('TOO_FEW_OFFICES', 'DOMINANCE', 'NESTED_GROUP')),
        contributors_band text CHECK (contributors_band IN ('3-4', '5-9', '10-19', '20+')),
        mean numeric,
        pooled_rate numeric,
        median numeric,
        p25 numeric,
        p75 numeric,
        PRIMARY KEY (period_id, peer_group_id, indicator_id),
        -- A suppressed cell carries nothing but its reason; a published one at least a band and a mean.
        CONSTRAINT benchmark_cell_suppressed_is_empty CHECK (
          suppression_reason IS NULL
          OR (contributors_band IS NULL AND mean IS NULL AND pooled_rate IS NULL AND median IS NULL AND p25 IS NULL AND p75 IS NULL)),
        CONSTRAINT benchmark_cell_published_has_mean CHECK (suppression_reason IS NOT NULL OR (contributors_band IS NOT NULL AND mean IS NOT NULL)),
        CONSTRAINT benchmark_cell_quantiles_together CHECK ((median IS NULL) = (p25 IS NULL) AND (median IS NULL) = (p75 IS NULL)),
        CONSTRAINT benchmark_cell_quantiles_ordered CHECK (median IS NULL OR (p25 <= median AND median <= p75)),
        FOREIGN KEY (period_id, programme_id) REFERENCES period (id, programme_id) ON DELETE CASCADE,
        FOREIGN KEY (peer_group_id, programme_id) REFERENCES peer_group (id, programme_id) ON DELETE CASCADE
      );
      CREATE INDEX benchmark_cell_group_idx ON benchmark_cell (peer_group_id, indicator_id);

      CREATE TABLE programme_target (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
        indicator_id uuid NOT NULL REFERENCES indicator (id),
        kind text NOT NULL CHECK (kind IN ('LEVEL', 'CHANGE')),
        value numeric NOT NULL,
        due_on date,
        CONSTRAINT programme_target_unique UNIQUE (programme_id, indicator_id),
        CONSTRAINT programme_target_change_not_zero CHECK (kind <> 'CHANGE' OR value <> 0),
        FOREIGN KEY (programme_id, indicator_id) REFERENCES programme_indicator (programme_id, indicator_id) ON DELETE CASCADE
      );

      GRANT SELECT, INSERT, DELETE ON release_contribution TO officebench_app;
      GRANT SELECT, INSERT, DELETE ON benchmark_cell TO officebench_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON programme_target TO officebench_app;
      GRANT INSERT, DELETE ON peer_group, peer_group_member TO officebench_app;
      GRANT UPDATE (released_at) ON period TO officebench_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      REVOKE UPDATE (released_at) ON period FROM officebench_app;
      REVOKE INSERT, DELETE ON peer_group, peer_group_member FROM officebench_app;
      DROP TABLE programme_target;
      DROP TABLE benchmark_cell;
      DROP TABLE release_contribution;
    `);
  }
}
