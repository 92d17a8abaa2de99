import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `office_reminder`: every e-mail reminder an office's coordinators were sent about a period: by the
 * scheduled sweep (BEFORE_DEADLINE, AFTER_DEADLINE) or by the lead (MANUAL, with who sent it). At
 * most one reminder per office and calendar day in Poland, whatever the programme or period (a unique
 * index). Under row-level security like the submissions: the programme's lead and the office's
 * coordinators read it; only the lead's scope (a signed-in lead, or the sweep on the lead's behalf)
 * writes it, and no one changes or deletes a row.
 */
export class Reminders1764500000000 implements MigrationInterface {
  name = 'Reminders1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE office_reminder (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL,
        office_id uuid NOT NULL,
        period_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('BEFORE_DEADLINE', 'AFTER_DEADLINE', 'MANUAL')),
        sent_at timestamptz NOT NULL DEFAULT now(),
        sent_by uuid REFERENCES app_user (id),
        recipient_count integer NOT NULL CHECK (recipient_count >= 1),
        FOREIGN KEY (programme_id, office_id) REFERENCES programme_office (programme_id, office_id) ON DELETE CASCADE,
        FOREIGN KEY (period_id, programme_id) REFERENCES period (id, programme_id) ON DELETE CASCADE,
        -- The lead's reminder names the lead; the scheduled ones name no one.
        CONSTRAINT office_reminder_sender CHECK ((kind = 'MANUAL') = (sent_by IS NOT NULL))
      );
      CREATE UNIQUE INDEX office_reminder_one_a_day ON office_reminder (office_id, ((sent_at AT TIME ZONE 'Europe/Warsaw')::date));
      CREATE INDEX office_reminder_period_idx ON office_reminder (period_id, office_id);

      ALTER TABLE office_reminder ENABLE ROW LEVEL SECURITY;
      ALTER TABLE office_reminder FORCE ROW LEVEL SECURITY;
      CREATE POLICY office_reminder_read ON office_reminder FOR SELECT USING (app_may_access_office(programme_id, office_id));
      CREATE POLICY office_reminder_send ON office_reminder FOR INSERT WITH CHECK (programme_id = ANY (app_lead_programmes()));
      GRANT SELECT, INSERT ON office_reminder TO officebench_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      REVOKE ALL ON office_reminder FROM officebench_app;
      DROP TABLE office_reminder;
    `);
  }
}
