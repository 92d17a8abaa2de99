import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { COMMENT_MAX_LENGTH } from '@officebench/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsNumber, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { says } from '../../../common/validation-messages';

@InputType('ValueInput', { description: 'An entry with no number and no comment clears the indicator' })
export class ValueInput {
  @Field() @IsString() @MaxLength(64) indicatorCode!: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) value?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) numerator?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) denominator?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(COMMENT_MAX_LENGTH) comment?: string | null;
}

@InputType('SaveValuesInput')
export class SaveValuesInput {
  @Field(() => ID) @IsUUID() officeId!: string;
  @Field(() => ID) @IsUUID() periodId!: string;
  @Field(() => Int, { nullable: true, description: 'The version the entries start from; null when nothing was saved yet' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: says('validation.min', 'min') })
  expectedVersion?: number | null;
  @Field(() => [ValueInput])
  @ValidateNested({ each: true })
  @Type(() => ValueInput)
  @ArrayMaxSize(200, { message: says('validation.arrayMaxSize', 'max') })
  values!: ValueInput[];
}
