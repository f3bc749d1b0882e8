/** Settings of notifications, mails and webhooks (from the API's configuration). */
export interface NotificationsOptions {
  /** SMTP server (smtp:// or smtps://); null: mails are logged, not sent. */
  smtpUrl: string | null;
  /** Sender of the mails, e.g. "Rapor <rapor@example.go.id>". */
  mailFrom: string;
  /** Public address of the web app, for links in mails (no trailing slash). */
  appUrl: string;
  /** How often the worker looks for due mails, deliveries and deadlines; 0: no worker in this process. */
  workerIntervalMs: number;
  /** Production: webhooks must be https and may never reach loopback or private addresses. */
  production: boolean;
  /** Tests only (refused in production): webhooks may target loopback addresses. */
  allowLoopbackWebhooks: boolean;
  /** Least time between two reviewer reminders of one period. */
  reminderIntervalSeconds: number;
}

export const NOTIFICATIONS_OPTIONS = Symbol('NOTIFICATIONS_OPTIONS');

/** Attempts before a mail or webhook delivery is given up. */
export const MAX_ATTEMPTS = 8;
