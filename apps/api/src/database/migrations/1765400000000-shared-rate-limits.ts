import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `rate_limit_window`: the rate limits' fixed windows, one row per counted key (`login:ip:…`,
 * `mutation:user:…`, `query:ip:…`), shared by every API process on the database (RateLimitRepository).
 * A key's window opens at its first hit and lasts the configured seconds; a hit after `resets_at`
 * opens a new one. UNLOGGED: a counter need not survive a crash of the server (it is emptied then,
 * which only forgives the current minute), and skipping the write-ahead log keeps a hit cheap. Not
 * under row-level security: it holds no office's data, only counts, and only the API's role uses it.
 */
export class SharedRateLimits1765400000000 implements MigrationInterface {
  name = 'SharedRateLimits1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE UNLOGGED TABLE rate_limit_window (
        key text PRIMARY KEY CHECK (length(key) <= 400),
        hits integer NOT NULL CHECK (hits > 0),
        resets_at timestamptz NOT NULL
      );
      CREATE INDEX rate_limit_window_resets_idx ON rate_limit_window (resets_at);
      GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limit_window TO officebench_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      REVOKE ALL ON rate_limit_window FROM officebench_app;
      DROP TABLE rate_limit_window;
    `);
  }
}
