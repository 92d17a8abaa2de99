import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Targets of a third kind, RELATIVE_CHANGE: move by `value` per cent of each office's baseline. The
 * kind check (named by PostgreSQL after the column, as migration 1764200000000 declared it inline)
 * takes the new kind, and a relative change is neither zero nor −100 % or less (the domain's
 * targetProblem says the same to the lead).
 *
 * `down` refuses while any relative target exists, rather than deleting a lead's targets unseen: remove
 * them (or set them as CHANGE or LEVEL) first.
 */
export class RelativeChangeTargets1764600000000 implements MigrationInterface {
  name = 'RelativeChangeTargets1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE programme_target DROP CONSTRAINT programme_target_kind_check;
      ALTER TABLE programme_target ADD CONSTRAINT programme_target_kind_check CHECK (kind IN ('LEVEL', 'CHANGE', 'RELATIVE_CHANGE'));
      ALTER TABLE programme_target ADD CONSTRAINT programme_target_relative_change_range
        CHECK (kind <> 'RELATIVE_CHANGE' OR (value <> 0 AND value > -100));
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$
      DECLARE relative integer;
      BEGIN
        SELECT count(*) INTO relative FROM programme_target WHERE kind = 'RELATIVE_CHANGE';
        IF relative > 0 THEN
          RAISE EXCEPTION '% relative change target(s) would not fit the old kind check: remove them, or set them as CHANGE or LEVEL, before reverting', relative;
        END IF;
      END $$;
      ALTER TABLE programme_target DROP CONSTRAINT programme_target_relative_change_range;
      ALTER TABLE programme_target DROP CONSTRAINT programme_target_kind_check;
      ALTER TABLE programme_target ADD CONSTRAINT programme_target_kind_check CHECK (kind IN ('LEVEL', 'CHANGE'));
    `);
  }
}
