import {
  Controller,
  Get,
  Headers,
  HttpCode,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Actor } from '@officebench/domain';
import type { Request, Response } from 'express';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import { ImportExceptionFilter } from './import-exception.filter';
import { importLanguage } from './import-language';
import { IMPORT_LIMITS } from './import-limits';
import { ImportTemplateService } from './import-template.service';
import { type ImportAnswer, ImportsService } from './imports.service';
import { UploadRateGuard } from './upload-rate.guard';

/** What multer hands over (memory storage). */
interface UploadedSpreadsheet {
  buffer: Buffer;
  size: number;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Spreadsheet import. Thin: the upload (multer, in memory, refused past the size limit while it is
 * received), then one service call. Access: any signed-in user here; the service and the submission
 * writer decide per office (only its coordinators write).
 */
@Controller('api/import')
@UseFilters(ImportExceptionFilter)
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly templates: ImportTemplateService,
  ) {}

  @Post()
  @HttpCode(200)
  @Access.signedIn()
  @UseGuards(UploadRateGuard)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: IMPORT_LIMITS.maxFileBytes, files: 1, fields: 10, parts: 12 } }))
  async import(
    @CurrentActor() actor: Actor,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
    @Query('periodId') periodId: string | undefined,
    @Query('dryRun') dryRun: string | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ImportAnswer> {
    const result = await this.imports.import(actor, {
      file: file?.buffer ?? null,
      periodId: typeof periodId === 'string' ? periodId : undefined,
      dryRun: typeof dryRun === 'string' ? dryRun : undefined,
      idempotencyKey,
      language: importLanguage(request),
    });
    if (result.replayed) response.setHeader('Idempotent-Replayed', 'true');
    const timings = Object.entries(result.timings).map(([phase, ms]) => `${phase};dur=${ms.toFixed(1)}`);
    if (timings.length > 0) response.setHeader('Server-Timing', timings.join(', '));
    return result.answer;
  }

  /** `lang=pl|en` picks the template's language (a download link cannot set Accept-Language); without it, Accept-Language does. */
  @Get('template')
  @Access.signedIn()
  async template(
    @CurrentActor() actor: Actor,
    @Query('programmeId') programmeId: string | undefined,
    @Query('periodId') periodId: string | undefined,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const file = await this.templates.template(
      actor,
      typeof programmeId === 'string' ? programmeId : undefined,
      typeof periodId === 'string' ? periodId : undefined,
      importLanguage(request),
    );
    response.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(file.content, {
      type: XLSX_TYPE,
      disposition: `attachment; filename="${file.filename}"`,
      length: file.content.length,
    });
  }
}
