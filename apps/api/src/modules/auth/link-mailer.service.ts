import { Inject, Injectable, Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppError } from '../../common/errors';
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
 * Delivers set-password links: by e-mail when SMTP_URL is set, and always to the server log (so that a
 * new installation without mail still works).
 */
@Injectable()
export class LinkMailerService {
  private readonly logger = new Logger('AccountLinks');
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  linkFor(token: string): string {
    return `${this.config.publicUrl}/set-password#token=${token}`;
  }

  /**
   * Without SMTP the link goes to the server log (printed whatever the log level: it is how a new
   * installation without mail hands links over). With SMTP it is e-mailed and only the fact is logged.
   */
  async deliver(purpose: AccountTokenPurpose, email: string, link: string, validHours: number): Promise<void> {
    if (!this.transport) {
      console.log(`[AccountLinks] ${purpose} link for ${email} (valid ${validHours} h, single use): ${link}`);
      return;
    }
    try {
      await this.transport.sendMail({
        from: this.config.mailFrom,
        to: email,
        subject: SUBJECTS[purpose],
        text: BODIES[purpose](link, validHours),
      });
      this.logger.log(`${purpose} link e-mailed to ${email}`);
    } catch (error) {
      this.logger.error(`could not e-mail the ${purpose} link to ${email}: ${(error as Error).message}`);
      throw new AppError('INTERNAL_SERVER_ERROR', message('auth.mailFailed', currentLanguage()));
    }
  }
}
