import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  checkFormTiming,
  FORM_MAX_HOURS,
  formTokenPayload,
  isHoneypotFilled,
  type Language,
  parseFormTokenPayload,
  ROUND_CODE_PATTERN,
  type SurveyProblem,
  validateAnswers,
} from '@officebench/domain';
import type { DataSource } from 'typeorm';
import { AppError } from '../../common/errors';
import { RateLimiter } from '../../common/rate-limit';
import { hashToken, isTokenShaped } from '../auth/tokens';
import { readFormAnswers, renderSurveyForm, renderSurveyNotice, type SurveyNoticeKind } from './answer-page';
import { type PublicRound, SurveyAnsweringRepository } from './survey.repository';

/** What the controller sends: a page with its status, or a redirect after an accepted answer. */
export type AnsweringResult = { status: number; html: string } | { redirect: string };

/** A form token: its payload (round, issue time, nonce) and the payload's HMAC under the installation's survey key. */
export function signFormToken(key: Buffer, roundId: string, issuedAt: Date, nonce: string): string {
  const payload = Buffer.from(formTokenPayload(roundId, issuedAt, nonce)).toString('base64url');
  return `${payload}.${createHmac('sha256', key).update(payload).digest('base64url')}`;
}

/** The hash an employee's link is stored under; null for anything that is not a token (never looked up). */
const invitationHash = (invitation: string | null): Buffer | null =>
  invitation !== null && isTokenShaped(invitation) ? hashToken(invitation) : null;

const thanksRedirect = (code: string, language: Language): AnsweringResult => ({
  redirect: `/ankieta/${code}/dziekujemy${language === 'en' ? '?lang=en' : ''}`,
});

/**
 * The public answering page (docs/surveys.md): no login, no personal data. A form carries a token signed
 * with the installation's survey key (its round and issue time, and a nonce); an answer needs a token of
 * this round issued 3 s to 24 h before, never used before, an empty honeypot, and the client address
 * under its limit (counted under a keyed hash that changes daily). Employees' links carry a single-use
 * token, deleted when it answers.
 */
@Injectable()
export class SurveyAnsweringService {
  private key: Promise<Buffer> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: SurveyAnsweringRepository,
    private readonly rateLimiter: RateLimiter,
  ) {}

  async form(code: string, invitation: string | null, language: Language): Promise<AnsweringResult> {
    const round = await this.openRound(code);
    if ('status' in round) return this.notice(round.kind, round.status, language, round.round);
    if (round.kind === 'EMPLOYEE') {
      const hash = invitationHash(invitation);
      if (hash === null || !(await this.repository.invitationUnused(this.dataSource, round.id, hash)))
        return this.notice('INVITATION_USED', 410, language, round);
    }
    return this.formPage(round, language, invitation, {}, [], null, 200);
  }

  async answer(code: string, body: unknown, clientIp: string, language: Language): Promise<AnsweringResult> {
    const round = await this.openRound(code);
    if ('status' in round) return this.notice(round.kind, round.status, language, round.round);
    const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const invitation = round.kind === 'EMPLOYEE' && typeof fields['invitation'] === 'string' ? fields['invitation'] : null;
    // A robot filling every field: thanked, and nothing kept.
    if (isHoneypotFilled(fields['website'])) return thanksRedirect(code, language);
    try {
      await this.rateLimiter.hit([[`survey:ip:${await this.addressKey(clientIp)}`, this.rateLimiter.limits.surveyAnswersPerIp]]);
    } catch (error) {
      if (error instanceof AppError && error.extensions['code'] === 'RATE_LIMITED')
        return this.notice('RATE_LIMITED', 429, language, round);
      throw error;
    }
    const { answers, values } = readFormAnswers({ kind: round.kind, questions: round.questions }, fields);
    const form = await this.checkFormToken(fields['formToken'], round.id);
    if (!form.ok) {
      const text = form.reason === 'TOO_FAST' ? 'FORM_TOO_FAST' : 'FORM_EXPIRED';
      return this.formPage(round, language, invitation, values, [], text, 400);
    }
    const checked = validateAnswers({ kind: round.kind, questions: round.questions }, answers);
    if (!checked.ok) return this.formPage(round, language, invitation, values, checked.problems, null, 422);
    const used = invitationHash(invitation);
    if (round.kind === 'EMPLOYEE' && used === null) return this.notice('INVITATION_USED', 410, language, round);
    const outcome = await this.repository.cast(this.dataSource, {
      roundId: round.id,
      formHash: hashToken(String(fields['formToken'])),
      formExpires: new Date(form.issuedAt.getTime() + FORM_MAX_HOURS * 3_600_000),
      invitationHash: used,
      answers: checked.answers,
    });
    if (outcome === 'CLOSED') return this.notice('CLOSED', 410, language, round);
    if (outcome === 'INVITATION_USED') return this.notice('INVITATION_USED', 410, language, round);
    // A form sent twice (a double click, the back button): the first one counted.
    if (outcome === 'FORM_USED') return this.notice('THANKS', 409, language, round);
    return thanksRedirect(code, language);
  }

  async thanks(code: string, language: Language): Promise<AnsweringResult> {
    const round = await this.findRound(code);
    return this.notice(round ? 'THANKS' : 'UNKNOWN', round ? 200 : 404, language, round);
  }

  /** A round by its public code; a code of the wrong shape is not looked up at all. */
  private findRound(code: string): Promise<PublicRound | null> {
    return ROUND_CODE_PATTERN.test(code) ? this.repository.publicRound(this.dataSource, code) : Promise.resolve(null);
  }

  private async openRound(code: string): Promise<PublicRound | { kind: SurveyNoticeKind; status: number; round: PublicRound | null }> {
    const round = await this.findRound(code);
    if (!round) return { kind: 'UNKNOWN', status: 404, round: null };
    if (round.state !== 'OPEN') return { kind: 'CLOSED', status: 410, round };
    return round;
  }

  private async formPage(
    round: PublicRound,
    language: Language,
    invitation: string | null,
    values: Record<string, string>,
    problems: SurveyProblem[],
    notice: 'FORM_TOO_FAST' | 'FORM_EXPIRED' | null,
    status: number,
  ): Promise<AnsweringResult> {
    const html = renderSurveyForm({
      round: { code: round.code, kind: round.kind, officeName: round.officeName, periodLabel: round.periodLabel, questionnaire: round },
      language,
      formToken: await this.issueFormToken(round.id),
      invitation: round.kind === 'EMPLOYEE' ? invitation : null,
      values,
      problems,
      notice: notice === null ? null : FORM_NOTICES[notice][language],
    });
    return { status, html };
  }

  private notice(kind: SurveyNoticeKind, status: number, language: Language, round: PublicRound | null): AnsweringResult {
    const shown = round ? { code: round.code, kind: round.kind, officeName: round.officeName } : null;
    return { status, html: renderSurveyNotice({ kind, language, round: shown }) };
  }

  private secret(): Promise<Buffer> {
    this.key ??= this.repository.secret(this.dataSource).catch((error: unknown) => {
      this.key = null;
      throw error;
    });
    return this.key;
  }

  private async issueFormToken(roundId: string): Promise<string> {
    return signFormToken(await this.secret(), roundId, new Date(), randomBytes(12).toString('base64url'));
  }

  private async checkFormToken(
    token: unknown,
    roundId: string,
  ): Promise<{ ok: true; issuedAt: Date } | { ok: false; reason: 'TOO_FAST' | 'EXPIRED' }> {
    const [payload, signature, ...rest] = typeof token === 'string' && token.length <= 300 ? token.split('.') : [];
    if (!payload || !signature || rest.length > 0) return { ok: false, reason: 'EXPIRED' };
    const expected = createHmac('sha256', await this.secret())
      .update(payload)
      .digest();
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'EXPIRED' };
    const parsed = parseFormTokenPayload(Buffer.from(payload, 'base64url').toString());
    if (!parsed || parsed.roundId !== roundId) return { ok: false, reason: 'EXPIRED' };
    const timing = checkFormTiming(parsed.issuedAt, new Date());
    return timing.ok ? { ok: true, issuedAt: parsed.issuedAt } : timing;
  }

  /** The client address under a keyed hash whose key changes every day: counted, never kept as such. */
  private async addressKey(clientIp: string): Promise<string> {
    const day = new Date().toISOString().slice(0, 10);
    return createHmac('sha256', await this.secret())
      .update(`${day} ${clientIp}`)
      .digest('base64url')
      .slice(0, 22);
  }
}

const FORM_NOTICES: Record<'FORM_TOO_FAST' | 'FORM_EXPIRED', Record<Language, string>> = {
  FORM_TOO_FAST: {
    pl: 'Formularz został wysłany zbyt szybko. Prosimy sprawdzić odpowiedzi i wysłać je ponownie.',
    en: 'The form was sent too quickly. Check your answers and send them again.',
  },
  FORM_EXPIRED: {
    pl: 'Formularz wygasł albo był niepełny. Odpowiedzi są poniżej: prosimy je sprawdzić i wysłać ponownie.',
    en: 'The form expired or was incomplete. Your answers are below: check them and send them again.',
  },
};
