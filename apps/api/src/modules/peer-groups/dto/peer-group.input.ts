import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { says } from '../../../common/validation-messages';
import { PeerGroupMembersInput } from './peer-group-members.input';

@InputType('PeerGroupInput')
export class PeerGroupInput extends PeerGroupMembersInput {
  @Field() @IsString() @MaxLength(100, { message: says('validation.maxLength', 'max') }) name!: string;
}
