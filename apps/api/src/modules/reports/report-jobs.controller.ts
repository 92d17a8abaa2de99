import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import type { Actor } from '@officebench/domain';
import type { Response } from 'express';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import { ReportJobsService } from './report-jobs.service';

/** Download of a programme report once made (the lead's only: row-level security). */
@Controller('api/reports/programme')
export class ReportJobsController {
  constructor(private readonly reports: ReportJobsService) {}

  @Get(':file')
  @Access.signedIn()
  async download(@CurrentActor() actor: Actor, @Param('file') file: string, @Res({ passthrough: true }) response: Response) {
    const { content, filename } = await this.reports.file(actor, file.replace(/\.pdf$/, ''));
    response.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(content, {
      type: 'application/pdf',
      disposition: `attachment; filename="${filename}"`,
      length: content.length,
    });
  }
}
