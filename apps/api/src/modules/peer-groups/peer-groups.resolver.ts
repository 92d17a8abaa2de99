import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@officebench/domain';
import type { Request } from 'express';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import { languageOf } from '../../common/language';
import { PeerGroupMembersInput } from './dto/peer-group-members.input';
import { PeerGroupInput } from './dto/peer-group.input';
import { PeerGroupCheckModel } from './models/peer-group-check.model';
import { PeerGroupModel } from './models/peer-group.model';
import { PeerGroupsService } from './peer-groups.service';

/** A lead's custom peer groups. */
@Resolver()
export class PeerGroupsResolver {
  constructor(private readonly peerGroups: PeerGroupsService) {}

  @Query(() => PeerGroupCheckModel, {
    description: 'Lead: whether createPeerGroup would accept a custom group of these offices, and if not why (nothing is saved)',
  })
  @Access.signedIn()
  peerGroupCheck(
    @CurrentActor() actor: Actor,
    @Args('input') input: PeerGroupMembersInput,
    @Context('req') req: Request,
  ): Promise<PeerGroupCheckModel> {
    return this.peerGroups.check(actor, input, languageOf(req));
  }

  @Mutation(() => PeerGroupModel, { description: 'Lead: a custom peer group (refused when it would single out few offices)' })
  @Access.signedIn()
  createPeerGroup(
    @CurrentActor() actor: Actor,
    @Args('input') input: PeerGroupInput,
    @Context('req') req: Request,
  ): Promise<PeerGroupModel> {
    return this.peerGroups.create(actor, input, languageOf(req));
  }

  @Mutation(() => Boolean, { description: 'Lead: delete a custom peer group' })
  @Access.signedIn()
  deletePeerGroup(
    @CurrentActor() actor: Actor,
    @Args('peerGroupId', { type: () => ID }) peerGroupId: string,
    @Context('req') req: Request,
  ): Promise<boolean> {
    return this.peerGroups.delete(actor, peerGroupId, languageOf(req));
  }
}
