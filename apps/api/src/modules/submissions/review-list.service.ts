import { Injectable } from '@nestjs/common';
import { type Actor, isUuid, mayReviewProgramme, type SubmissionStatus } from '@officebench/domain';
import { forbidden, notFound } from '../../common/errors';
import { ScopedDatabase } from '../../common/scoped-database';
import type { ReviewItemModel } from './models/review.model';
import { SubmissionReader } from './submission-reader';
import { SubmissionRepository } from './submission.repository';

/**
 * The lead's review list: the programme's submissions (filtered by period and status), each with its
 * values and their plausibility warnings (the form's own rule, `warningsFor`) and the lead's latest
 * reason for returning or reopening it. A fixed number of statements, whatever the length of the list.
 */
@Injectable()
export class ReviewListService {
  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly records: SubmissionRepository,
    private readonly reader: SubmissionReader,
  ) {}

  async list(actor: Actor, programmeId: string, periodId: string | null, status: SubmissionStatus | null): Promise<ReviewItemModel[]> {
    if (!isUuid(programmeId)) throw notFound('Programme');
    if (!mayReviewProgramme(actor, programmeId)) throw forbidden();
    if (periodId !== null && !isUuid(periodId)) throw notFound('Period');
    return this.scoped.run(actor, async (manager) => {
      const submissions = await this.records.reviewList(manager, programmeId, periodId, status);
      const contexts = await this.reader.plausibilityContexts(manager, programmeId, submissions);
      const models = await this.reader.loadMany(manager, submissions, ({ officeId, periodId }) => contexts(officeId, periodId));
      const reasons = new Map(
        (
          await this.records.latestReasons(
            manager,
            submissions.map(({ id }) => id),
          )
        ).map((row) => [row.submissionId, row]),
      );
      return models.map((submission) => {
        const reason = reasons.get(submission.id);
        return {
          submission,
          warningCount: submission.values.filter((value) => value.plausibility?.length).length,
          latestComment: reason ? { kind: reason.action.replace('SUBMISSION_', ''), text: reason.reason, at: reason.at } : null,
        };
      });
    });
  }
}
