import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { type PlausibilityWarning, SUBMISSION_STATUSES, type SubmissionStatus } from '@officebench/domain';
import { graphqlEnum } from '../../../common/graphql-enum';
import { IndicatorModel } from '../../indicators/models/indicator.model';
import { OfficeModel } from '../../offices/models/office.model';
import { PeriodModel } from '../../periods/models/period.model';

export const SubmissionStatusEnum = graphqlEnum('SubmissionStatus', SUBMISSION_STATUSES);

/** One indicator's entry of the caller's own office (or, for the lead, of an office of its programme). */
@ObjectType('IndicatorValue')
export class IndicatorValueModel {
  @Field(() => IndicatorModel) indicator!: IndicatorModel;
  @Field(() => Float, { nullable: true, description: 'For a ratio indicator: numerator / denominator x scale' }) value!: number | null;
  @Field(() => Float, { nullable: true }) numerator!: number | null;
  @Field(() => Float, { nullable: true }) denominator!: number | null;
  @Field(() => String, { nullable: true }) comment!: string | null;
  /** Resolved into `warnings` (text in the request's language) and `warningCodes`; computed on demand when absent. */
  plausibility?: PlausibilityWarning[];
  /** Whose value it is: shared by the values of one submission as read in one request. */
  owner!: { programmeId: string; officeId: string; periodId: string };
  indicatorId!: string;
}

@ObjectType('Submission')
export class SubmissionModel {
  @Field(() => ID) id!: string;
  @Field(() => SubmissionStatusEnum) status!: SubmissionStatus;
  @Field(() => Int, { description: 'Optimistic-concurrency version: a save must name the version it started from' }) version!: number;
  @Field(() => [IndicatorValueModel]) values!: IndicatorValueModel[];
  @Field(() => String, { nullable: true, description: "The lead's reason when RETURNED" }) returnReason!: string | null;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) submittedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) approvedAt!: Date | null;
  programmeId!: string;
  officeId!: string;
  periodId!: string;
}

@ObjectType('FormLine')
export class FormLineModel {
  @Field(() => IndicatorModel) indicator!: IndicatorModel;
  @Field() mandatory!: boolean;
  @Field(() => Float, { nullable: true, description: "This office's handed-in value in the previous period of the same kind" })
  previousValue!: number | null;
  @Field(() => String, { nullable: true }) previousPeriodLabel!: string | null;
}

@ObjectType('SubmissionForm', { description: "What the office's form for one period needs" })
export class SubmissionFormModel {
  @Field(() => OfficeModel) office!: OfficeModel;
  @Field(() => PeriodModel) period!: PeriodModel;
  @Field(() => [FormLineModel], {
    description: "The programme's indicators reported in this kind of period, by CAF criterion then programme order",
  })
  lines!: FormLineModel[];
  @Field(() => SubmissionModel, { nullable: true, description: 'null before the first save' }) submission!: SubmissionModel | null;
  @Field({ description: 'The caller may save now: a coordinator of the office, the period open, the submission a draft or returned' })
  editable!: boolean;
}

@ObjectType('CompletenessRow', { description: 'One office in one period (lead only)' })
export class CompletenessRowModel {
  @Field(() => SubmissionStatusEnum, { nullable: true, description: 'null: nothing saved yet' }) status!: SubmissionStatus | null;
  @Field({ description: 'The deadline has passed and the office has not handed in' }) isLate!: boolean;
  @Field(() => Int) filledCount!: number;
  @Field(() => Int) expectedCount!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) submittedAt!: Date | null;
  @Field(() => [String], { description: "Active coordinators' e-mail addresses, for reminders" }) coordinatorEmails!: string[];
  officeId!: string;
  periodId!: string;
}
