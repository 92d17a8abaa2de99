import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ROLES, type Role } from '@officebench/domain';
import { graphqlEnum } from '../../../common/graphql-enum';

export const RoleEnum = graphqlEnum('Role', ROLES);

@ObjectType('RoleGrant')
export class RoleGrantModel {
  @Field(() => ID) id!: string;
  @Field(() => RoleEnum) role!: Role;
  programmeId!: string | null;
  officeId!: string | null;
}

/** An account: who they are, never their password or lockout state. */
@ObjectType('User')
export class UserModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field({ description: 'False once deactivated: the account cannot sign in' }) isActive!: boolean;
  @Field({ description: 'False while an invitation is pending (no password set yet)' }) hasPassword!: boolean;
}

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => UserModel) user!: UserModel;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the set-password link stops working; null when the account already had a password (no link)',
  })
  expiresAt!: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'The set-password link; only outside production (otherwise e-mailed or in the server log)',
  })
  link!: string | null;
}
