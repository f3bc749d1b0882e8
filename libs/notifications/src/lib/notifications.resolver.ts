import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Permission } from '@rapor/permissions';
import { Ctx, RequestContext } from '@rapor/platform';
import { MarkNotificationsReadArgs, NotificationsArgs, RemindRegionsArgs, SetNotificationPreferenceArgs } from './dto/notifications.args';
import { Notification, NotificationKindEnum, NotificationPage, NotificationPreference, RemindResult } from './models/notification.model';
import { NotificationsService } from './notifications.service';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationPage, { description: 'My notifications, newest first, paged; only ever my own.' })
  @Access(Permission.NotificationRead)
  async notifications(@Ctx() ctx: RequestContext, @Args() a: NotificationsArgs): Promise<NotificationPage> {
    const page = await this.service.page(ctx, a);
    return {
      items: page.items.map((n) => ({ ...n, kind: n.kind as NotificationKindEnum, data: JSON.stringify(n.payload) })),
      total: page.total,
      unreadCount: page.unread,
      hasMore: a.offset + page.items.length < page.total,
    };
  }

  @Query(() => Int, { description: 'How many of my notifications are unread (the bell’s count).' })
  @Access(Permission.NotificationRead)
  unreadNotificationCount(@Ctx() ctx: RequestContext): Promise<number> {
    return this.service.unreadCount(ctx);
  }

  @Mutation(() => Int, { description: 'Marks my notifications read (these ids, or all); answers how many changed. Others’ ids change nothing.' })
  @Access(Permission.NotificationRead)
  markNotificationsRead(@Ctx() ctx: RequestContext, @Args() a: MarkNotificationsReadArgs): Promise<number> {
    return this.service.markRead(ctx, a.ids ?? null);
  }

  @Query(() => [NotificationPreference], { description: 'For every kind of event: whether it also comes to me by e-mail.' })
  @Access(Permission.NotificationRead)
  async notificationPreferences(@Ctx() ctx: RequestContext): Promise<NotificationPreference[]> {
    return (await this.service.preferences(ctx)).map((p) => ({ ...p, kind: p.kind as NotificationKindEnum }));
  }

  @Mutation(() => NotificationPreference, { description: 'Turns e-mail of one kind of event on or off for me; the in-app notification stays.' })
  @Access(Permission.NotificationRead)
  async setNotificationPreference(@Ctx() ctx: RequestContext, @Args() a: SetNotificationPreferenceArgs): Promise<NotificationPreference> {
    const p = await this.service.setPreference(ctx, a.kind, a.email);
    return { ...p, kind: p.kind as NotificationKindEnum };
  }

  @Mutation(() => RemindResult, {
    description:
      'Reviewer of the period’s province (or operator): reminds regions’ teams to submit — the named regions, or every region that has not submitted. ' +
      'Once per period per interval (REMINDER_INTERVAL_SECONDS): RATE_LIMITED with extensions.retryAfter otherwise.',
  })
  @Access(Permission.SubmissionRemind)
  remindRegions(@Ctx() ctx: RequestContext, @Args() a: RemindRegionsArgs): Promise<RemindResult> {
    return this.service.remindRegions(ctx, a.periodId, a.regionCodes ?? null);
  }
}
