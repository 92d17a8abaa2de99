import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { peerGroupDeletionProblem } from '@officebench/domain';
import type { Request } from 'express';
import { Access } from '../../common/access/access.decorator';
import { languageOf } from '../../common/language';
import type { RequestLoaders } from '../../common/request-loaders';
import { PeerGroupModel } from './models/peer-group.model';
import { deletionRefusal } from './peer-groups.service';

/** PeerGroup.deletionRefusal: why deletePeerGroup would refuse the group, asked before the lead tries. */
@Resolver(() => PeerGroupModel)
export class PeerGroupDeletionResolver {
  @Access.parent()
  @ResolveField(() => String, {
    nullable: true,
    description: 'Why the lead cannot delete the group (a standard group, or one a release has published); null when it can be deleted',
  })
  async deletionRefusal(
    @Parent() group: PeerGroupModel,
    @Context('loaders') loaders: RequestLoaders,
    @Context('req') req: Request,
  ): Promise<string | null> {
    const problem = peerGroupDeletionProblem(group.basis, (await loaders.publishedPeerGroup.load(group.id)) !== null);
    return problem && deletionRefusal(problem, languageOf(req));
  }
}
