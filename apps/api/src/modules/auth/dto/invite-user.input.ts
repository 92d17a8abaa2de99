import { Field, ID, InputType } from '@nestjs/graphql';
import { ROLES, type Role } from '@officebench/domain';
import { IsEmail, IsIn, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { RoleEnum } from '../models/user.model';

@InputType()
export class InviteUserInput {
  @Field() @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(254) email!: string;
  @Field() @Length(1, 120, { message: 'displayName must be 1 to 120 characters' }) displayName!: string;
  @Field(() => RoleEnum) @IsIn(ROLES) role!: Role;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'programmeId is not an id' }) programmeId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'officeId is not an id' }) officeId?: string | null;
}
