import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  CAF_ACTION_STATUSES,
  CAF_CYCLE_STATES,
  type CafActionStatus,
  type CafCycleState,
  type Role,
  type SubmissionStatus,
} from '@officebench/domain';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, MaxLength, Max, Min } from 'class-validator';
import { graphqlEnum } from '../../../common/graphql-enum';
import { RoleEnum } from '../../auth/models/user.model';
import { PeriodModel } from '../../periods/models/period.model';
import { SubmissionStatusEnum } from '../../submissions/models/submission.model';

export const CafCycleStateEnum = graphqlEnum('CafCycleState', CAF_CYCLE_STATES);
export const CafActionStatusEnum = graphqlEnum('CafActionStatus', CAF_ACTION_STATUSES);

/** Longest evidence, strengths or areas for improvement (the database checks the same). */
export const CAF_TEXT_MAX = 4000;

@ObjectType('CafScore', { description: 'A score of one sub-criterion with its reasons: an assessor’s own, or the agreed one' })
export class CafScoreModel {
  @Field({ description: '"1.1" to "9.2"' }) code!: string;
  @Field(() => Int, { nullable: true, description: '0-100; null in a draft' }) score!: number | null;
  @Field() evidence!: string;
  @Field() strengths!: string;
  @Field({ description: 'Areas for improvement' }) improvements!: string;
}

@ObjectType('CafIndividualScore', { description: 'An assessor’s score, shown to the office’s people from consensus on' })
export class CafIndividualScoreModel extends CafScoreModel {
  @Field(() => ID) assessorId!: string;
  @Field() assessorName!: string;
}

@ObjectType('CafAssessor', { description: 'A member of the self-assessment group and how far it has got (never its scores)' })
export class CafAssessorModel {
  @Field(() => ID) userId!: string;
  @Field() displayName!: string;
  @Field(() => Int, { description: 'Sub-criteria scored, of 28' }) scored!: number;
  @Field() isMe!: boolean;
}

@ObjectType('CafSpread', { description: 'How far apart the individual scores of one sub-criterion are' })
export class CafSpreadModel {
  @Field() code!: string;
  @Field(() => Int) count!: number;
  @Field(() => Int, { nullable: true }) lowest!: number | null;
  @Field(() => Int, { nullable: true }) highest!: number | null;
  @Field(() => Float, { nullable: true }) mean!: number | null;
  @Field(() => Int, { nullable: true }) range!: number | null;
  @Field({ description: 'The scores differ by more than 20 points: discuss first' }) wide!: boolean;
}

@ObjectType('CafAction', { description: 'An action of the improvement plan' })
export class CafActionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) cycleId!: string;
  @Field({ description: 'The sub-criterion it improves' }) code!: string;
  @Field(() => String, { nullable: true, description: 'The indicator it should move' }) indicatorCode!: string | null;
  @Field() title!: string;
  @Field() owner!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueOn!: string | null;
  @Field(() => CafActionStatusEnum) status!: CafActionStatus;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, when it was done' }) completedOn!: string | null;
  @Field() result!: string;
  @Field(() => Int) version!: number;
}

@ObjectType('CafCycle', { description: 'An office’s CAF self-assessment in one CAF period' })
export class CafCycleModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) programmeId!: string;
  @Field(() => ID) officeId!: string;
  @Field() officeName!: string;
  @Field(() => ID) periodId!: string;
  @Field() periodLabel!: string;
  @Field(() => CafCycleStateEnum) state!: CafCycleState;
  @Field(() => Int) version!: number;
  @Field() openedAt!: Date;
  @Field(() => Date, { nullable: true }) consensusAt!: Date | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => [Float], { nullable: true, description: 'The 9 criterion scores (mean of sub-criteria), once closed' })
  criterionScores!: number[] | null;
  @Field(() => Float, { nullable: true, description: 'Sum of the criterion scores, 0-900, once closed: the office’s CAF_TOTAL_SCORE' })
  total!: number | null;
  @Field(() => Float, { nullable: true, description: 'The total of the office’s previous closed cycle' }) previousTotal!: number | null;
  @Field(() => [CafAssessorModel]) assessors!: CafAssessorModel[];
  @Field(() => [CafScoreModel], { description: 'The caller’s own individual scores' }) myScores!: CafScoreModel[];
  @Field(() => [CafIndividualScoreModel], {
    description: 'Everyone’s individual scores: from consensus on, for the office’s own people only',
  })
  individualScores!: CafIndividualScoreModel[];
  @Field(() => [CafSpreadModel], { description: 'From consensus on, widest disagreement first' }) spreads!: CafSpreadModel[];
  @Field(() => [CafScoreModel]) consensus!: CafScoreModel[];
  @Field(() => [CafActionModel], { description: 'The improvement plan' }) actions!: CafActionModel[];
  @Field(() => SubmissionStatusEnum, { nullable: true, description: 'The office’s submission of this CAF period, once closed' })
  submissionStatus!: SubmissionStatus | null;
  @Field({ description: 'The caller coordinates the office' }) mayManage!: boolean;
  @Field({ description: 'The caller is in the group and the cycle is scoring' }) mayScore!: boolean;
  @Field({ description: 'The caller may edit the consensus (coordinator or group member, in consensus)' }) mayAgree!: boolean;
}

@ObjectType('CafGroupCandidate', { description: 'An account that may join the office’s self-assessment group' })
export class CafGroupCandidateModel {
  @Field(() => ID) userId!: string;
  @Field() displayName!: string;
  @Field() email!: string;
  @Field(() => RoleEnum) role!: Role;
}

@ObjectType('CafOffice', { description: 'An office’s CAF self-assessments' })
export class CafOfficeModel {
  @Field(() => ID) programmeId!: string;
  @Field(() => ID) officeId!: string;
  @Field() officeName!: string;
  @Field(() => [CafCycleModel]) cycles!: CafCycleModel[];
  @Field(() => [PeriodModel], { description: 'CAF periods without a cycle whose deadline has not passed' }) openablePeriods!: PeriodModel[];
  @Field() mayManage!: boolean;
}

@ObjectType('CafRadarCriterion')
export class CafRadarCriterionModel {
  @Field(() => Int) criterion!: number;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => Float, { nullable: true, description: 'In the office’s previous closed cycle' }) previousScore!: number | null;
}

@ObjectType('CafRadarPeers', { description: 'The released criterion means of one of the office’s peer groups' })
export class CafRadarPeersModel {
  @Field(() => ID) peerGroupId!: string;
  @Field() peerGroupName!: string;
  @Field(() => String, { nullable: true }) contributorsBand!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'NOT_RELEASED (the period was not released yet) or NOT_PUBLISHED (released, but not shown to keep the group anonymous)',
  })
  suppressionReason!: string | null;
  @Field(() => [Float], { nullable: true, description: 'The 9 criterion means; null when suppressed' }) means!: number[] | null;
}

@ObjectType('CafRadar', { description: 'A closed cycle’s criterion scores against the anonymised peer means' })
export class CafRadarModel {
  @Field(() => ID) cycleId!: string;
  @Field() periodLabel!: string;
  @Field({ description: 'Whether the CAF period’s results were released' }) released!: boolean;
  @Field(() => [CafRadarCriterionModel]) criteria!: CafRadarCriterionModel[];
  @Field(() => [CafRadarPeersModel]) peers!: CafRadarPeersModel[];
  @Field(() => Float, { nullable: true }) total!: number | null;
  @Field(() => Float, { nullable: true }) previousTotal!: number | null;
  @Field(() => Float, { nullable: true, description: 'The office’s first closed total: where the +150 is counted from' })
  baselineTotal!: number | null;
  @Field(() => Float, { nullable: true, description: 'The programme’s CAF_TOTAL_SCORE change target (+150)' }) targetChange!: number | null;
}

@ObjectType('CafProgrammeCycle')
export class CafProgrammeCycleModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) periodId!: string;
  @Field() periodLabel!: string;
  @Field(() => CafCycleStateEnum) state!: CafCycleState;
  @Field(() => Float, { nullable: true }) total!: number | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => Int) assessorCount!: number;
}

@ObjectType('CafProgrammeOffice')
export class CafProgrammeOfficeModel {
  @Field(() => ID) officeId!: string;
  @Field() officeName!: string;
  @Field(() => [CafProgrammeCycleModel]) cycles!: CafProgrammeCycleModel[];
  @Field(() => Float, { nullable: true }) baselineTotal!: number | null;
  @Field(() => Float, { nullable: true }) latestTotal!: number | null;
  @Field(() => Float, { nullable: true }) change!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'null while fewer than two cycles are closed or no target is set' })
  meetsTarget!: boolean | null;
}

@ObjectType('CafProgramme', { description: 'The lead’s view of every office’s self-assessments' })
export class CafProgrammeModel {
  @Field(() => ID) programmeId!: string;
  @Field(() => Float, { nullable: true }) targetChange!: number | null;
  @Field(() => [PeriodModel]) periods!: PeriodModel[];
  @Field(() => [CafProgrammeOfficeModel]) offices!: CafProgrammeOfficeModel[];
  @Field(() => Float, { nullable: true, description: 'Mean change of the offices with two closed cycles or more' })
  meanChange!: number | null;
  @Field(() => Int) officesMeetingTarget!: number;
  @Field(() => Int) closedCycles!: number;
  @Field(() => Int) openCycles!: number;
}

@InputType('CafScoreInput')
export class CafScoreInput {
  @Field() @Matches(/^[1-9]\.[1-6]$/) code!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100) score?: number | null;
  @Field(() => String, { nullable: true, description: 'Not sent: the stored text stays' })
  @IsOptional()
  @MaxLength(CAF_TEXT_MAX)
  evidence?: string | null;
  @Field(() => String, { nullable: true, description: 'Not sent: the stored text stays' })
  @IsOptional()
  @MaxLength(CAF_TEXT_MAX)
  strengths?: string | null;
  @Field(() => String, { nullable: true, description: 'Not sent: the stored text stays' })
  @IsOptional()
  @MaxLength(CAF_TEXT_MAX)
  improvements?: string | null;
}

@InputType('CafActionInput')
export class CafActionInput {
  @Field(() => ID, { nullable: true, description: 'null: a new action' }) @IsOptional() @IsUUID() id?: string | null;
  @Field(() => ID) @IsUUID() cycleId!: string;
  @Field() @Matches(/^[1-9]\.[1-6]$/) code!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^[A-Z][A-Z0-9_]*$/) @MaxLength(60) indicatorCode?: string | null;
  @Field() @MaxLength(200) title!: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(200) owner?: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/) dueOn?: string | null;
  @Field(() => CafActionStatusEnum) @IsIn(CAF_ACTION_STATUSES) status!: CafActionStatus;
  @Field({ nullable: true }) @IsOptional() @MaxLength(2000) result?: string;
  @Field(() => Int, { nullable: true, description: 'The version edited; required for an existing action' })
  @IsOptional()
  @IsInt()
  expectedVersion?: number | null;
}
