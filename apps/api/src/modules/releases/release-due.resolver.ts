import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { releaseDueAt } from '@officebench/domain';
import { Access } from '../../common/access/access.decorator';
import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/config';
import { PeriodModel } from '../periods/models/period.model';

/** Period.releaseDueAt: when a period not yet released is released automatically (its deadline plus RELEASE_GRACE_DAYS). */
@Resolver(() => PeriodModel)
export class ReleaseDueResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Access.parent()
  @ResolveField(() => Date, {
    nullable: true,
    description:
      'When the period’s results are released automatically if the lead has not released them (deadline + grace days); null once released',
  })
  releaseDueAt(@Parent() period: PeriodModel): Date | null {
    return releaseDueAt(period, this.config.releaseGraceDays);
  }
}
