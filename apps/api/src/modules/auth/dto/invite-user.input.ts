import { Field, ID, InputType } from '@nestjs/graphql';
import { ROLES, type Role } from '@officebench/domain';
import { IsEmail, IsIn, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { RoleEnum } from '../models/user.model';
import { says } from '../../../common/validation-messages';

@InputType()
export class InviteUserInput {
  @Field() @IsEmail({}, { message: says('validation.email') }) @MaxLength(254) email!: string;
  @Field() @Length(1, 120, { message: says('validation.length', 'min', 'max') }) displayName!: string;
  @Field(() => RoleEnum) @IsIn(ROLES) role!: Role;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: says('validation.id') }) programmeId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: says('validation.id') }) officeId?: string | null;
}
