import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { logger } from '@rapor/platform';
import { createTransport, type Transporter } from 'nodemailer';
import { NOTIFICATIONS_OPTIONS, type NotificationsOptions } from './notifications.options';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per outbox row: a receiving system can drop a duplicate after a crash between send and commit. */
  messageId: string;
}

/** Sends mail through SMTP_URL; without it, logs the mail instead (development, demos). */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter | null;

  constructor(@Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions) {
    this.transport = options.smtpUrl ? createTransport(options.smtpUrl) : null;
  }

  /** Resolves once the SMTP server accepted the mail (or it was logged); throws when refused. */
  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transport) {
      logger().info({ to: mail.to, subject: mail.subject, text: mail.text }, 'mail (not sent: SMTP_URL is not set)');
      return;
    }
    await this.transport.sendMail({ from: this.options.mailFrom, ...mail });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
