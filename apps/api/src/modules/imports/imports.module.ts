import { Module } from '@nestjs/common';
import { SubmissionsModule } from '../submissions/submissions.module';
import { ImportTemplateService } from './import-template.service';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';
import { ImportRepository } from './import.repository';
import { UploadRateGuard } from './upload-rate.guard';

/** POST /api/import (CSV and XLSX) and GET /api/import/template, writing through the submissions' writer. */
@Module({
  imports: [SubmissionsModule],
  controllers: [ImportsController],
  providers: [ImportRepository, ImportsService, ImportTemplateService, UploadRateGuard],
})
export class ImportsModule {}
