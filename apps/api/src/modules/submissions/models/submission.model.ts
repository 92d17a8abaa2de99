import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { SUBMISSION_STATUSES, type SubmissionStatus } from '@officebench/domain';
import { graphqlEnum } from '../../../common/graphql-enum';
import { IndicatorModel } from '../../indicators/models/indicator.model';

export const SubmissionStatusEnum = graphqlEnum('SubmissionStatus', SUBMISSION_STATUSES);

/** One indicator's entry of the caller's own office (or, for the lead, of an office of its programme). */
@ObjectType('IndicatorValue')
export class IndicatorValueModel {
  @Field(() => IndicatorModel) indicator!: IndicatorModel;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Float, { nullable: true }) numerator!: number | null;
  @Field(() => Float, { nullable: true }) denominator!: number | null;
  @Field(() => String, { nullable: true }) comment!: string | null;
}

@ObjectType('Submission')
export class SubmissionModel {
  @Field(() => ID) id!: string;
  @Field(() => SubmissionStatusEnum) status!: SubmissionStatus;
  @Field(() => Int, { description: 'Optimistic-concurrency version: a save must name the version it started from' }) version!: number;
  @Field(() => [IndicatorValueModel]) values!: IndicatorValueModel[];
  @Field(() => String, { nullable: true }) returnReason!: string | null;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  officeId!: string;
  periodId!: string;
}
