import { Injectable } from '@nestjs/common';
import { type Actor, isLate, mayReviewProgramme, type PeriodKind, periodKindFor, type Periodicity, type SubmissionStatus } from '@officebench/domain';
import { forbidden, notFound } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { ScopedDatabase } from '../../common/scoped-database';
import type { CompletenessRowModel } from './models/submission.model';

interface Row {
  officeId: string;
  periodId: string;
  kind: PeriodKind;
  deadline: Date;
  status: SubmissionStatus | null;
  submittedAt: Date | null;
  filledCount: number;
}

/** The lead's view of who has handed in what: every office of the programme in every period that has opened. */
@Injectable()
export class CompletenessService {
  constructor(private readonly scoped: ScopedDatabase) {}

  async forProgramme(actor: Actor, programmeId: string): Promise<CompletenessRowModel[]> {
    if (!isUuid(programmeId)) throw notFound('Programme');
    if (!mayReviewProgramme(actor, programmeId)) throw forbidden();
    return this.scoped.run(actor, async (manager) => {
      const rows: Row[] = await manager.query(
        `SELECT po.office_id AS "officeId", p.id AS "periodId", p.kind, p.deadline, s.status, s.submitted_at AS "submittedAt",
                (SELECT count(*)::int FROM submission_value v WHERE v.submission_id = s.id AND v.value IS NOT NULL) AS "filledCount"
           FROM programme_office po
           JOIN period p ON p.programme_id = po.programme_id AND p.opens_at <= now()
           LEFT JOIN submission s ON s.office_id = po.office_id AND s.period_id = p.id
          WHERE po.programme_id = $1
          ORDER BY p.starts_on DESC, p.kind, po.position`,
        [programmeId],
      );
      const periodicities: Array<{ periodicity: Periodicity }> = await manager.query(
        `SELECT i.periodicity FROM programme_indicator pi JOIN indicator i ON i.id = pi.indicator_id WHERE pi.programme_id = $1`,
        [programmeId],
      );
      const expected = new Map<PeriodKind, number>();
      for (const { periodicity } of periodicities) expected.set(periodKindFor(periodicity), (expected.get(periodKindFor(periodicity)) ?? 0) + 1);
      const coordinators: Array<{ officeId: string; email: string }> = await manager.query(
        `SELECT g.office_id AS "officeId", u.email FROM role_grant g JOIN app_user u ON u.id = g.user_id
          WHERE g.programme_id = $1 AND g.role = 'OFFICE_COORDINATOR' AND u.is_active ORDER BY u.email`,
        [programmeId],
      );
      const emails = new Map<string, string[]>();
      for (const { officeId, email } of coordinators) emails.set(officeId, [...(emails.get(officeId) ?? []), email]);
      const now = new Date();
      return rows.map((row) => ({
        officeId: row.officeId,
        periodId: row.periodId,
        status: row.status,
        isLate: isLate(row.status, row.deadline, now),
        filledCount: row.filledCount ?? 0,
        expectedCount: expected.get(row.kind) ?? 0,
        submittedAt: row.submittedAt,
        coordinatorEmails: emails.get(row.officeId) ?? [],
      }));
    });
  }
}
