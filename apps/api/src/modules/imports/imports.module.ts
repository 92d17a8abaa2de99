import { Module } from '@nestjs/common';
import { SubmissionsModule } from '../submissions/submissions.module';
import { ImportPeriodsResolver } from './import-periods.resolver';
import { ImportPeriodsService } from './import-periods.service';
import { ImportTargetsService } from './import-targets.service';
import { ImportTemplateService } from './import-template.service';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';
import { ImportRepository } from './import.repository';
import { UploadRateGuard } from './upload-rate.guard';

/**
 * POST /api/import (CSV and XLSX) and GET /api/import/template, writing through the submissions' writer,
 * and the `importPeriods` query (the import page's choice of period).
 */
@Module({
  imports: [SubmissionsModule],
  controllers: [ImportsController],
  providers: [
    ImportRepository,
    ImportsService,
    ImportTargetsService,
    ImportTemplateService,
    ImportPeriodsService,
    ImportPeriodsResolver,
    UploadRateGuard,
  ],
})
export class ImportsModule {}
