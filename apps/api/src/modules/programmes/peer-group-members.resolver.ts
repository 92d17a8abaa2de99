import { Access } from '../../common/access/access.decorator';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OfficeModel } from '../offices/models/office.model';
import { PeerGroupModel } from '../peer-groups/models/peer-group.model';
import type { RequestLoaders } from '../../common/request-loaders';

@Resolver(() => PeerGroupModel)
export class PeerGroupMembersResolver {
  @Access.parent()
  @ResolveField(() => [OfficeModel], { description: 'Which offices belong: public facts, visible to all' })
  members(@Parent() group: PeerGroupModel, @Context('loaders') loaders: RequestLoaders) {
    return loaders.peerGroupMembers.load(group.id);
  }
}
