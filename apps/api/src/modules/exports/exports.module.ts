import { Module } from '@nestjs/common';
import { ScopedDatabase } from '../../common/scoped-database';
import { BenchmarkModule } from '../benchmark/benchmark.module';
import { OfficeHomeRepository } from '../office-home/office-home.repository';
import { SubmissionReader } from '../submissions/submission-reader';
import { SubmissionsModule } from '../submissions/submissions.module';
import { ExportsController } from './exports.controller';
import { ExportsRepository } from './exports.repository';
import { ExportsService } from './exports.service';

/**
 * CSV and XLSX exports (docs/reports.md, "Exports"): an office's own values and the released peer
 * statistics it may see, and the lead's identified programme values. SubmissionReader and
 * OfficeHomeRepository hold no state and are provided here (their modules do not export them).
 */
@Module({
  imports: [SubmissionsModule, BenchmarkModule],
  controllers: [ExportsController],
  providers: [ScopedDatabase, SubmissionReader, OfficeHomeRepository, ExportsRepository, ExportsService],
})
export class ExportsModule {}
