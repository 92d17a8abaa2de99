import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { SubmissionStatus } from '@officebench/domain';
import { PeriodModel } from '../../periods/models/period.model';
import { SubmissionStatusEnum } from './submission.model';

/** One earlier period of an indicator as the office itself entered it: never another office's value. */
@ObjectType('IndicatorHistoryPoint', { description: "One earlier period of an indicator in the office's own submissions" })
export class IndicatorHistoryPointModel {
  @Field(() => PeriodModel) period!: PeriodModel;
  @Field(() => SubmissionStatusEnum, { nullable: true, description: "The office's submission status in that period; null: nothing saved" })
  status!: SubmissionStatus | null;
  @Field(() => Float, { nullable: true, description: 'The value (computed for a ratio); null: not entered' }) value!: number | null;
  @Field(() => Float, { nullable: true }) numerator!: number | null;
  @Field(() => Float, { nullable: true }) denominator!: number | null;
}
