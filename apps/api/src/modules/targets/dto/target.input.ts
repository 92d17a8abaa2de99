import { Field, Float, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import type { TargetKind } from '@officebench/domain';
import { IsDate, IsNumber, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { TargetKindEnum } from '../models/target.model';
import { says } from '../../../common/validation-messages';

@InputType('TargetInput')
export class TargetInput {
  @Field(() => ID) @IsUUID() programmeId!: string;
  @Field() @IsString() @MaxLength(60, { message: says('validation.maxLength', 'max') }) indicatorCode!: string;
  @Field(() => TargetKindEnum) @IsString() kind!: TargetKind;
  @Field(() => Float, {
    description:
      'LEVEL: the level to reach; CHANGE: the signed change from the baseline; RELATIVE_CHANGE: the signed change in per cent of the baseline (not 0, above −100)',
  })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() dueOn?: Date | null;
}
