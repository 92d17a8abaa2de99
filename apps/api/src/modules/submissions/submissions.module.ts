import { Module } from '@nestjs/common';
import { ScopedDatabase } from '../../common/scoped-database';
import { CompletenessService } from './completeness.service';
import { SubmissionReader } from './submission-reader';
import { SubmissionRepository } from './submission.repository';
import { SubmissionReviewService } from './submission-review.service';
import { SubmissionWriter } from './submission-writer';
import { CompletenessResolver } from './completeness.resolver';
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
    SubmissionsResolver,
    IndicatorValueResolver,
    CompletenessResolver,
  ],
  exports: [ScopedDatabase, SubmissionWriter, SubmissionRepository],
})
export class SubmissionsModule {}
