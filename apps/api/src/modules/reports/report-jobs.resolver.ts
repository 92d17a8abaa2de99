import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@officebench/domain';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import { ProgrammeReportModel } from './models/programme-report.model';
import { ReportJobsService } from './report-jobs.service';

const id = (name: string) => Args(name, { type: () => ID });

/** The lead's programme reports, made in the background (ReportJobsService). */
@Resolver(() => ProgrammeReportModel)
export class ReportJobsResolver {
  constructor(private readonly reports: ReportJobsService) {}

  @Query(() => [ProgrammeReportModel], { description: "Lead: the programme's reports, newest first" })
  @Access.signedIn()
  programmeReports(@CurrentActor() actor: Actor, @id('programmeId') programmeId: string) {
    return this.reports.list(actor, programmeId);
  }

  @Query(() => ProgrammeReportModel, { nullable: true, description: 'Lead: one programme report; null when not visible' })
  @Access.signedIn()
  programmeReport(@CurrentActor() actor: Actor, @id('id') reportId: string) {
    return this.reports.report(actor, reportId);
  }

  @Mutation(() => ProgrammeReportModel, {
    description:
      "Lead: a period's programme report (pl or en): the one kept when the data has not changed since, otherwise a new one made in the background",
  })
  @Access.signedIn()
  requestProgrammeReport(
    @CurrentActor() actor: Actor,
    @id('programmeId') programmeId: string,
    @id('periodId') periodId: string,
    @Args('language') language: string,
  ) {
    return this.reports.request(actor, programmeId, periodId, language);
  }
}
