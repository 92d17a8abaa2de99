import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../common/access/access.decorator';
import type { RequestLoaders } from '../../common/request-loaders';
import { OfficeModel } from '../offices/models/office.model';
import { PeriodModel } from '../periods/models/period.model';
import { OfficeProgressModel } from './models/office-progress.model';
import type { OfficeProgressRow } from './targets.service';

/** The office and periods of a progress row, through the request's loaders. */
@Resolver(() => OfficeProgressModel)
export class OfficeProgressResolver {
  @Access.parent()
  @ResolveField(() => OfficeModel)
  office(@Parent() row: OfficeProgressRow, @Context('loaders') loaders: RequestLoaders) {
    return loaders.office.load(row.officeId);
  }

  @Access.parent()
  @ResolveField(() => PeriodModel, { nullable: true })
  baselinePeriod(@Parent() row: OfficeProgressRow, @Context('loaders') loaders: RequestLoaders) {
    return row.baselinePeriodId ? loaders.period.load(row.baselinePeriodId) : null;
  }

  @Access.parent()
  @ResolveField(() => PeriodModel, { nullable: true })
  latestPeriod(@Parent() row: OfficeProgressRow, @Context('loaders') loaders: RequestLoaders) {
    return row.latestPeriodId ? loaders.period.load(row.latestPeriodId) : null;
  }
}
