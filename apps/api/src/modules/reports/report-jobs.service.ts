import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type Actor, type Grant, isUuid, type Language, leadsProgramme } from '@officebench/domain';
import type { EntityManager } from 'typeorm';
import { badInput, forbidden, notFound } from '../../common/errors';
import { currentLanguage } from '../../common/request-context';
import { ScopedDatabase } from '../../common/scoped-database';
import { JobQueue } from '../../database/job-queue';
import { PROGRAMME_REPORT_QUEUE } from '../../database/migrations/1765600000000-programme-reports';
import { AccountsService } from '../auth/accounts.service';
import type { PeriodEntity } from '../periods/entities/period.entity';
import { PeriodModel } from '../periods/models/period.model';
import { ProgrammeReportModel } from './models/programme-report.model';
import { ProgrammeReportService } from './programme-report.service';
import { reportMessage } from './report-messages';
import { ReportJobsRepository, type ReportRow, type ReportStep } from './report-jobs.repository';

interface ReportJob {
  programmeId: string;
  reportId: string;
}

/** Progress is written when it moved by this much (or the step changed): a few dozen short updates per report. */
const PROGRESS_STRIDE = 0.02;

const isReportLanguage = (value: string): value is Language => value === 'pl' || value === 'en';

/**
 * Programme reports made in the background: the lead asks (requestProgrammeReport), a row is queued with
 * a pg-boss job in the same transaction, and one API process makes the PDF (ProgrammeReportService) while
 * writing its progress to the row, which the lead's page polls. A report made from the data as it is now
 * is handed out again instead of being made twice; a later one of the same period and language replaces
 * it. The job acts as the lead who asked, with that user's grants as they are when it runs.
 */
@Injectable()
export class ReportJobsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('ReportJobs');

  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly repository: ReportJobsRepository,
    private readonly jobs: JobQueue,
    private readonly accounts: AccountsService,
    private readonly reports: ProgrammeReportService,
  ) {}

  onApplicationBootstrap(): void {
    this.jobs.work<ReportJob>(PROGRAMME_REPORT_QUEUE, (job) => this.make(job));
  }

  /** The kept report of the period's data as it is now, or a new one queued. */
  async request(actor: Actor, programmeId: string, periodId: string, language: string): Promise<ProgrammeReportModel> {
    this.assertLead(actor, programmeId);
    if (!isUuid(periodId)) throw notFound('Period');
    if (!isReportLanguage(language)) throw badInput(reportMessage('report.badReportLanguage', currentLanguage()), 'language');
    return this.scoped.run(actor, async (manager) => {
      if ((await this.repository.period(manager, programmeId, periodId)) === null) throw notFound('Period');
      const kept = await this.repository.currentReport(manager, programmeId, periodId, language);
      if (kept !== null) return (await this.models(manager, [kept]))[0];
      const id = await this.repository.insert(manager, programmeId, periodId, language, actor.userId);
      // Another request queued the same report a moment ago: hand out that one.
      if (id !== null) await this.jobs.send(manager, PROGRAMME_REPORT_QUEUE, { programmeId, reportId: id } satisfies ReportJob);
      const made =
        id === null
          ? await this.repository.currentReport(manager, programmeId, periodId, language)
          : await this.repository.byId(manager, id);
      return (await this.models(manager, [made as ReportRow]))[0];
    });
  }

  list(actor: Actor, programmeId: string): Promise<ProgrammeReportModel[]> {
    this.assertLead(actor, programmeId);
    return this.scoped.run(actor, async (manager) => this.models(manager, await this.repository.list(manager, programmeId)));
  }

  /** One report, null when it does not exist or the caller does not lead its programme (row-level security). */
  async report(actor: Actor, id: string): Promise<ProgrammeReportModel | null> {
    if (!isUuid(id)) return null;
    return this.scoped.run(actor, async (manager) => {
      const row = await this.repository.byId(manager, id);
      return row === null ? null : (await this.models(manager, [row]))[0];
    });
  }

  async file(actor: Actor, id: string): Promise<{ content: Buffer; filename: string }> {
    const file = isUuid(id) ? await this.scoped.run(actor, (manager) => this.repository.file(manager, id)) : null;
    if (file === null) throw notFound('Report');
    return file;
  }

  private async models(manager: EntityManager, rows: ReportRow[]): Promise<ProgrammeReportModel[]> {
    const periods = new Map(
      (await this.repository.periods(manager, [...new Set(rows.map(({ periodId }) => periodId))])).map((p) => [p.id, p]),
    );
    return rows.map(({ programmeId: _programme, periodId, requestedBy: _user, ...row }) =>
      Object.assign(new ProgrammeReportModel(), {
        ...row,
        period: PeriodModel.from(periods.get(periodId) as PeriodEntity),
        downloadUrl: row.state === 'DONE' ? `/api/reports/programme/${row.id}.pdf` : null,
      }),
    );
  }

  private assertLead(actor: Actor, programmeId: string): void {
    if (!isUuid(programmeId)) throw notFound('Programme');
    if (!leadsProgramme(actor, programmeId)) throw forbidden();
  }

  /** The job: makes the PDF as the lead who asked, writing progress as it goes. */
  private async make({ programmeId, reportId }: ReportJob): Promise<void> {
    const asLead = <T>(work: (manager: EntityManager) => Promise<T>) => this.scoped.runAsLead(programmeId, work);
    const report = await asLead((manager) => this.repository.byId(manager, reportId));
    if (report === null || !(await asLead((manager) => this.repository.start(manager, reportId)))) return;
    try {
      const actor = await this.requester(report.requestedBy);
      if (!leadsProgramme(actor, programmeId)) throw new Error('the user who asked for the report no longer leads the programme');
      let written = { progress: 0, step: 'gathering' as ReportStep };
      const file = await this.reports.make(actor, programmeId, report.periodId, report.language, async (progress, step) => {
        if (step === written.step && progress - written.progress < PROGRESS_STRIDE) return;
        written = { progress, step };
        await asLead((manager) => this.repository.progress(manager, reportId, Math.min(1, Math.max(0, progress)), step));
      });
      await asLead((manager) => this.repository.finish(manager, reportId, file));
    } catch (error) {
      const failure = error instanceof Error ? error.message : String(error);
      this.logger.error(`programme report ${reportId} failed: ${failure}`);
      await asLead((manager) => this.repository.fail(manager, reportId, failure));
    }
  }

  private async requester(userId: string): Promise<Actor> {
    const [user] = await this.accounts.findUsers([userId]);
    if (user === undefined || !user.isActive) return { userId, grants: [] };
    const grants = await this.accounts.grantsOf([userId]);
    return { userId, grants: grants.map(({ role, programmeId, officeId }): Grant => ({ role, programmeId, officeId }) as Grant) };
  }
}
