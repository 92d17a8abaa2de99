import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every release of a period is kept: the snapshot it was computed from (`release_contribution`, now
 * numbered), which cells it published (`released_cell`) and how many releases there were
 * (`period.releases`). A re-release is audited together with
 * all earlier ones, since whoever saw them can difference them against the new cells.
 */
export class ReleaseHistory1764300000000 implements MigrationInterface {
  name = 'ReleaseHistory1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE release_contribution ADD COLUMN release_no integer NOT NULL DEFAULT 1 CHECK (release_no >= 1);
      ALTER TABLE release_contribution ALTER COLUMN release_no DROP DEFAULT;
      ALTER TABLE release_contribution DROP CONSTRAINT release_contribution_pkey;
      ALTER TABLE release_contribution ADD PRIMARY KEY (period_id, release_no, indicator_id, office_id);

      CREATE TABLE released_cell (
        period_id uuid NOT NULL,
        programme_id uuid NOT NULL,
        release_no integer NOT NULL CHECK (release_no >= 1),
        indicator_id uuid NOT NULL REFERENCES indicator (id),
        peer_group_id uuid NOT NULL,
        PRIMARY KEY (period_id, release_no, indicator_id, peer_group_id),
        FOREIGN KEY (period_id, programme_id) REFERENCES period (id, programme_id) ON DELETE CASCADE,
        -- A group whose statistics were ever published stays: its members are part of the history.
        FOREIGN KEY (peer_group_id, programme_id) REFERENCES peer_group (id, programme_id)
      );
      INSERT INTO released_cell (period_id, programme_id, release_no, indicator_id, peer_group_id)
        SELECT period_id, programme_id, 1, indicator_id, peer_group_id FROM benchmark_cell WHERE suppression_reason IS NULL;
      GRANT SELECT, INSERT ON released_cell TO officebench_app;
      -- The snapshot copies rows that already passed these checks; checking 45,000 of them again per
      -- national release cost more than a second. The period key stays (it deletes the history).
      ALTER TABLE release_contribution DROP CONSTRAINT release_contribution_indicator_id_fkey,
        DROP CONSTRAINT release_contribution_programme_id_office_id_fkey;
      -- A release joins contributions to memberships by office.
      CREATE INDEX peer_group_member_office_idx ON peer_group_member (programme_id, office_id);
      ALTER TABLE period ADD COLUMN releases integer NOT NULL DEFAULT 0 CHECK (releases >= 0);
      -- Periods released before this migration had one release; count it before the check holds.
      UPDATE period SET releases = 1 WHERE released_at IS NOT NULL;
      ALTER TABLE period ADD CONSTRAINT period_released_when_releases CHECK ((releases > 0) = (released_at IS NOT NULL));
      GRANT UPDATE (releases) ON period TO officebench_app;
      REVOKE DELETE ON release_contribution FROM officebench_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      GRANT DELETE ON release_contribution TO officebench_app;
      ALTER TABLE period DROP COLUMN releases;
      DROP INDEX peer_group_member_office_idx;
      DROP TABLE released_cell;
      DELETE FROM release_contribution c USING (SELECT period_id, max(release_no) AS last FROM release_contribution GROUP BY period_id) l
        WHERE c.period_id = l.period_id AND c.release_no < l.last;
      ALTER TABLE release_contribution DROP CONSTRAINT release_contribution_pkey;
      ALTER TABLE release_contribution ADD PRIMARY KEY (period_id, indicator_id, office_id),
        ADD FOREIGN KEY (indicator_id) REFERENCES indicator (id),
        ADD FOREIGN KEY (programme_id, office_id) REFERENCES programme_office (programme_id, office_id) ON DELETE CASCADE;
      ALTER TABLE release_contribution DROP COLUMN release_no;
    `);
  }
}
