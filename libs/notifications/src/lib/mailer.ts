import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { logger } from '@rapor/platform';
import type { Transporter } from 'nodemailer';
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
  // Made by the first mail: nodemailer (~13 MB resident once loaded) stays unloaded in a process
  // that sends none.
  private transport: Promise<Transporter> | null = null;

  constructor(@Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions) {}

  /** Resolves once the SMTP server accepted the mail (or it was logged); throws when refused. */
  async send(mail: OutgoingMail): Promise<void> {
    const url = this.options.smtpUrl;
    if (!url) {
      logger().info({ to: mail.to, subject: mail.subject, text: mail.text }, 'mail (not sent: SMTP_URL is not set)');
      return;
    }
    this.transport ??= import('nodemailer').then((m) => m.createTransport(url));
    await (await this.transport).sendMail({ from: this.options.mailFrom, ...mail });
  }

  async onApplicationShutdown(): Promise<void> {
    (await this.transport?.catch(() => null))?.close();
  }
}
