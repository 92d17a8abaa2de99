import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { OfficeKind } from '@officebench/domain';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { OfficeKindEnum } from '../../offices/models/office.model';
import { says } from '../../../common/validation-messages';

/** Gross limits only (types and sizes a request may carry); the domain's checks give the sentences. */
const TEXT = 25_000;

@InputType('GoodPracticeInput')
export class GoodPracticeInput {
  @Field(() => ID, { nullable: true, description: 'The authoring office; needed on create when the coordinator has several' })
  @IsOptional()
  @IsUUID()
  officeId?: string | null;
  @Field() @IsString() @MaxLength(TEXT) title!: string;
  @Field() @IsString() @MaxLength(TEXT) summary!: string;
  @Field({ description: 'Markdown' }) @IsString() @MaxLength(TEXT) body!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) problem?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) actions?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) results?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) resources?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(TEXT) contact?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() year?: number | null;
  @Field(() => [Int])
  @IsArray()
  @ArrayMaxSize(50, { message: says('validation.arrayMaxSize', 'max') })
  @IsInt({ each: true })
  cafCriteria!: number[];
  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(100, { message: says('validation.arrayMaxSize', 'max') })
  @IsString({ each: true })
  @MaxLength(60, { each: true, message: says('validation.eachMaxLength', 'max') })
  indicatorCodes!: string[];
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100, { message: says('validation.arrayMaxSize', 'max') })
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  tags?: string[] | null;
}

@InputType('GoodPracticeFilter')
export class GoodPracticeFilter {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() cafCriterion?: number | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60, { message: says('validation.maxLength', 'max') })
  indicatorCode?: string | null;
  @Field(() => OfficeKindEnum, { nullable: true }) @IsOptional() @IsString() officeKind?: OfficeKind | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) region?: string | null;
  @Field(() => Int, { nullable: true, description: 'Year the practice was introduced' }) @IsOptional() @IsInt() year?: number | null;
  @Field(() => String, { nullable: true, description: 'Only practices with this tag (case and Polish characters do not matter)' })
  @IsOptional()
  @IsString()
  @MaxLength(60, { message: says('validation.maxLength', 'max') })
  tag?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only practices a lead featured for a programme the viewer takes part in' })
  @IsOptional()
  @IsBoolean()
  featured?: boolean | null;
}
