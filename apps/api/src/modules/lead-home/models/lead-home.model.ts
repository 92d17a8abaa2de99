import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { ProgressStatus } from '@officebench/domain';
import { GoodPracticeModel } from '../../good-practices/models/good-practice.models';
import { IndicatorModel } from '../../indicators/models/indicator.model';
import { PeriodModel } from '../../periods/models/period.model';
import { ProgressStatusEnum } from '../../targets/models/office-progress.model';
import { TargetModel } from '../../targets/models/target.model';

@ObjectType('HomeCompleteness', { description: 'How the offices stand in the current period: each office counted once by status' })
export class HomeCompletenessModel {
  @Field(() => Int) offices!: number;
  @Field(() => Int, { description: 'Nothing saved yet' }) notStarted!: number;
  @Field(() => Int) draft!: number;
  @Field(() => Int) submitted!: number;
  @Field(() => Int) returned!: number;
  @Field(() => Int) approved!: number;
  @Field(() => Int, { description: 'Past the deadline and not handed in (also counted under their status)' }) late!: number;
}

@ObjectType('HomeStatusCount')
export class HomeStatusCountModel {
  @Field(() => ProgressStatusEnum) status!: ProgressStatus;
  @Field(() => Int) offices!: number;
}

@ObjectType('HomeTarget', { description: "A target with how many offices are in each of the targets module's statuses" })
export class HomeTargetModel {
  @Field(() => TargetModel) target!: TargetModel;
  @Field(() => Int) offices!: number;
  @Field(() => Int) officesWithData!: number;
  @Field(() => Int, { description: 'Met, or on pace to meet it by its due date' }) officesOnTrack!: number;
  @Field(() => [HomeStatusCountModel], { description: 'Every progress status, with 0 where no office has it' })
  byStatus!: HomeStatusCountModel[];
}

@ObjectType('IndicatorSpread', {
  description:
    'How much the offices differ on an indicator in its latest period with enough approved values: ' +
    'the interquartile range over the median. No office value is given.',
})
export class IndicatorSpreadModel {
  @Field(() => IndicatorModel) indicator!: IndicatorModel;
  @Field(() => PeriodModel) period!: PeriodModel;
  @Field(() => Int, { description: 'Offices with an approved value' }) offices!: number;
  @Field(() => Float, { description: '(Q3 − Q1) / |median| of the approved values' }) relativeSpread!: number;
}

@ObjectType('HomeWaiting', { description: 'What waits for the lead' })
export class HomeWaitingModel {
  @Field(() => Int, { description: 'Submissions handed in and waiting for approval or return, in every period' })
  submissionsToReview!: number;
  @Field(() => [PeriodModel], { description: 'Past their deadline and not locked' }) periodsToLock!: PeriodModel[];
  @Field(() => [PeriodModel], { description: 'Past their deadline and never published, or changed since published' })
  periodsToPublish!: PeriodModel[];
}

@ObjectType('LeadHome', { description: "Lead only: the programme's state at a glance" })
export class LeadHomeModel {
  @Field(() => PeriodModel, {
    nullable: true,
    description: 'The open period whose deadline is nearest ahead, else the opened period with the latest deadline',
  })
  currentPeriod!: PeriodModel | null;
  @Field(() => Int, { nullable: true, description: 'Calendar days (in Poland) to the deadline; negative once past' })
  daysToDeadline!: number | null;
  @Field(() => HomeCompletenessModel, { nullable: true }) completeness!: HomeCompletenessModel | null;
  @Field(() => [HomeTargetModel]) targets!: HomeTargetModel[];
  @Field(() => [IndicatorSpreadModel], { description: 'The indicators where offices differ most, widest first' })
  spread!: IndicatorSpreadModel[];
  @Field(() => HomeWaitingModel) waiting!: HomeWaitingModel;
  @Field(() => [GoodPracticeModel], { description: 'The newest published practices (as goodPractices without words)' })
  newestPractices!: GoodPracticeModel[];
}
