import { Inject, Injectable } from '@nestjs/common';
import { AppError, notFound } from '@rapor/db';
import { Permission, requireAccess } from '@rapor/permissions';
import { awaitsSubmission } from '@rapor/domain';
import type { RequestContext } from '@rapor/platform';
import { requirePerson } from './require-person';
import { describeNotification, NOTIFICATION_KINDS, type NotificationKind, type NotificationText } from './notification-text';
import { NotificationsRepository, type NotificationRow } from './notifications.repository';
import { NOTIFICATIONS_OPTIONS, type NotificationsOptions } from './notifications.options';

export type DescribedNotification = NotificationRow & NotificationText;

/** A person's notifications and e-mail preferences, and reviewers' reminders. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly repo: NotificationsRepository,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
  ) {}

  async page(ctx: RequestContext, args: { limit: number; offset: number; unreadOnly: boolean }) {
    requirePerson(ctx);
    const page = await this.repo.page(args.limit, args.offset, args.unreadOnly);
    return { ...page, items: page.rows.map(describe) };
  }

  unreadCount(ctx: RequestContext): Promise<number> {
    requirePerson(ctx);
    return this.repo.unreadCount();
  }

  /** Marks these notifications (or, with null, all) read; ids that are not the caller's change nothing. */
  markRead(ctx: RequestContext, ids: readonly string[] | null): Promise<number> {
    requirePerson(ctx);
    return this.repo.markRead(ids);
  }

  /** Every kind with whether it comes by e-mail too (on unless turned off). */
  async preferences(ctx: RequestContext): Promise<{ kind: NotificationKind; email: boolean; inApp: boolean }[]> {
    requirePerson(ctx);
    const saved = new Map((await this.repo.preferences()).map((p) => [p.kind, p.email]));
    return NOTIFICATION_KINDS.map((kind) => ({ kind, email: saved.get(kind) ?? true, inApp: true }));
  }

  async setPreference(ctx: RequestContext, kind: NotificationKind, email: boolean) {
    requirePerson(ctx);
    await this.repo.setPreference(kind, email);
    return { kind, email, inApp: true };
  }

  /**
   * A reviewer reminds regions' teams to submit: the named regions, or every region of the
   * province that has not submitted. At most once per period within the configured interval
   * (RATE_LIMITED with `retryAfter` seconds), so it cannot be used to spam.
   */
  async remindRegions(ctx: RequestContext, periodId: string, regionCodes: readonly string[] | null) {
    const period = await this.repo.period(periodId);
    if (!period) throw notFound(`Period ${periodId}`, 'periodId');
    requireAccess(ctx.principal, Permission.SubmissionRemind, { provinceCode: period.provinceCode }, 'periodId');
    const states = await this.repo.submissionStates(period.id, period.provinceCode);
    if (regionCodes) {
      const known = new Set(states.map((s) => s.regionCode));
      const stranger = regionCodes.find((c) => !known.has(c));
      if (stranger) throw new AppError('BAD_USER_INPUT', `${stranger} is not a region of province ${period.provinceCode}`, ['regionCodes']);
    }
    const wanted = new Set(regionCodes ?? []);
    const targets = states.filter((s) => (regionCodes ? wanted.has(s.regionCode) : awaitsSubmission(s.state))).map((s) => s.regionCode);
    const wait = await this.repo.reminderWait(period.id, this.options.reminderIntervalSeconds);
    if (wait > 0) {
      throw new AppError('RATE_LIMITED', `This period's regions were reminded recently; try again in ${wait} seconds`, ['periodId'], {
        retryAfter: wait,
      });
    }
    let people = 0;
    for (const regionCode of targets) {
      people += await this.repo.emit('reminder', regionCode, period.id, {
        frameworkCode: period.frameworkCode,
        frameworkName: period.frameworkName,
        year: period.year,
        deadline: period.deadline,
      });
    }
    return { regionCodes: targets, people };
  }
}

function describe(row: NotificationRow): DescribedNotification {
  return { ...row, ...describeNotification(row) };
}
