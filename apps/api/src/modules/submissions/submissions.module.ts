import { Module } from '@nestjs/common';
import { ScopedDatabase } from '../../common/scoped-database';
import { BulkApprovalService } from './bulk-approval.service';
import { CompletenessService } from './completeness.service';
import { ReviewListService } from './review-list.service';
import { ReviewResolver } from './review.resolver';
import { SubmissionReader } from './submission-reader';
import { SubmissionRepository } from './submission.repository';
import { SubmissionReviewService } from './submission-review.service';
import { SubmissionWriter } from './submission-writer';
import { CompletenessResolver } from './completeness.resolver';
import { IndicatorHistoryResolver } from './indicator-history.resolver';
import { IndicatorHistoryService } from './indicator-history.service';
import { IndicatorValueResolver } from './indicator-value.resolver';
import { SubmissionsResolver } from './submissions.resolver';
import { SubmissionsService } from './submissions.service';

@Module({
  providers: [
    ScopedDatabase,
    SubmissionRepository,
    SubmissionReader,
    SubmissionWriter,
    SubmissionsService,
    SubmissionReviewService,
    CompletenessService,
    ReviewListService,
    BulkApprovalService,
    IndicatorHistoryService,
    SubmissionsResolver,
    IndicatorValueResolver,
    CompletenessResolver,
    ReviewResolver,
    IndicatorHistoryResolver,
  ],
  exports: [ScopedDatabase, SubmissionWriter, SubmissionRepository, SubmissionReviewService, CompletenessService],
})
export class SubmissionsModule {}
