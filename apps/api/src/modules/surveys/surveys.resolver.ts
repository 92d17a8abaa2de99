import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor, SurveyKind } from '@officebench/domain';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import { currentLanguage } from '../../common/request-context';
import {
  SurveyComparisonModel,
  SurveyExtraQuestionInput,
  SurveyInvitationsModel,
  SurveyKindEnum,
  SurveyOfficeModel,
  SurveyQuestionnaireModel,
  SurveyRoundModel,
} from './models/survey.models';
import { SurveyRoundsService } from './survey-rounds.service';

const id = (name: string) => Args(name, { type: () => ID });
const kind = () => Args('kind', { type: () => SurveyKindEnum });

/** Satisfaction surveys: who may do what is decided by the service (libs/domain rules) and row-level security. */
@Resolver()
export class SurveysResolver {
  constructor(private readonly surveys: SurveyRoundsService) {}

  @Query(() => SurveyQuestionnaireModel, { description: "A programme's questionnaire: the standard questions and the lead's extras" })
  @Access.signedIn()
  surveyQuestionnaire(@CurrentActor() actor: Actor, @id('programmeId') programmeId: string, @kind() surveyKind: SurveyKind) {
    return this.surveys.questionnaire(actor, programmeId, surveyKind, currentLanguage());
  }

  @Query(() => SurveyOfficeModel, { description: "An office's survey rounds and what can be opened: its coordinators and the lead" })
  @Access.signedIn()
  surveyOffice(@CurrentActor() actor: Actor, @id('programmeId') programmeId: string, @id('officeId') officeId: string) {
    return this.surveys.office(actor, programmeId, officeId, currentLanguage());
  }

  @Query(() => SurveyRoundModel, { nullable: true, description: 'One round as the caller may see it; null when not visible' })
  @Access.signedIn()
  surveyRound(@CurrentActor() actor: Actor, @id('id') roundId: string) {
    return this.surveys.round(actor, roundId, currentLanguage());
  }

  @Query(() => [SurveyRoundModel], { description: "Lead: every office's rounds with their counts (no per-question results)" })
  @Access.signedIn()
  surveyProgramme(@CurrentActor() actor: Actor, @id('programmeId') programmeId: string) {
    return this.surveys.programme(actor, programmeId, currentLanguage());
  }

  @Query(() => SurveyComparisonModel, { description: "A closed round's questions against the released, anonymised peer means" })
  @Access.signedIn()
  surveyComparison(@CurrentActor() actor: Actor, @id('roundId') roundId: string) {
    return this.surveys.comparison(actor, roundId);
  }

  @Mutation(() => SurveyQuestionnaireModel, { description: "Lead: the programme's extra questions (rounds opened later ask them)" })
  @Access.signedIn()
  setSurveyExtraQuestions(
    @CurrentActor() actor: Actor,
    @id('programmeId') programmeId: string,
    @kind() surveyKind: SurveyKind,
    @Args('questions', { type: () => [SurveyExtraQuestionInput] }) questions: SurveyExtraQuestionInput[],
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ) {
    return this.surveys.setExtras(actor, programmeId, surveyKind, questions, expectedVersion, currentLanguage());
  }

  @Mutation(() => SurveyRoundModel, { description: "Coordinator: open the office's survey of clients or employees in an annual period" })
  @Access.signedIn()
  openSurveyRound(
    @CurrentActor() actor: Actor,
    @id('programmeId') programmeId: string,
    @id('officeId') officeId: string,
    @id('periodId') periodId: string,
    @kind() surveyKind: SurveyKind,
  ) {
    return this.surveys.open(actor, { programmeId, officeId, periodId, kind: surveyKind }, currentLanguage());
  }

  @Mutation(() => SurveyInvitationsModel, { description: 'Coordinator: single-use links for an employee round, shown once' })
  @Access.signedIn()
  createSurveyInvitations(@CurrentActor() actor: Actor, @id('roundId') roundId: string, @Args('count', { type: () => Int }) count: number) {
    return this.surveys.invite(actor, roundId, count, currentLanguage());
  }

  @Mutation(() => SurveyRoundModel, {
    description:
      "Coordinator: close the round; its satisfied share goes into the year's submission (submitted for approval with submit: true)",
  })
  @Access.signedIn()
  closeSurveyRound(
    @CurrentActor() actor: Actor,
    @id('roundId') roundId: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('submit', { type: () => Boolean, defaultValue: false }) submit: boolean,
  ) {
    return this.surveys.close(actor, roundId, expectedVersion, submit, currentLanguage());
  }
}
