import { Controller, Get, Req, Res, StreamableFile, UseFilters } from '@nestjs/common';
import type { Actor, Language } from '@officebench/domain';
import type { Request, Response } from 'express';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import { AppError } from '../../common/errors';
import { inLanguage } from '../../common/request-context';
import { importLanguage } from '../imports/import-language';
import { officeReportDocument, officeReportFilename } from './office-report.document';
import { OfficeReportService } from './office-report.service';
import { PdfRenderer } from './pdf/pdf-renderer';
import { ReportExceptionFilter } from './report-exception.filter';
import { reportMessage } from './report-messages';

const PARAMETERS = ['programmeId', 'officeId', 'periodId', 'peerGroupId'] as const;

/** The query's parameters as single strings; a repeated one (an array) or an unknown `lang` is refused. */
function parameters(request: Request): { language: Language; ids: Record<(typeof PARAMETERS)[number], string | undefined> } {
  const fallback = importLanguage({ headers: request.headers, query: {} });
  const lang = request.query.lang;
  if (lang !== undefined && lang !== 'pl' && lang !== 'en') {
    throw new AppError('BAD_USER_INPUT', reportMessage('report.badLanguage', fallback));
  }
  const language = (lang as Language | undefined) ?? fallback;
  const ids = Object.fromEntries(
    PARAMETERS.map((name) => {
      const value = request.query[name];
      if (value !== undefined && typeof value !== 'string')
        throw new AppError('BAD_USER_INPUT', reportMessage('report.missingIds', language));
      return [name, value === '' ? undefined : value];
    }),
  ) as Record<(typeof PARAMETERS)[number], string | undefined>;
  return { language, ids };
}

/**
 * The office report as a PDF download. Thin: parameters, the service (access exactly as the officeScorecard query), the document, the
 * renderer (a worker thread). Not cached anywhere: `Cache-Control: no-store`.
 */
@Controller('api/reports')
@UseFilters(ReportExceptionFilter)
export class OfficeReportController {
  constructor(
    private readonly reports: OfficeReportService,
    private readonly renderer: PdfRenderer,
  ) {}

  @Get('office.pdf')
  @Access.signedIn()
  async office(@CurrentActor() actor: Actor, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const { language, ids } = parameters(request);
    const data = await inLanguage(language, () => this.reports.gather(actor, ids, language));
    const pdf = await this.renderer.render(officeReportDocument(data));
    response.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `attachment; filename="${officeReportFilename(data)}"`,
      length: pdf.length,
    });
  }
}
