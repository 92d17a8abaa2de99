import { Injectable } from '@nestjs/common';
import { type Actor, BULK_APPROVAL_MAX, bulkApprovalProblem, type Language, mayReviewProgramme } from '@officebench/domain';
import { AppError, badInput, forbidden } from '../../common/errors';
import { message } from '../../common/messages';
import type { ApproveSubmissionsInput } from './dto/approval-item.input';
import type { ApprovalOutcomeModel, BulkApprovalResultModel } from './models/review.model';
import { SubmissionReviewService } from './submission-review.service';

/**
 * The lead approves several submissions at once. Each goes through the single approval (its own
 * transaction: row lock, version check, status check, one audit row), so one refused submission
 * (changed meanwhile, no longer SUBMITTED, of another programme) leaves nothing half-written and does
 * not hold back the others; the answer says which were approved and why the others were not.
 */
@Injectable()
export class BulkApprovalService {
  constructor(private readonly review: SubmissionReviewService) {}

  async approve(actor: Actor, input: ApproveSubmissionsInput, language: Language): Promise<BulkApprovalResultModel> {
    if (!mayReviewProgramme(actor, input.programmeId)) throw forbidden();
    const problem = bulkApprovalProblem(input.items.map(({ submissionId }) => submissionId));
    if (problem) throw badInput(message(`submission.bulk.${problem}`, language, { max: String(BULK_APPROVAL_MAX) }), 'items');
    const outcomes: ApprovalOutcomeModel[] = [];
    for (const { submissionId, expectedVersion } of input.items) {
      try {
        const submission = await this.review.approve(actor, submissionId, expectedVersion, language, input.programmeId);
        outcomes.push({ submissionId, approved: true, code: null, reason: null, submission });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        outcomes.push({ submissionId, approved: false, code: String(error.extensions.code), reason: error.message, submission: null });
      }
    }
    const approvedCount = outcomes.filter(({ approved }) => approved).length;
    return { approvedCount, refusedCount: outcomes.length - approvedCount, outcomes };
  }
}
