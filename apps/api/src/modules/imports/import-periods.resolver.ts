import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@officebench/domain';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import type { RequestLoaders } from '../../common/request-loaders';
import { PeriodModel } from '../periods/models/period.model';
import { ImportPeriodsService } from './import-periods.service';
import { ImportPeriodModel } from './models/import-period.model';

@Resolver(() => ImportPeriodModel)
export class ImportPeriodsResolver {
  constructor(private readonly periods: ImportPeriodsService) {}

  @Query(() => [ImportPeriodModel], {
    description:
      "The programme's periods open for entries, the latest first, with the caller's offices' standing: the import page offers the importable ones (empty for a caller who coordinates no office of it)",
  })
  @Access.signedIn()
  importPeriods(@CurrentActor() actor: Actor, @Args('programmeId', { type: () => ID }) programmeId: string) {
    return this.periods.forProgramme(actor, programmeId);
  }

  @ResolveField(() => PeriodModel)
  @Access.parent()
  period(@Parent() row: ImportPeriodModel, @Context('loaders') loaders: RequestLoaders) {
    return loaders.period.load(row.periodId);
  }
}
