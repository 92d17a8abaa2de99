import { Field, Float, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import type { TargetKind } from '@officebench/domain';
import { ArrayMaxSize, IsArray, IsDate, IsNumber, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { TargetKindEnum } from '../models/benchmark.models';

@InputType('PeerGroupInput')
export class PeerGroupInput {
  @Field(() => ID) @IsUUID() programmeId!: string;
  @Field() @IsString() @MaxLength(100) name!: string;
  @Field(() => [ID]) @IsArray() @ArrayMaxSize(10_000) @IsUUID('all', { each: true }) officeIds!: string[];
}

@InputType('TargetInput')
export class TargetInput {
  @Field(() => ID) @IsUUID() programmeId!: string;
  @Field() @IsString() @MaxLength(60) indicatorCode!: string;
  @Field(() => TargetKindEnum) @IsString() kind!: TargetKind;
  @Field(() => Float, { description: 'LEVEL: the level to reach; CHANGE: the signed change from the baseline' }) @IsNumber({ allowNaN: false, allowInfinity: false }) value!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() dueOn?: Date | null;
}
