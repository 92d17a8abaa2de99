import { Module } from '@nestjs/common';
import { SubmissionsModule } from '../submissions/submissions.module';
import { SurveyAnswerController } from './survey-answer.controller';
import { SurveyAnsweringService } from './survey-answering.service';
import { SurveyRoundsService } from './survey-rounds.service';
import { SurveySweepScheduler } from './survey-sweep.service';
import { SurveyAnsweringRepository, SurveyRepository } from './survey.repository';
import { SurveysResolver } from './surveys.resolver';

/** Satisfaction surveys (issue 21, docs/surveys.md): rounds, single-use links, the public answering page, the sweep. */
@Module({
  imports: [SubmissionsModule],
  controllers: [SurveyAnswerController],
  providers: [
    SurveyRepository,
    SurveyAnsweringRepository,
    SurveyRoundsService,
    SurveyAnsweringService,
    SurveySweepScheduler,
    SurveysResolver,
  ],
})
export class SurveysModule {}
