import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';
import { says } from '../../../common/validation-messages';

/** Offices of a programme that a custom peer group would hold. */
@InputType('PeerGroupMembersInput')
export class PeerGroupMembersInput {
  @Field(() => ID) @IsUUID() programmeId!: string;
  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(10_000, { message: says('validation.arrayMaxSize', 'max') })
  @IsUUID('all', { each: true })
  officeIds!: string[];
}
