import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, isPlatformAdmin, leadsProgramme } from '@officebench/domain';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import type { RequestLoaders } from '../../common/request-loaders';
import { AccountsService } from './accounts.service';
import { InviteUserInput } from './dto/invite-user.input';
import { InvitationModel, RoleGrantModel, UserModel } from './models/user.model';

/** Account management: who may see and change whom is decided by AccountsService with the actor. */
@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Query(() => [UserModel], { description: "Admin: everyone, or one programme's people; lead: the people of a programme it leads" })
  @Access.signedIn()
  users(@CurrentActor() actor: Actor, @Args('programmeId', { type: () => ID, nullable: true }) programmeId?: string): Promise<UserModel[]> {
    return this.accounts.listUsers(actor, programmeId ?? null);
  }

  @Mutation(() => InvitationModel, { description: 'Admin: any grant; lead: coordinators and leads of a programme it leads' })
  @Access.signedIn()
  inviteUser(@CurrentActor() actor: Actor, @Args('input') input: InviteUserInput): Promise<InvitationModel> {
    return this.accounts.invite(actor, input);
  }

  @Mutation(() => UserModel, { description: 'Admin: the account can no longer sign in; its sessions end at once' })
  @Access.when(isPlatformAdmin)
  deactivateUser(@CurrentActor() actor: Actor, @Args('userId', { type: () => ID }) userId: string): Promise<UserModel> {
    return this.accounts.deactivate(actor, userId);
  }

  @Mutation(() => Boolean, { description: "Admin, or the lead of the grant's programme" })
  @Access.signedIn()
  async revokeRoleGrant(@CurrentActor() actor: Actor, @Args('grantId', { type: () => ID }) grantId: string): Promise<boolean> {
    await this.accounts.revokeGrant(actor, grantId);
    return true;
  }

  /** One's own grants and, for the admin, everyone's; a lead sees only the grants inside programmes it leads. */
  @ResolveField(() => [RoleGrantModel])
  @Access.signedIn()
  async roles(
    @Parent() user: UserModel,
    @CurrentActor() actor: Actor,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<RoleGrantModel[]> {
    const grants = await loaders.grants.load(user.id);
    if (user.id === actor.userId || isPlatformAdmin(actor)) return grants;
    return grants.filter((grant) => grant.programmeId !== null && leadsProgramme(actor, grant.programmeId));
  }
}
