import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@officebench/domain';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import { OfficeScorecardModel } from './models/office-scorecard.model';
import { type OfficeScorecard, OfficeHomeService } from './office-home.service';

@Resolver(() => OfficeScorecardModel)
export class OfficeHomeResolver {
  constructor(private readonly service: OfficeHomeService) {}

  @Query(() => OfficeScorecardModel, {
    description:
      "An office's scorecard for its coordinators and the lead: open periods, and every indicator against one peer group (the office's kind when none is given)",
  })
  @Access.signedIn()
  officeScorecard(
    @CurrentActor() actor: Actor,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('officeId', { type: () => ID }) officeId: string,
    @Args('peerGroupId', { type: () => ID, nullable: true }) peerGroupId: string | null,
  ): Promise<OfficeScorecard> {
    return this.service.scorecard(actor, programmeId, officeId, peerGroupId ?? null);
  }
}
