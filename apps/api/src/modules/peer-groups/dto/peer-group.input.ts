import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsString, IsUUID, MaxLength } from 'class-validator';
import { says } from '../../../common/validation-messages';

@InputType('PeerGroupInput')
export class PeerGroupInput {
  @Field(() => ID) @IsUUID() programmeId!: string;
  @Field() @IsString() @MaxLength(100, { message: says('validation.maxLength', 'max') }) name!: string;
  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(10_000, { message: says('validation.arrayMaxSize', 'max') })
  @IsUUID('all', { each: true })
  officeIds!: string[];
}
