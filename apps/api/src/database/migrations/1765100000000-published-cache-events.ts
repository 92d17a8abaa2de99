import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the API processes' cache of published cells and programme facts (PublishedCache) needs from the
 * database, in the transactions that change them, whatever code path writes:
 * - `programme.revision`, raised by every change of a programme's peer groups or indicator set (and of an
 *   indicator it uses), so that a request can check in its own round trip that its cached groups and
 *   indicators are current;
 * - a notification on the channel `officebench_published` (delivered at commit, to every listening
 *   process): `period:<programme>/<period>` when a period's release changes (`released_at` or
 *   `releases`: a release, a release again, or one undone), `programme:<programme>` when its revision is
 *   raised. ReleaseEvents (modules/releases/release-events.service.ts) listens.
 * The revision is written by a SECURITY DEFINER function: the API's role may not update programmes.
 */
export class PublishedCacheEvents1765100000000 implements MigrationInterface {
  name = 'PublishedCacheEvents1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE programme ADD COLUMN revision bigint NOT NULL DEFAULT 0;

      CREATE FUNCTION programme_revision_raise(p_programme uuid) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        UPDATE programme SET revision = revision + 1 WHERE id = p_programme;
        PERFORM pg_notify('officebench_published', 'programme:' || p_programme);
      END $$;
      REVOKE ALL ON FUNCTION programme_revision_raise(uuid) FROM PUBLIC;

      -- peer_group and programme_indicator: the programme of the row inserted, changed or deleted.
      CREATE FUNCTION programme_facts_changed() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN PERFORM programme_revision_raise(OLD.programme_id); END IF;
        IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.programme_id <> OLD.programme_id) THEN
          PERFORM programme_revision_raise(NEW.programme_id);
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER peer_group_changed AFTER INSERT OR UPDATE OR DELETE ON peer_group
        FOR EACH ROW EXECUTE FUNCTION programme_facts_changed();
      CREATE TRIGGER programme_indicator_changed AFTER INSERT OR UPDATE OR DELETE ON programme_indicator
        FOR EACH ROW EXECUTE FUNCTION programme_facts_changed();

      -- A changed indicator row (a catalogue correction) changes every programme that uses it.
      CREATE FUNCTION indicator_changed() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        user_programme uuid;
      BEGIN
        FOR user_programme IN SELECT programme_id FROM programme_indicator WHERE indicator_id = NEW.id LOOP
          PERFORM programme_revision_raise(user_programme);
        END LOOP;
        RETURN NULL;
      END $$;
      CREATE TRIGGER indicator_changed AFTER UPDATE ON indicator FOR EACH ROW EXECUTE FUNCTION indicator_changed();

      CREATE FUNCTION period_release_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('officebench_published', 'period:' || NEW.programme_id || '/' || NEW.id);
        RETURN NULL;
      END $$;
      CREATE TRIGGER period_release_changed AFTER UPDATE OF released_at, releases ON period FOR EACH ROW
        WHEN (OLD.released_at IS DISTINCT FROM NEW.released_at OR OLD.releases IS DISTINCT FROM NEW.releases)
        EXECUTE FUNCTION period_release_changed();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TRIGGER period_release_changed ON period;
      DROP FUNCTION period_release_changed();
      DROP TRIGGER indicator_changed ON indicator;
      DROP FUNCTION indicator_changed();
      DROP TRIGGER programme_indicator_changed ON programme_indicator;
      DROP TRIGGER peer_group_changed ON peer_group;
      DROP FUNCTION programme_facts_changed();
      DROP FUNCTION programme_revision_raise(uuid);
      ALTER TABLE programme DROP COLUMN revision;
    `);
  }
}
