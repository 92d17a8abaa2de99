import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PROGRESS_STATUSES, type ProgressStatus, SUPPRESSION_REASONS, type SubmissionStatus, type SuppressionReason, TARGET_KINDS, type TargetKind } from '@officebench/domain';
import { graphqlEnum } from '../../../common/graphql-enum';
import { IndicatorModel } from '../../indicators/models/indicator.model';
import { OfficeModel } from '../../offices/models/office.model';
import { PeerGroupModel } from '../../peer-groups/models/peer-group.model';
import { PeriodModel } from '../../periods/models/period.model';
import { SubmissionStatusEnum } from '../../submissions/models/submission.model';

export const SuppressionReasonEnum = graphqlEnum('SuppressionReason', SUPPRESSION_REASONS);
export const TargetKindEnum = graphqlEnum('TargetKind', TARGET_KINDS);
export const ProgressStatusEnum = graphqlEnum('ProgressStatus', PROGRESS_STATUSES);

@ObjectType('BenchmarkCell', { description: 'Peer statistics of one indicator in one peer group, as released; never another office’s value' })
export class BenchmarkCellModel {
  @Field(() => IndicatorModel) indicator!: IndicatorModel;
  @Field(() => PeerGroupModel) peerGroup!: PeerGroupModel;
  @Field(() => Float, { nullable: true, description: 'The viewing office’s own value' }) own!: number | null;
  @Field() suppressed!: boolean;
  @Field(() => SuppressionReasonEnum, { nullable: true }) suppressionReason!: SuppressionReason | null;
  @Field(() => String, { nullable: true, description: '"5-9", "10-19" or "20+"; null when suppressed' }) contributorsBand!: string | null;
  @Field(() => Float, { nullable: true, description: 'Mean of the offices’ values, 3 significant digits' }) mean!: number | null;
  @Field(() => Float, { nullable: true, description: 'Ratio indicators: sum of numerators / sum of denominators x scale' }) pooledRate!: number | null;
  @Field(() => Float, { nullable: true }) median!: number | null;
  @Field(() => Float, { nullable: true }) p25!: number | null;
  @Field(() => Float, { nullable: true }) p75!: number | null;
  @Field(() => Int, { nullable: true, description: '1 (lowest values) to 4, where quartiles are published' }) ownQuartile!: number | null;
}

@ObjectType('TrendPoint')
export class TrendPointModel {
  @Field(() => PeriodModel) period!: PeriodModel;
  @Field(() => Float, { nullable: true }) own!: number | null;
  @Field(() => Float, { nullable: true }) peerMean!: number | null;
  @Field(() => Float, { nullable: true }) peerMedian!: number | null;
  @Field() suppressed!: boolean;
  @Field(() => SuppressionReasonEnum, { nullable: true }) suppressionReason!: SuppressionReason | null;
}

@ObjectType('OfficeValue', { description: 'Lead only: one office’s identified value' })
export class OfficeValueModel {
  @Field(() => OfficeModel) office!: OfficeModel;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => SubmissionStatusEnum, { nullable: true }) status!: SubmissionStatus | null;
}

@ObjectType('Target', { description: 'A programme target for one indicator' })
export class TargetModel {
  @Field(() => ID) id!: string;
  @Field(() => IndicatorModel) indicator!: IndicatorModel;
  @Field(() => TargetKindEnum, { description: 'LEVEL: reach the value; CHANGE: move by the value (signed) from the office’s baseline' }) kind!: TargetKind;
  @Field(() => Float) value!: number;
  @Field(() => Date, { nullable: true, description: 'When the target should be reached' }) dueOn!: Date | null;
}

@ObjectType('OfficeProgress')
export class OfficeProgressModel {
  @Field(() => OfficeModel) office!: OfficeModel;
  @Field(() => TargetModel) target!: TargetModel;
  @Field(() => Float, { nullable: true, description: 'The office’s first approved value' }) baseline!: number | null;
  @Field(() => PeriodModel, { nullable: true }) baselinePeriod!: PeriodModel | null;
  @Field(() => Float, { nullable: true, description: 'The office’s last approved value' }) latest!: number | null;
  @Field(() => PeriodModel, { nullable: true }) latestPeriod!: PeriodModel | null;
  @Field(() => Float, { nullable: true }) change!: number | null;
  @Field(() => ProgressStatusEnum) status!: ProgressStatus;
  @Field({ description: 'Met, or on pace to meet it by its due date' }) onTrack!: boolean;
}

@ObjectType('TargetSummary', { description: 'Lead only: the programme’s progress toward one target' })
export class TargetSummaryModel {
  @Field(() => TargetModel) target!: TargetModel;
  @Field(() => Int) officesWithData!: number;
  @Field(() => Int) officesOnTrack!: number;
  @Field(() => Float, { nullable: true, description: 'Offices on track / offices with data' }) shareOnTrack!: number | null;
  @Field(() => Float, { nullable: true }) baselineMean!: number | null;
  @Field(() => Float, { nullable: true }) latestMean!: number | null;
  @Field(() => [OfficeProgressModel]) offices!: OfficeProgressModel[];
}
