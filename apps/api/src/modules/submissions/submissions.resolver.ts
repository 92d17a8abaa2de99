import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@officebench/domain';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import type { RequestLoaders } from '../../common/request-loaders';
import { OfficeModel } from '../offices/models/office.model';
import { PeriodModel } from '../periods/models/period.model';
import { SubmissionModel } from './models/submission.model';
import { SubmissionsService } from './submissions.service';

@Resolver(() => SubmissionModel)
export class SubmissionsResolver {
  constructor(private readonly submissions: SubmissionsService) {}

  @Query(() => SubmissionModel, { nullable: true, description: 'Own office (coordinator) or an office of a programme one leads; null before the first save' })
  @Access.signedIn()
  submission(
    @CurrentActor() actor: Actor,
    @Args('officeId', { type: () => ID }) officeId: string,
    @Args('periodId', { type: () => ID }) periodId: string,
  ): Promise<SubmissionModel | null> {
    return this.submissions.find(actor, officeId, periodId);
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
