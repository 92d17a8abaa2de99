import { Controller, Get, Req, Res, StreamableFile, UseFilters } from '@nestjs/common';
import {
  type Actor,
  buildCsv,
  CSV_SEPARATORS,
  type CsvOptions,
  DECIMAL_MARKS,
  type ExportTable,
  exportFileName,
} from '@officebench/domain';
import type { Request, Response } from 'express';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import { importLanguage } from '../imports/import-language';
import { ExportExceptionFilter } from './export-exception.filter';
import { ExportFailure } from './export-failure';
import { ExportsService } from './exports.service';
import { xlsxWorkbook } from './exports-xlsx';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_TYPE = 'text/csv; charset=utf-8';

type QueryParameters = Record<string, string | undefined>;

/** `separator=semicolon|comma|tab` and `decimal=comma|point`; Polish Excel's semicolon and decimal comma by default. */
export function csvOptions(query: QueryParameters): Required<CsvOptions> {
  const { separator = 'semicolon', decimal = 'comma' } = query;
  if (!Object.hasOwn(CSV_SEPARATORS, separator))
    throw new ExportFailure(400, 'BAD_PARAMETER', { name: 'separator', expected: Object.keys(CSV_SEPARATORS).join(', ') });
  if (!Object.hasOwn(DECIMAL_MARKS, decimal))
    throw new ExportFailure(400, 'BAD_PARAMETER', { name: 'decimal', expected: Object.keys(DECIMAL_MARKS).join(', ') });
  return {
    separator: CSV_SEPARATORS[separator as keyof typeof CSV_SEPARATORS],
    decimal: DECIMAL_MARKS[decimal as keyof typeof DECIMAL_MARKS],
  };
}

/** Only plain string parameters (`?a=1&a=2` or `?a[b]=1` count as missing). */
function plain(query: Request['query']): QueryParameters {
  return Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/**
 * Downloads of an office's data and of the lead's programme values, as CSV (UTF-8 with BOM, CRLF, the
 * separator and decimal mark asked for) and XLSX. Thin: parameters, one service call, the file. Access
 * is decided by the service (the office's coordinators and the lead; the lead alone for the programme).
 */
@Controller('api/exports')
@UseFilters(ExportExceptionFilter)
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('office.xlsx')
  @Access.signedIn()
  async officeXlsx(@CurrentActor() actor: Actor, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const language = importLanguage(request);
    const data = await this.exports.office(actor, plain(request.query), language);
    const names = language === 'en' ? ['Values', 'Comparison'] : ['Wartości', 'Porównanie'];
    return send(
      response,
      xlsxWorkbook([
        { name: names[0], table: data.values },
        { name: names[1], table: data.comparison },
      ]),
      XLSX_TYPE,
      exportFileName(data.officeName, 'dane', 'xlsx'),
    );
  }

  @Get('office-values.csv')
  @Access.signedIn()
  officeValuesCsv(@CurrentActor() actor: Actor, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return this.officeCsv(actor, request, response, 'values');
  }

  @Get('office-comparison.csv')
  @Access.signedIn()
  officeComparisonCsv(@CurrentActor() actor: Actor, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return this.officeCsv(actor, request, response, 'comparison');
  }

  @Get('programme.xlsx')
  @Access.signedIn()
  async programmeXlsx(@CurrentActor() actor: Actor, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const language = importLanguage(request);
    const data = await this.exports.programme(actor, plain(request.query), language);
    const workbook = xlsxWorkbook([{ name: language === 'en' ? 'Values' : 'Wartości', table: data.values }]);
    return send(response, workbook, XLSX_TYPE, exportFileName(data.subject, 'program', 'xlsx'));
  }

  @Get('programme.csv')
  @Access.signedIn()
  async programmeCsv(@CurrentActor() actor: Actor, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const query = plain(request.query);
    const options = csvOptions(query);
    const data = await this.exports.programme(actor, query, importLanguage(request));
    return send(response, csvFile(data.values, options), CSV_TYPE, exportFileName(data.subject, 'program', 'csv'));
  }

  private async officeCsv(actor: Actor, request: Request, response: Response, which: 'values' | 'comparison') {
    const query = plain(request.query);
    const options = csvOptions(query);
    const data = await this.exports.office(actor, query, importLanguage(request));
    const file = csvFile(which === 'values' ? data.values : data.comparison, options);
    return send(response, file, CSV_TYPE, exportFileName(data.officeName, which === 'values' ? 'wartosci' : 'porownanie', 'csv'));
  }
}

function csvFile(table: ExportTable, options: CsvOptions): Buffer {
  return Buffer.from(buildCsv(table.header, table.rows, options), 'utf8');
}

function send(response: Response, content: Buffer, type: string, filename: string): StreamableFile {
  response.setHeader('Cache-Control', 'no-store');
  return new StreamableFile(content, { type, disposition: `attachment; filename="${filename}"`, length: content.length });
}
