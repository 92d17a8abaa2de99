import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { type PeriodKind } from '@officebench/domain';
import { IsDate, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PeriodKindEnum } from '../models/period.model';
import { says } from '../../../common/validation-messages';

@InputType('CreatePeriodInput')
export class CreatePeriodInput {
  @Field(() => ID) @IsUUID() programmeId!: string;
  @Field(() => PeriodKindEnum) @IsString() kind!: PeriodKind;
  @Field({ description: 'e.g. 2012-Q1, 2012, CAF 2012' }) @IsString() @MaxLength(40) label!: string;
  @Field({ description: 'First day (YYYY-MM-DD)' }) @IsISO8601({ strict: true }, { message: says('validation.isoDate') }) startsOn!: string;
  @Field({ description: 'Last day (YYYY-MM-DD)' }) @IsISO8601({ strict: true }, { message: says('validation.isoDate') }) endsOn!: string;
  @Field(() => GraphQLISODateTime) @IsDate() opensAt!: Date;
  @Field(() => GraphQLISODateTime) @IsDate() deadline!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the period locks; none: it stays open until the lead locks it' })
  @IsOptional()
  @IsDate()
  lockedAt?: Date | null;
}
