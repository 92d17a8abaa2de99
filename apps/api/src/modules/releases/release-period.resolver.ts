import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '@officebench/domain';
import type { Request } from 'express';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import { languageOf } from '../../common/language';
import { PeriodModel } from '../periods/models/period.model';
import { ReleaseService } from './release.service';

@Resolver()
export class ReleasePeriodResolver {
  constructor(private readonly releases: ReleaseService) {}

  @Mutation(() => PeriodModel, {
    description: 'Lead: compute and store the period’s peer statistics (refused while a re-release would let anyone difference a change)',
  })
  @Access.signedIn()
  releasePeriod(
    @CurrentActor() actor: Actor,
    @Args('periodId', { type: () => ID }) periodId: string,
    @Context('req') req: Request,
  ): Promise<PeriodModel> {
    return this.releases.release(actor, periodId, languageOf(req));
  }
}
