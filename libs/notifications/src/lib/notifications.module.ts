import { Module, type DynamicModule } from '@nestjs/common';
import { Mailer } from './mailer';
import { NotificationEvents } from './notification-events';
import { NOTIFICATIONS_OPTIONS, type NotificationsOptions } from './notifications.options';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { NOTIFICATIONS_CLOCK, NotificationsWorker, type Clock } from './notifications.worker';
import { WebhooksResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';

/**
 * What other services need to raise notifications inside their own transaction (no
 * configuration): the assessments module imports this.
 */
@Module({
  providers: [NotificationsRepository, NotificationEvents],
  exports: [NotificationsRepository, NotificationEvents],
})
export class NotificationEventsModule {}

/** Notifications, e-mail and webhooks: the GraphQL fields and the worker that sends. */
@Module({})
export class NotificationsModule {
  static forRoot(options: NotificationsOptions, clock: Clock = () => new Date()): DynamicModule {
    return {
      module: NotificationsModule,
      imports: [NotificationEventsModule],
      providers: [
        { provide: NOTIFICATIONS_OPTIONS, useValue: options },
        { provide: NOTIFICATIONS_CLOCK, useValue: clock },
        NotificationsService,
        WebhooksService,
        Mailer,
        NotificationsWorker,
        NotificationsResolver,
        WebhooksResolver,
      ],
      exports: [NotificationsWorker, NotificationsService],
    };
  }
}
