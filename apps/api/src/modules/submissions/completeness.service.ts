import { Injectable } from '@nestjs/common';
import { type Actor, isLate, mayReviewProgramme, type PeriodKind, periodKindFor, isUuid } from '@officebench/domain';
import { forbidden, notFound } from '../../common/errors';
import { ScopedDatabase } from '../../common/scoped-database';
import type { CompletenessRowModel } from './models/submission.model';
import { SubmissionRepository } from './submission.repository';

/** The lead's view of who has handed in what: every office of the programme in every period that has opened (or in one of them). */
@Injectable()
export class CompletenessService {
  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly submissions: SubmissionRepository,
  ) {}

  async forProgramme(actor: Actor, programmeId: string, periodId: string | null = null): Promise<CompletenessRowModel[]> {
    if (!isUuid(programmeId) || (periodId !== null && !isUuid(periodId))) throw notFound('Programme');
    if (!mayReviewProgramme(actor, programmeId)) throw forbidden();
    return this.scoped.run(actor, async (manager) => {
      const rows = await this.submissions.completeness(manager, programmeId, periodId);
      const periodicities = await this.submissions.periodicitiesOf(manager, programmeId);
      const expected = new Map<PeriodKind, number>();
      for (const { periodicity } of periodicities)
        expected.set(periodKindFor(periodicity), (expected.get(periodKindFor(periodicity)) ?? 0) + 1);
      const coordinators = await this.submissions.coordinatorEmails(manager, programmeId);
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
