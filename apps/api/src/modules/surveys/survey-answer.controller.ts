import {
  type ArgumentsHost,
  Body,
  Catch,
  Controller,
  type ExceptionFilter,
  Get,
  Logger,
  Param,
  Post,
  Query,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import type { Language } from '@officebench/domain';
import type { Request, Response } from 'express';
import { Access } from '../../common/access/access.decorator';
import { clientIp } from '../../common/access/request-auth';
import { httpFailureOf } from '../../common/app-exception.filter';
import { SURVEY_PAGE_CSS, SURVEY_PAGE_JS } from './answer-page';
import { type AnsweringResult, SurveyAnsweringService } from './survey-answering.service';

/** The answering page is Polish unless `lang=en` is asked for (in the address, or the form's field). */
const languageOf = (...asked: unknown[]): Language => (asked.includes('en') ? 'en' : 'pl');

/** A failure of the public page (the database away, a bug) as a short text with its status, never a stack. */
@Catch()
class SurveyPageExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('SurveyAnswerController');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    const { status, message, retryAfterSeconds } = httpFailureOf(exception, this.logger);
    if (retryAfterSeconds !== undefined) response.setHeader('Retry-After', String(retryAfterSeconds));
    response.setHeader('Cache-Control', 'no-store');
    response.status(status).type('text/plain; charset=utf-8').send(message);
  }
}

function send(response: Response, result: AnsweringResult): void {
  // A form carries a one-off token and an employee's address its invitation: never stored by a cache.
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('X-Robots-Tag', 'noindex');
  if ('redirect' in result) response.redirect(303, result.redirect);
  else response.status(result.status).type('text/html; charset=utf-8').send(result.html);
}

/**
 * The public answering page of a survey (docs/surveys.md): server-rendered HTML with one stylesheet and
 * one small script, no dashboard bundle; works without JavaScript. No login: the service's checks and
 * limits stand in for it.
 */
@Controller('ankieta')
@UseFilters(SurveyPageExceptionFilter)
export class SurveyAnswerController {
  constructor(private readonly answering: SurveyAnsweringService) {}

  @Get('zasoby/ankieta.css')
  @Access.public()
  stylesheet(@Res() response: Response): void {
    response.setHeader('Cache-Control', 'public, max-age=3600');
    response.type('text/css; charset=utf-8').send(SURVEY_PAGE_CSS);
  }

  @Get('zasoby/ankieta.js')
  @Access.public()
  script(@Res() response: Response): void {
    response.setHeader('Cache-Control', 'public, max-age=3600');
    response.type('text/javascript; charset=utf-8').send(SURVEY_PAGE_JS);
  }

  @Get(':code')
  @Access.public()
  async form(@Param('code') code: string, @Query() query: Record<string, unknown>, @Res() response: Response): Promise<void> {
    const invitation = typeof query['t'] === 'string' ? query['t'] : null;
    send(response, await this.answering.form(code, invitation, languageOf(query['lang'])));
  }

  @Post(':code')
  @Access.public()
  async answer(
    @Param('code') code: string,
    @Query() query: Record<string, unknown>,
    @Body() body: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    send(response, await this.answering.answer(code, fields, clientIp(request), languageOf(query['lang'], fields['lang'])));
  }

  @Get(':code/dziekujemy')
  @Access.public()
  async thanks(@Param('code') code: string, @Query() query: Record<string, unknown>, @Res() response: Response): Promise<void> {
    send(response, await this.answering.thanks(code, languageOf(query['lang'])));
  }
}
