import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Spreadsheet imports: the Idempotency-Key of every applied import, per user, with the answer that
 * was given, so that a retried upload is answered again instead of applied twice. The row is inserted
 * inside the import's own transaction: a second request with the same key waits on the primary key
 * until the first commits (then it finds the stored answer) or rolls back (then it applies itself).
 * Holds no office values (only counts), so it needs no row-level security.
 */
export class Imports1764100000000 implements MigrationInterface {
  name = 'Imports1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE import_request (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        idempotency_key text NOT NULL CHECK (idempotency_key ~ '^[!-~]{1,255}$'),
        -- SHA-256 of what was sent (the chosen period and the file's bytes): the same key with another file is refused
        request_hash bytea NOT NULL CHECK (octet_length(request_hash) = 32),
        answer jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, idempotency_key)
      );
      CREATE INDEX import_request_created_idx ON import_request (created_at);
      GRANT SELECT, INSERT, UPDATE, DELETE ON import_request TO officebench_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      REVOKE ALL ON import_request FROM officebench_app;
      DROP TABLE import_request;
    `);
  }
}
