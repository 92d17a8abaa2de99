import { Inject, Injectable, Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG } from '../config/app-config.token';
import type { AppConfig } from '../config/config';

/** One plain-text e-mail. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * The server's e-mail (set-password links, reminders): through SMTP_URL from MAIL_FROM when it is set;
 * without it, what would have been sent is printed to the server log instead, so that an installation
 * without mail still works.
 */
@Injectable()
export class Mailer {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  /**
   * Sends `mail` (`what` names it in the log) and resolves 'sent'; a failure is logged and thrown. Without
   * SMTP, prints `printed` whatever the log level (it is how the mail reaches anyone) and resolves 'printed'.
   */
  async deliver(mail: Mail, what: string, printed: string): Promise<'sent' | 'printed'> {
    if (!this.transport) {
      console.log(printed);
      return 'printed';
    }
    try {
      await this.transport.sendMail({ from: this.config.mailFrom, ...mail });
    } catch (error) {
      this.logger.error(`could not e-mail the ${what} to ${mail.to}: ${(error as Error).message}`);
      throw error;
    }
    this.logger.log(`${what} e-mailed to ${mail.to}`);
    return 'sent';
  }
}
