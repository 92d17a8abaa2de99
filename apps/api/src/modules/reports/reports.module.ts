import { Module } from '@nestjs/common';
import { BenchmarkModule } from '../benchmark/benchmark.module';
import { CafModule } from '../caf/caf.module';
import { SubmissionsModule } from '../submissions/submissions.module';
import { TargetsModule } from '../targets/targets.module';
import { ProgrammeReportRepository } from './programme-report.repository';
import { ProgrammeReportService } from './programme-report.service';

/** The reports themselves (PDF), made from the services behind the queries they summarise. The background jobs: ReportJobsModule. */
@Module({
  imports: [SubmissionsModule, BenchmarkModule, TargetsModule, CafModule],
  providers: [ProgrammeReportRepository, ProgrammeReportService],
  exports: [ProgrammeReportService],
})
export class ReportsModule {}
