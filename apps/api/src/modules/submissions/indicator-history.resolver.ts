import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@officebench/domain';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import { IndicatorHistoryPointModel } from './models/indicator-history.model';
import { IndicatorHistoryService } from './indicator-history.service';

@Resolver(() => IndicatorHistoryPointModel)
export class IndicatorHistoryResolver {
  constructor(private readonly service: IndicatorHistoryService) {}

  @Query(() => [IndicatorHistoryPointModel], {
    description:
      "The office's own entries of one indicator in the up to 8 periods of the same kind before this one, newest first: its coordinators and the programme's leads",
  })
  @Access.signedIn()
  indicatorHistory(
    @CurrentActor() actor: Actor,
    @Args('officeId', { type: () => ID }) officeId: string,
    @Args('periodId', { type: () => ID }) periodId: string,
    @Args('indicatorCode') indicatorCode: string,
  ): Promise<IndicatorHistoryPointModel[]> {
    return this.service.history(actor, officeId, periodId, indicatorCode);
  }
}
