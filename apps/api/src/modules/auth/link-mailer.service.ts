import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '../../common/errors';
import { Mailer } from '../../common/mailer';
import { message } from '../../common/messages';
import { currentLanguage } from '../../common/request-context';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/app-config.token';
import type { AccountTokenPurpose } from './entities/account-token.entity';

const SUBJECTS: Record<AccountTokenPurpose, string> = {
  INVITATION: 'OfficeBench: zaproszenie / invitation',
  PASSWORD_RESET: 'OfficeBench: ustawienie nowego hasła / password reset',
};

const BODIES: Record<AccountTokenPurpose, (link: string, hours: number) => string> = {
  INVITATION: (link, hours) =>
    `Dzień dobry,\n\nzałożono dla Pana/Pani konto w OfficeBench. Aby ustawić hasło, proszę otworzyć link (ważny ${hours} godz., jednorazowy):\n${link}\n\n` +
    `An OfficeBench account was created for you. Open the link above to set your password (valid ${hours} hours, single use).\n`,
  PASSWORD_RESET: (link, hours) =>
    `Dzień dobry,\n\nktoś (zapewne Pan/Pani) poprosił o nowe hasło do OfficeBench. Link (ważny ${hours} godz., jednorazowy):\n${link}\n` +
    `Jeśli to nie Pan/Pani, proszę zignorować tę wiadomość.\n\nSomeone (probably you) asked for a new OfficeBench password; open the link above, or ignore this message.\n`,
};

/**
 * Delivers set-password links: by e-mail when SMTP_URL is set, or else to the server log (so that a
 * new installation without mail still works), through the shared Mailer.
 */
@Injectable()
export class LinkMailerService {
  constructor(
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  linkFor(token: string): string {
    return `${this.config.publicUrl}/set-password#token=${token}`;
  }

  /**
   * Without SMTP the link goes to the server log (printed whatever the log level: it is how a new
   * installation without mail hands links over). With SMTP it is e-mailed and only the fact is logged.
   */
  async deliver(purpose: AccountTokenPurpose, email: string, link: string, validHours: number): Promise<void> {
    try {
      await this.mailer.deliver(
        { to: email, subject: SUBJECTS[purpose], text: BODIES[purpose](link, validHours) },
        `${purpose} link`,
        `[AccountLinks] ${purpose} link for ${email} (valid ${validHours} h, single use): ${link}`,
      );
    } catch {
      throw new AppError('INTERNAL_SERVER_ERROR', message('auth.mailFailed', currentLanguage()));
    }
  }
}
