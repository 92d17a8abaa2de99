import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { SuppressionReason } from '@officebench/domain';
import { PeriodModel } from '../../periods/models/period.model';
import { SuppressionReasonEnum } from './suppression-reason.enum';

@ObjectType('TrendPoint')
export class TrendPointModel {
  @Field(() => PeriodModel) period!: PeriodModel;
  @Field(() => Float, { nullable: true }) own!: number | null;
  @Field(() => Float, { nullable: true }) peerMean!: number | null;
  @Field(() => Float, { nullable: true }) peerMedian!: number | null;
  @Field() suppressed!: boolean;
  @Field(() => SuppressionReasonEnum, { nullable: true }) suppressionReason!: SuppressionReason | null;
}
