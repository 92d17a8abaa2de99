import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor } from '@officebench/domain';
import type { Request } from 'express';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import { languageOf } from '../../common/language';
import type { RequestLoaders } from '../../common/request-loaders';
import { OfficeModel } from '../offices/models/office.model';
import { PeriodModel } from '../periods/models/period.model';
import { SaveValuesInput } from './dto/save-values.input';
import { SubmissionFormModel, SubmissionModel } from './models/submission.model';
import { SubmissionReviewService } from './submission-review.service';
import { SubmissionsService } from './submissions.service';

const optionalVersion = {
  type: () => Int,
  nullable: true,
  description: 'The version the caller saw; a newer one is refused as CONFLICT',
} as const;

@Resolver(() => SubmissionModel)
export class SubmissionsResolver {
  constructor(
    private readonly submissions: SubmissionsService,
    private readonly review: SubmissionReviewService,
  ) {}

  @Query(() => SubmissionModel, {
    nullable: true,
    description: 'Own office (coordinator) or an office of a programme one leads; null before the first save',
  })
  @Access.signedIn()
  submission(
    @CurrentActor() actor: Actor,
    @Args('officeId', { type: () => ID }) officeId: string,
    @Args('periodId', { type: () => ID }) periodId: string,
  ) {
    return this.submissions.find(actor, officeId, periodId);
  }

  @Query(() => SubmissionFormModel, {
    description: "The office's form for a period: indicators, last values, the submission and whether it can be edited",
  })
  @Access.signedIn()
  submissionForm(
    @CurrentActor() actor: Actor,
    @Args('officeId', { type: () => ID }) officeId: string,
    @Args('periodId', { type: () => ID }) periodId: string,
  ) {
    return this.submissions.form(actor, officeId, periodId);
  }

  @Mutation(() => SubmissionModel, { description: 'Coordinator: save some or all values while DRAFT or RETURNED and the period is open' })
  @Access.signedIn()
  saveValues(@CurrentActor() actor: Actor, @Args('input') input: SaveValuesInput, @Context('req') req: Request) {
    return this.submissions.save(actor, input, languageOf(req));
  }

  @Mutation(() => SubmissionModel, { description: 'Coordinator: hand the submission in for review' })
  @Access.signedIn()
  submitSubmission(
    @CurrentActor() actor: Actor,
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Context('req') req: Request,
  ) {
    return this.review.submit(actor, submissionId, expectedVersion, languageOf(req));
  }

  @Mutation(() => SubmissionModel, { description: 'Lead: approve a submitted submission; its values lock' })
  @Access.signedIn()
  approveSubmission(
    @CurrentActor() actor: Actor,
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('expectedVersion', optionalVersion) expectedVersion: number | null,
    @Context('req') req: Request,
  ) {
    return this.review.approve(actor, submissionId, expectedVersion, languageOf(req));
  }

  @Mutation(() => SubmissionModel, { description: 'Lead: return a submitted submission to the office with a reason' })
  @Access.signedIn()
  returnSubmission(
    @CurrentActor() actor: Actor,
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('reason') reason: string,
    @Args('expectedVersion', optionalVersion) expectedVersion: number | null,
    @Context('req') req: Request,
  ) {
    return this.review.return(actor, submissionId, reason, expectedVersion, languageOf(req));
  }

  @Mutation(() => SubmissionModel, { description: 'Lead: reopen an approved submission for correction, with a reason' })
  @Access.signedIn()
  reopenSubmission(
    @CurrentActor() actor: Actor,
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('reason') reason: string,
    @Context('req') req: Request,
  ) {
    return this.review.reopen(actor, submissionId, reason, languageOf(req));
  }

  @ResolveField(() => OfficeModel)
  @Access.parent()
  office(@Parent() submission: SubmissionModel, @Context('loaders') loaders: RequestLoaders) {
    return loaders.office.load(submission.officeId);
  }

  @ResolveField(() => PeriodModel)
  @Access.parent()
  period(@Parent() submission: SubmissionModel, @Context('loaders') loaders: RequestLoaders) {
    return loaders.period.load(submission.periodId);
  }
}
