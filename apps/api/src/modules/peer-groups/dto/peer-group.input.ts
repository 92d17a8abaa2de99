import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType('PeerGroupInput')
export class PeerGroupInput {
  @Field(() => ID) @IsUUID() programmeId!: string;
  @Field() @IsString() @MaxLength(100) name!: string;
  @Field(() => [ID]) @IsArray() @ArrayMaxSize(10_000) @IsUUID('all', { each: true }) officeIds!: string[];
}
