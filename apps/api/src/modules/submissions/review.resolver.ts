import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, type SubmissionStatus } from '@officebench/domain';
import type { Request } from 'express';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import { languageOf } from '../../common/language';
import { BulkApprovalService } from './bulk-approval.service';
import { ApproveSubmissionsInput } from './dto/approval-item.input';
import { BulkApprovalResultModel, ReviewItemModel } from './models/review.model';
import { SubmissionStatusEnum } from './models/submission.model';
import { ReviewListService } from './review-list.service';

@Resolver(() => ReviewItemModel)
export class ReviewResolver {
  constructor(
    private readonly reviewItems: ReviewListService,
    private readonly bulkApproval: BulkApprovalService,
  ) {}

  @Query(() => [ReviewItemModel], {
    description: "Lead: the programme's submissions with their warnings and the latest reason, the longest waiting first",
  })
  @Access.signedIn()
  reviewList(
    @CurrentActor() actor: Actor,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('periodId', { type: () => ID, nullable: true }) periodId: string | null,
    @Args('status', { type: () => SubmissionStatusEnum, nullable: true }) status: SubmissionStatus | null,
  ) {
    return this.reviewItems.list(actor, programmeId, periodId ?? null, status ?? null);
  }

  @Mutation(() => BulkApprovalResultModel, {
    description: 'Lead: approve several submitted submissions, each on its own (audited, version-checked); refusals are per submission',
  })
  @Access.signedIn()
  approveSubmissions(@CurrentActor() actor: Actor, @Args('input') input: ApproveSubmissionsInput, @Context('req') req: Request) {
    return this.bulkApproval.approve(actor, input, languageOf(req));
  }
}
