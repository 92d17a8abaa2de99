import { Injectable } from '@nestjs/common';
import type { ReminderKind, SubmissionStatus } from '@officebench/domain';
import type { EntityManager } from 'typeorm';

/** A period as reminders need it, with its programme's name. */
export interface ReminderPeriodRow {
  id: string;
  programmeId: string;
  programmeName: string;
  label: string;
  opensAt: Date;
  deadline: Date;
  lockedAt: Date | null;
}

/** One office of the programme in the period: its status, its reminders so far and whom to e-mail. */
export interface ReminderCandidateRow {
  officeId: string;
  officeName: string;
  status: SubmissionStatus | null;
  lastRemindedAt: Date | null;
  kindsSent: ReminderKind[];
  emails: string[];
}

export interface ReminderRow {
  id: string;
  officeId: string;
  periodId: string;
  kind: ReminderKind;
  sentAt: Date;
  recipientCount: number;
}

const PERIOD_COLUMNS = `p.id, p.programme_id AS "programmeId", pr.name AS "programmeName", p.label, p.opens_at AS "opensAt",
  p.deadline, p.locked_at AS "lockedAt"`;

/**
 * The SQL of the reminders. `office_reminder` and `submission` are under row-level security: every
 * statement runs in the caller's scoped transaction (a lead's, or the sweep's on the lead's behalf),
 * so a coordinator reads only its own office's reminders.
 */
@Injectable()
export class RemindersRepository {
  async period(manager: EntityManager, periodId: string): Promise<ReminderPeriodRow | null> {
    const [row]: ReminderPeriodRow[] = await manager.query(
      `SELECT ${PERIOD_COLUMNS} FROM period p JOIN programme pr ON pr.id = p.programme_id WHERE p.id = $1`,
      [periodId],
    );
    return row ?? null;
  }

  /** Every period that has opened and is not locked at `now` (the period table is not under row-level security). */
  openPeriods(manager: EntityManager, now: Date): Promise<ReminderPeriodRow[]> {
    return manager.query(
      `SELECT ${PERIOD_COLUMNS} FROM period p JOIN programme pr ON pr.id = p.programme_id
        WHERE p.opens_at <= $1 AND (p.locked_at IS NULL OR p.locked_at > $1) ORDER BY p.deadline`,
      [now],
    );
  }

  /** Every office of the programme, in programme order, as the reminder rules look at it for the period. */
  candidates(manager: EntityManager, programmeId: string, periodId: string): Promise<ReminderCandidateRow[]> {
    return manager.query(
      `SELECT po.office_id AS "officeId", o.name AS "officeName", s.status,
              (SELECT max(r.sent_at) FROM office_reminder r WHERE r.office_id = po.office_id) AS "lastRemindedAt",
              coalesce((SELECT array_agg(DISTINCT r.kind) FROM office_reminder r
                         WHERE r.office_id = po.office_id AND r.period_id = $2), '{}') AS "kindsSent",
              coalesce((SELECT array_agg(u.email ORDER BY u.email) FROM role_grant g JOIN app_user u ON u.id = g.user_id
                         WHERE g.programme_id = po.programme_id AND g.office_id = po.office_id
                           AND g.role = 'OFFICE_COORDINATOR' AND u.is_active), '{}') AS emails
         FROM programme_office po
         JOIN office o ON o.id = po.office_id
         LEFT JOIN submission s ON s.office_id = po.office_id AND s.period_id = $2
        WHERE po.programme_id = $1
        ORDER BY po.position`,
      [programmeId, periodId],
    );
  }

  /**
   * Records a reminder; null when the office already had one that calendar day in Poland (the unique
   * index decides, also against a reminder sent at the same moment or from another programme).
   */
  async record(
    manager: EntityManager,
    reminder: {
      programmeId: string;
      officeId: string;
      periodId: string;
      kind: ReminderKind;
      sentAt: Date;
      sentBy: string | null;
      recipients: number;
    },
  ): Promise<string | null> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO office_reminder (programme_id, office_id, period_id, kind, sent_at, sent_by, recipient_count)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id`,
      [reminder.programmeId, reminder.officeId, reminder.periodId, reminder.kind, reminder.sentAt, reminder.sentBy, reminder.recipients],
    );
    return rows[0]?.id ?? null;
  }

  /** The reminders of the programme the scope may see, newest first, optionally of one period and one office. */
  list(manager: EntityManager, programmeId: string, periodId: string | null, officeId: string | null): Promise<ReminderRow[]> {
    return manager.query(
      `SELECT id, office_id AS "officeId", period_id AS "periodId", kind, sent_at AS "sentAt", recipient_count AS "recipientCount"
         FROM office_reminder
        WHERE programme_id = $1 AND ($2::uuid IS NULL OR period_id = $2) AND ($3::uuid IS NULL OR office_id = $3)
        ORDER BY sent_at DESC, office_id
        LIMIT 1000`,
      [programmeId, periodId, officeId],
    );
  }
}
