import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Good-practice search with its indexes (issue 18). Under the good_practice_read policy the planner may
 * not use the GIN index on search_vector: `@@` is not leakproof, so it must run after the policy's own
 * check (app_coordinates_office, not leakproof either) and every search was a sequential scan of every
 * vector. Published practices are readable by everyone under that policy, so the search looks for them
 * through this view, owned by the tables' owner (so without row-level security) and holding published
 * practices only: it shows the API's role nothing the policy does not already show it.
 *
 * It is deliberately not a security_barrier view: a barrier keeps the caller's non-leakproof conditions
 * (`@@` again) above the view's own and the index out of the plan, as before (measured: the rare word
 * 200 ms through a barrier view, 0.15 ms through this one). Without the barrier a condition of the
 * caller's might in principle be evaluated on a draft row before the view's `status = 'PUBLISHED'`;
 * officebench_app creates no functions (it has no CREATE on any schema), so the only conditions that
 * can be evaluated are the search's own (text search, equality, array containment), which neither fail
 * nor report anything about the rows they see. The view gives the search ids, order keys and filter
 * columns only: the practices' contents are read back by id from good_practice, under row-level security.
 */
export class PublishedPracticeSearch1765300000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE VIEW published_good_practice AS
        SELECT id, office_id, year_introduced, caf_criteria, tags, published_at, search_vector
          FROM good_practice WHERE status = 'PUBLISHED';
      GRANT SELECT ON published_good_practice TO officebench_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW published_good_practice');
  }
}
