import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, describeWarning, type PlausibilityWarning } from '@officebench/domain';
import type { Request } from 'express';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import { languageOf } from '../../common/language';
import { ScopedDatabase } from '../../common/scoped-database';
import type { RequestLoaders } from '../../common/request-loaders';
import { OfficeModel } from '../offices/models/office.model';
import { PeriodModel } from '../periods/models/period.model';
import { CompletenessService } from './completeness.service';
import { SaveValuesInput } from './dto/save-values.input';
import { CompletenessRowModel, IndicatorValueModel, SubmissionFormModel, SubmissionModel } from './models/submission.model';
import { type PlausibilityContext, SubmissionReader, warningsFor } from './submission-reader';
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

@Resolver(() => IndicatorValueModel)
export class IndicatorValueResolver {
  /** One plausibility context per submission read in a request, computed only when a client asks for warnings. */
  private readonly contexts = new WeakMap<IndicatorValueModel['owner'], Promise<PlausibilityContext>>();

  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly reader: SubmissionReader,
  ) {}

  private async plausibility(actor: Actor, value: IndicatorValueModel): Promise<PlausibilityWarning[]> {
    if (value.plausibility) return value.plausibility;
    const { owner } = value;
    let context = this.contexts.get(owner);
    if (!context) {
      context = this.scoped.run(actor, (manager) =>
        this.reader.plausibilityContext(manager, owner.programmeId, owner.officeId, owner.periodId),
      );
      this.contexts.set(owner, context);
    }
    return warningsFor(value, await context);
  }

  @ResolveField(() => [String], {
    description: "Plausibility warnings (not errors), in the request's language (Accept-Language: pl by default, en)",
  })
  @Access.parent()
  async warnings(@CurrentActor() actor: Actor, @Parent() value: IndicatorValueModel, @Context('req') req: Request): Promise<string[]> {
    const language = languageOf(req);
    return (await this.plausibility(actor, value)).map((warning) => describeWarning(warning, language));
  }

  @ResolveField(() => [String], { description: 'FAR_FROM_OWN_HISTORY or OUTSIDE_PROGRAMME_RANGE' })
  @Access.parent()
  async warningCodes(@CurrentActor() actor: Actor, @Parent() value: IndicatorValueModel): Promise<string[]> {
    return (await this.plausibility(actor, value)).map((warning) => warning.code);
  }
}

@Resolver(() => CompletenessRowModel)
export class CompletenessResolver {
  constructor(private readonly rows: CompletenessService) {}

  @Query(() => [CompletenessRowModel], { description: 'Lead: every office x every period that has opened, with status' })
  @Access.signedIn()
  completeness(@CurrentActor() actor: Actor, @Args('programmeId', { type: () => ID }) programmeId: string) {
    return this.rows.forProgramme(actor, programmeId);
  }

  @ResolveField(() => OfficeModel)
  @Access.parent()
  office(@Parent() row: CompletenessRowModel, @Context('loaders') loaders: RequestLoaders) {
    return loaders.office.load(row.officeId);
  }

  @ResolveField(() => PeriodModel)
  @Access.parent()
  period(@Parent() row: CompletenessRowModel, @Context('loaders') loaders: RequestLoaders) {
    return loaders.period.load(row.periodId);
  }
}
