import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { SURVEY_KINDS, type SubmissionStatus, type SurveyKind, type SurveyQuestionKind } from '@officebench/domain';
import { graphqlEnum } from '../../../common/graphql-enum';
import { SubmissionStatusEnum } from '../../submissions/models/submission.model';

export const SurveyKindEnum = graphqlEnum('SurveyKind', SURVEY_KINDS);
export const SurveyQuestionKindEnum = graphqlEnum('SurveyQuestionKind', ['LIKERT', 'TEXT'] as const);
export const SurveyRoundStateEnum = graphqlEnum('SurveyRoundState', ['OPEN', 'CLOSED'] as const);

/** Most single-use links made at once (a large office's staff); a round takes at most 5,000. */
export const INVITATIONS_PER_REQUEST = 500;
export const INVITATIONS_PER_ROUND = 5000;

@ObjectType('SurveyQuestion', { description: 'A question of a questionnaire, in both languages' })
export class SurveyQuestionModel {
  @Field({ description: 'e.g. OVERALL, COURTESY, or an extra question’s own code' }) code!: string;
  @Field(() => SurveyQuestionKindEnum) kind!: SurveyQuestionKind;
  @Field({ description: 'In the request’s language' }) text!: string;
  @Field() textPl!: string;
  @Field() textEn!: string;
  @Field({ description: 'Only the key question (overall satisfaction) is required' }) required!: boolean;
  @Field(() => Int, { description: 'The CAF 2020 criterion it informs' }) cafCriterion!: number;
  @Field({ description: 'A standard question (false: the programme’s own)' }) standard!: boolean;
}

@ObjectType('SurveyQuestionnaire', { description: 'A programme’s questionnaire: the standard questions and the lead’s extras' })
export class SurveyQuestionnaireModel {
  @Field(() => ID) programmeId!: string;
  @Field(() => SurveyKindEnum) kind!: SurveyKind;
  @Field(() => [SurveyQuestionModel], { description: 'Every question, as a round opened now would ask them' })
  questions!: SurveyQuestionModel[];
  @Field(() => Int, { description: 'For setSurveyExtraQuestions: 0 until extras are first saved' }) version!: number;
  @Field({ description: 'The caller may change the extras (the lead)' }) mayEdit!: boolean;
}

@InputType('SurveyExtraQuestionInput')
export class SurveyExtraQuestionInput {
  @Field() code!: string;
  @Field(() => SurveyQuestionKindEnum) kind!: SurveyQuestionKind;
  @Field() textPl!: string;
  @Field() textEn!: string;
  @Field(() => Int, { nullable: true, description: 'Defaults to the questionnaire’s criterion (6 clients, 7 employees)' })
  cafCriterion?: number | null;
}

@ObjectType('SurveyQuestionResult', {
  description: 'One question’s results in a closed round; below the threshold only that it is suppressed (no count)',
})
export class SurveyQuestionResultModel {
  @Field() code!: string;
  @Field() text!: string;
  @Field(() => SurveyQuestionKindEnum) kind!: SurveyQuestionKind;
  @Field() suppressed!: boolean;
  @Field(() => Int, { nullable: true, description: 'Ratings 1-5 given' }) answered!: number | null;
  @Field(() => [Int], { nullable: true, description: 'How many rated 1, 2, 3, 4, 5' }) counts!: number[] | null;
  @Field(() => Int, { nullable: true }) notApplicable!: number | null;
  @Field(() => Float, { nullable: true }) mean!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share rating 4 or 5, 0-100' }) satisfiedPct!: number | null;
  @Field(() => [String], { nullable: true, description: 'Open answers, in an order that says nothing of when they came' })
  texts!: string[] | null;
}

@ObjectType('SurveyRound', { description: 'One office’s survey of clients or employees in a year' })
export class SurveyRoundModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) programmeId!: string;
  @Field(() => ID) officeId!: string;
  @Field() officeName!: string;
  @Field(() => ID) periodId!: string;
  @Field() periodLabel!: string;
  @Field(() => SurveyKindEnum) kind!: SurveyKind;
  @Field(() => SurveyRoundStateEnum) state!: 'OPEN' | 'CLOSED';
  @Field({ description: 'The public code in the answering link' }) code!: string;
  @Field(() => String, { nullable: true, description: 'Clients’ link (/ankieta/<code>); null for an employee round (single-use links)' })
  publicPath!: string | null;
  @Field(() => Int, { description: 'Answers received so far (or in all, once closed)' }) responses!: number;
  @Field(() => Int, { nullable: true, description: 'Single-use links made (employees); null for clients' }) invited!: number | null;
  @Field(() => Float, { nullable: true, description: 'responses / invited, 0-100' }) responseRatePct!: number | null;
  @Field(() => Int, { description: 'Respondents needed for per-question results: max(programme k, 10)' }) threshold!: number;
  @Field(() => Int, { description: 'Respondents still needed before per-question results can be shown' }) missingForResults!: number;
  @Field() openedOn!: string;
  @Field(() => String, { nullable: true }) closedOn!: string | null;
  @Field(() => Int, { nullable: true, description: 'Closed: respondents (the indicator’s denominator)' }) respondents!: number | null;
  @Field(() => Int, { nullable: true, description: 'Closed: satisfied respondents, 4-5 on the key question (numerator)' })
  satisfied!: number | null;
  @Field(() => Float, { nullable: true, description: 'Closed: satisfied / respondents × 100' }) satisfiedPct!: number | null;
  @Field(() => [SurveyQuestionModel]) questions!: SurveyQuestionModel[];
  @Field(() => [SurveyQuestionResultModel], {
    nullable: true,
    description: 'Closed, for the office’s coordinators only: per question; null while open (no live per-question view)',
  })
  results!: SurveyQuestionResultModel[] | null;
  @Field(() => SubmissionStatusEnum, { nullable: true, description: 'The office’s submission of the year, once it has one' })
  submissionStatus!: SubmissionStatus | null;
  @Field(() => Int) version!: number;
  @Field({ description: 'The caller may invite, close (the office’s coordinator)' }) mayManage!: boolean;
}

@ObjectType('SurveyOpenable', { description: 'A questionnaire and annual period a round can be opened for' })
export class SurveyOpenableModel {
  @Field(() => SurveyKindEnum) kind!: SurveyKind;
  @Field(() => ID) periodId!: string;
  @Field() periodLabel!: string;
}

@ObjectType('SurveyOffice', { description: 'An office’s survey rounds' })
export class SurveyOfficeModel {
  @Field(() => ID) programmeId!: string;
  @Field(() => ID) officeId!: string;
  @Field() officeName!: string;
  @Field(() => [SurveyRoundModel]) rounds!: SurveyRoundModel[];
  @Field(() => [SurveyOpenableModel]) openable!: SurveyOpenableModel[];
  @Field() mayManage!: boolean;
}

@ObjectType('SurveyInvitations', { description: 'Single-use links, shown once: the product keeps only their hashes' })
export class SurveyInvitationsModel {
  @Field(() => ID) roundId!: string;
  @Field(() => [String], { description: 'Paths /ankieta/<code>?t=<token>' }) links!: string[];
  @Field(() => Int, { description: 'Links made in the round in all' }) invited!: number;
}

@ObjectType('SurveyPeerQuestion')
export class SurveyPeerQuestionModel {
  @Field() code!: string;
  @Field(() => Float) mean!: number;
}

@ObjectType('SurveyPeerGroup', { description: 'A peer group’s released per-question means (anonymised), or why there are none' })
export class SurveyPeerGroupModel {
  @Field(() => ID) peerGroupId!: string;
  @Field() peerGroupName!: string;
  @Field(() => String, { nullable: true }) contributorsBand!: string | null;
  @Field(() => String, { nullable: true, description: 'NOT_RELEASED, or NOT_PUBLISHED for a released group showing nothing' })
  suppressionReason!: string | null;
  @Field(() => [SurveyPeerQuestionModel], { nullable: true }) means!: SurveyPeerQuestionModel[] | null;
}

@ObjectType('SurveyComparison', { description: 'A closed round’s per-question means beside the released peer means' })
export class SurveyComparisonModel {
  @Field(() => ID) roundId!: string;
  @Field() released!: boolean;
  @Field(() => [SurveyPeerGroupModel]) peers!: SurveyPeerGroupModel[];
}
