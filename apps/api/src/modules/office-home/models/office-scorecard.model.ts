import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { type SubmissionStatus, type SuppressionReason, type Verdict, VERDICTS } from '@officebench/domain';
import { graphqlEnum } from '../../../common/graphql-enum';
import { SuppressionReasonEnum } from '../../benchmark/models/suppression-reason.enum';
import { IndicatorModel } from '../../indicators/models/indicator.model';
import { OfficeModel } from '../../offices/models/office.model';
import { PeerGroupModel } from '../../peer-groups/models/peer-group.model';
import { PeriodModel } from '../../periods/models/period.model';
import { SubmissionStatusEnum } from '../../submissions/models/submission.model';
import { OfficeProgressModel } from '../../targets/models/office-progress.model';

export const VerdictEnum = graphqlEnum('Verdict', VERDICTS);

@ObjectType('OfficeTask', { description: 'A period open for entries and how far the office is with it' })
export class OfficeTaskModel {
  @Field(() => PeriodModel) period!: PeriodModel;
  @Field(() => SubmissionStatusEnum, { nullable: true, description: 'Null: nothing saved yet' }) status!: SubmissionStatus | null;
  @Field(() => String, { nullable: true, description: 'Why the lead returned it, while it is RETURNED' }) returnReason!: string | null;
  @Field(() => Int, { description: "Indicators of the period holding a value in the office's submission" }) filledCount!: number;
  @Field(() => Int, { description: 'Indicators the period asks for' }) expectedCount!: number;
  @Field(() => Int, { description: 'Calendar days (in Poland) to the deadline; negative once past' }) daysToDeadline!: number;
  @Field({ description: 'Past the deadline and not handed in' }) late!: boolean;
  @Field({ description: 'Submitted or approved: nothing left for the office to do' }) done!: boolean;
}

@ObjectType('ScorecardPoint', { description: "One released period of an indicator's trend" })
export class ScorecardPointModel {
  @Field(() => PeriodModel) period!: PeriodModel;
  @Field(() => Float, { nullable: true }) own!: number | null;
  @Field(() => Float, { nullable: true, description: "The chosen group's released mean; null where the cell is hidden" })
  peerMean!: number | null;
}

@ObjectType('ScorecardLine', { description: 'One indicator on the scorecard: never another office’s value' })
export class ScorecardLineModel {
  @Field(() => IndicatorModel) indicator!: IndicatorModel;
  @Field(() => Float, { nullable: true, description: 'The latest value the office handed in (submitted or approved)' })
  latest!: number | null;
  @Field(() => PeriodModel, { nullable: true }) latestPeriod!: PeriodModel | null;
  @Field(() => Float, { nullable: true, description: 'The handed-in value of the period before, where there is one' })
  previous!: number | null;
  @Field(() => PeriodModel, { nullable: true }) previousPeriod!: PeriodModel | null;
  @Field(() => Float, { nullable: true, description: 'latest − previous' }) change!: number | null;
  @Field(() => PeriodModel, {
    nullable: true,
    description: "The latest released period of the indicator's kind: the standing below is of it",
  })
  comparedPeriod!: PeriodModel | null;
  @Field(() => Float, { nullable: true, description: "The office's value in comparedPeriod" }) own!: number | null;
  @Field() suppressed!: boolean;
  @Field(() => SuppressionReasonEnum, { nullable: true }) suppressionReason!: SuppressionReason | null;
  @Field(() => Float, { nullable: true }) mean!: number | null;
  @Field(() => Float, { nullable: true }) median!: number | null;
  @Field(() => Int, { nullable: true, description: '1 (lowest values) to 4, where quartiles are published' }) ownQuartile!: number | null;
  @Field(() => VerdictEnum, { nullable: true, description: 'The own value against the peer mean, by the indicator’s direction' })
  versusMean!: Verdict | null;
  @Field(() => OfficeProgressModel, { nullable: true, description: "Progress to the programme's target for this indicator, if it has one" })
  progress!: OfficeProgressModel | null;
  @Field(() => [ScorecardPointModel], { description: 'The last released periods of its kind, oldest first' })
  trend!: ScorecardPointModel[];
}

@ObjectType('OfficeScorecard', { description: 'An office’s home: what is left to do and where it stands, in one answer' })
export class OfficeScorecardModel {
  @Field(() => OfficeModel) office!: OfficeModel;
  @Field(() => [PeerGroupModel], { description: "The programme's peer groups the scorecard can compare with" })
  peerGroups!: PeerGroupModel[];
  @Field(() => PeerGroupModel, {
    nullable: true,
    description: "The group compared with: the one asked for, else the office's own kind, else all offices",
  })
  peerGroup!: PeerGroupModel | null;
  @Field(() => [OfficeTaskModel], { description: 'Periods open for entries, nearest deadline first' }) tasks!: OfficeTaskModel[];
  @Field(() => [ScorecardLineModel], { description: 'Every indicator of the programme, in programme order' })
  lines!: ScorecardLineModel[];
}
