import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ANONYMOUS, TenantTransactionRunner } from '@rapor/db';
import { awaitsSubmission, daysUntil, dueDeadlineReminder, retryDelaySeconds } from '@rapor/domain';
import { logger } from '@rapor/platform';
import { Mailer } from './mailer';
import { notificationMail } from './notification-text';
import { MAX_ATTEMPTS, NOTIFICATIONS_OPTIONS, type NotificationsOptions } from './notifications.options';
import { NotificationsRepository } from './notifications.repository';
import { deliver, signature } from './webhook-target';

/** The time, injectable so tests move it instead of sleeping. */
export const NOTIFICATIONS_CLOCK = Symbol('NOTIFICATIONS_CLOCK');
export type Clock = () => Date;

/** What one pass of the worker did. */
export interface WorkerPass {
  deadlineReminders: number;
  mailsSent: number;
  mailsFailed: number;
  webhooksDelivered: number;
  webhooksFailed: number;
}

// Per pass, so one pass ends in bounded time; the next picks up the rest.
const BATCH = 50;
/** How long a webhook receiver may take to answer. */
const WEBHOOK_TIMEOUT_MS = 10_000;
/** How long a claimed delivery stays with its worker: well past the timeout, so only a dead worker's comes back. */
const WEBHOOK_LEASE_SECONDS = 60;

/** Deadlines are calendar dates in Indonesia's western time (WIB), where most regions are. */
function todayInJakarta(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * Drains the mail outbox and the webhook deliveries, and raises deadline reminders. Every
 * replica may run it: rows are claimed with FOR UPDATE SKIP LOCKED, one per transaction, and
 * a mail is marked sent in the transaction that sent it (a crash before the commit leaves it
 * pending, to be sent again; the Message-ID stays the same so receivers can drop the repeat).
 * Webhook deliveries are leased instead (see `deliverOneWebhook`), so no connection waits on a slow receiver.
 */
@Injectable()
export class NotificationsWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<WorkerPass> | null = null;

  constructor(
    private readonly runner: TenantTransactionRunner,
    private readonly repo: NotificationsRepository,
    private readonly mailer: Mailer,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
    @Inject(NOTIFICATIONS_CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (this.options.workerIntervalMs <= 0) return;
    this.timer = setInterval(() => {
      if (!this.running) void this.runOnce().catch((error) => logger().error({ err: error }, 'notification worker pass failed'));
    }, this.options.workerIntervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** One pass at `now` (the clock's time unless given); passes never overlap within a process. */
  async runOnce(now: Date = this.clock()): Promise<WorkerPass> {
    while (this.running) await this.running.catch(() => undefined);
    this.running = this.pass(now);
    try {
      return await this.running;
    } finally {
      this.running = null;
    }
  }

  private async pass(now: Date): Promise<WorkerPass> {
    const result: WorkerPass = { deadlineReminders: 0, mailsSent: 0, mailsFailed: 0, webhooksDelivered: 0, webhooksFailed: 0 };
    result.deadlineReminders = await this.deadlines(now);
    for (let i = 0; i < BATCH; i++) {
      const outcome = await this.sendOneMail(now);
      if (outcome === null) break;
      if (outcome) result.mailsSent++;
      else result.mailsFailed++;
    }
    for (let i = 0; i < BATCH; i++) {
      const outcome = await this.deliverOneWebhook(now);
      if (outcome === null) break;
      if (outcome) result.webhooksDelivered++;
      else result.webhooksFailed++;
    }
    return result;
  }

  /** Reminders due today for regions that have not submitted; each (period, region, kind) once, whatever runs it. */
  private deadlines(now: Date): Promise<number> {
    const today = todayInJakarta(now);
    return this.runner.run(ANONYMOUS, async () => {
      let people = 0;
      for (const c of await this.repo.deadlineCandidates(today)) {
        const due = dueDeadlineReminder(c.deadline, today);
        if (!due || !awaitsSubmission(c.submissionState)) continue;
        const daysLeft = daysUntil(c.deadline, today);
        const kind = due === 'DEADLINE_7' ? 'deadline_7' : 'deadline_1';
        people += await this.repo.notifyDeadline(kind, c.periodId, c.regionCode, { frameworkCode: c.frameworkCode, year: c.year, deadline: c.deadline, daysLeft });
      }
      return people;
    });
  }

  /** Sends the next due mail: true sent, false failed (retried later or given up), null none due. */
  private sendOneMail(now: Date): Promise<boolean | null> {
    return this.runner.run(ANONYMOUS, async () => {
      const [mail] = await this.repo.claimMails(now, 1);
      if (!mail) return null;
      const regionName = mail.regionCode ? await this.repo.regionName(mail.regionCode) : null;
      const content = notificationMail({ ...mail, regionName }, mail.displayName, this.options.appUrl);
      try {
        await this.mailer.send({ to: mail.toAddress, ...content, messageId: `<mail-${mail.id}@rapor.notifications>` });
        await this.repo.recordMail(mail.id, true, null, null);
        return true;
      } catch (error) {
        await this.repo.recordMail(mail.id, false, (error as Error).message, this.nextAttempt(now, mail.attempts + 1));
        logger().warn({ mail: mail.id, attempts: mail.attempts + 1, err: error }, 'mail not sent');
        return false;
      }
    });
  }

  /**
   * Delivers the next due webhook: true delivered, false failed (retried later or given up), null
   * none due. The delivery is leased in one short transaction and its outcome recorded in another;
   * the HTTP call between them (up to WEBHOOK_TIMEOUT_MS) holds no database connection.
   */
  private async deliverOneWebhook(now: Date): Promise<boolean | null> {
    const [d] = await this.runner.run(ANONYMOUS, () => this.repo.leaseDeliveries(now, 1, WEBHOOK_LEASE_SECONDS));
    if (!d) return null;
    const headers = {
      'x-rapor-signature': signature(d.secret, d.body, Math.floor(now.getTime() / 1000)),
      'x-rapor-event': d.kind.toUpperCase(),
      'x-rapor-delivery': d.id,
    };
    const policy = { production: this.options.production, allowLoopback: this.options.allowLoopbackWebhooks };
    const outcome = await deliver(d.url, d.body, headers, policy, WEBHOOK_TIMEOUT_MS);
    const next = outcome.ok ? null : this.nextAttempt(now, d.attempts + 1);
    await this.runner.run(ANONYMOUS, () => this.repo.recordDelivery(d.id, outcome.ok, outcome.status, outcome.error, next));
    return outcome.ok;
  }

  private nextAttempt(now: Date, attempts: number): Date | null {
    const delay = retryDelaySeconds(attempts, MAX_ATTEMPTS);
    return delay === null ? null : new Date(now.getTime() + delay * 1000);
  }
}
