import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor } from '@officebench/domain';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import type { RequestLoaders } from '../../common/request-loaders';
import { OfficeModel } from '../offices/models/office.model';
import { PeriodModel } from '../periods/models/period.model';
import { CompletenessService } from './completeness.service';
import { CompletenessRowModel } from './models/submission.model';

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
