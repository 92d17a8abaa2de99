import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@officebench/domain';
import type { Request } from 'express';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import { languageOf } from '../../common/language';
import { ReleasePreviewModel } from './models/release-preview.model';
import { ReleaseService } from './release.service';

@Resolver()
export class ReleasePreviewResolver {
  constructor(private readonly releases: ReleaseService) {}

  @Query(() => ReleasePreviewModel, {
    description: 'Lead: what releasing the period now would show and hide, and whether a re-release would be refused and why',
  })
  @Access.signedIn()
  releasePreview(
    @CurrentActor() actor: Actor,
    @Args('periodId', { type: () => ID }) periodId: string,
    @Context('req') req: Request,
  ): Promise<ReleasePreviewModel> {
    return this.releases.preview(actor, periodId, languageOf(req));
  }
}
