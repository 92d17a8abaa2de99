import { Module } from '@nestjs/common';
import { BenchmarkModule } from '../benchmark/benchmark.module';
import { CafModule } from '../caf/caf.module';
import { GoodPracticesModule } from '../good-practices/good-practices.module';
import { OfficeHomeModule } from '../office-home/office-home.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { SubmissionsModule } from '../submissions/submissions.module';
import { TargetsModule } from '../targets/targets.module';
import { OfficeReportController } from './office-report.controller';
import { OfficeReportService } from './office-report.service';
import { PdfRenderer } from './pdf/pdf-renderer';
import { ProgrammeReportRepository } from './programme-report.repository';
import { ProgrammeReportService } from './programme-report.service';

/** The reports themselves (PDF), made from the services behind the queries they summarise. The background jobs: ReportJobsModule. */
@Module({
  imports: [SubmissionsModule, BenchmarkModule, TargetsModule, CafModule, OfficeHomeModule, GoodPracticesModule, ProgrammesModule],
  providers: [PdfRenderer, ProgrammeReportRepository, ProgrammeReportService, OfficeReportService],
  controllers: [OfficeReportController],
  exports: [PdfRenderer, ProgrammeReportService],
})
export class ReportsModule {}
