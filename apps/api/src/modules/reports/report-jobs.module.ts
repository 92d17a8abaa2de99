import { Module } from '@nestjs/common';
import { ScopedDatabase } from '../../common/scoped-database';
import { JobQueue } from '../../database/job-queue';
import { AuthModule } from '../auth/auth.module';
import { ReportJobsController } from './report-jobs.controller';
import { ReportJobsRepository } from './report-jobs.repository';
import { ReportJobsResolver } from './report-jobs.resolver';
import { ReportJobsService } from './report-jobs.service';
import { ReportsModule } from './reports.module';

/** Programme reports made in the background (pg-boss): asking, progress, download. The reports themselves: ReportsModule. */
@Module({
  imports: [ReportsModule, AuthModule],
  providers: [ScopedDatabase, JobQueue, ReportJobsRepository, ReportJobsService, ReportJobsResolver],
  controllers: [ReportJobsController],
})
export class ReportJobsModule {}
