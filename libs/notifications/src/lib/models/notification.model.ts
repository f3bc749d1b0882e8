import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum NotificationKindEnum {
  PERIOD_OPENED = 'period_opened',
  DEADLINE_7 = 'deadline_7',
  DEADLINE_1 = 'deadline_1',
  SUBMISSION_RETURNED = 'submission_returned',
  VALUE_CORRECTED = 'value_corrected',
  PERIOD_PUBLISHED = 'period_published',
  BELOW_TARGET = 'below_target',
  REMINDER = 'reminder',
}

registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
  valuesMap: {
    PERIOD_OPENED: { description: 'A period was opened for my region.' },
    DEADLINE_7: { description: 'The entry deadline is within 7 days and my region has not submitted.' },
    DEADLINE_1: { description: 'The entry deadline is tomorrow (or today) and my region has not submitted.' },
    SUBMISSION_RETURNED: { description: 'A reviewer returned my region’s submission (or a value of it) with a comment.' },
    VALUE_CORRECTED: { description: 'A reviewer corrected one of my region’s values (original → new, with the reason).' },
    PERIOD_PUBLISHED: { description: 'A period was published: my region’s rank, category and the change from the previous published year.' },
    BELOW_TARGET: { description: 'My region’s published result fell below its target (also told to the province’s reviewers).' },
    REMINDER: { description: 'A province reviewer reminded my region to submit.' },
  },
});

@ObjectType({ description: 'An in-app notification of the signed-in person (the bell). Only its recipient ever sees it.' })
export class Notification {
  @Field(() => ID, { description: 'Notification id.' })
  id!: string;

  @Field(() => NotificationKindEnum, { description: 'What it is about.' })
  kind!: NotificationKindEnum;

  @Field({ description: 'One line, in Bahasa Indonesia (the same words as the e-mail’s subject).' })
  title!: string;

  @Field({ description: 'The message, in Bahasa Indonesia, with the figures (rank, category, values, comment, reason).' })
  body!: string;

  @Field({ description: 'Path in the web app of the thing it is about, e.g. "/wilayah/19.71?periode=…".' })
  link!: string;

  @Field({
    description:
      'The figures behind the text as a JSON object, e.g. {"frameworkCode":"SAKIP","year":2024,"rank":3,"rankedCount":38,"category":"B","rankChange":2} ' +
      'for PERIOD_PUBLISHED, {"nodeCode":…,"original":…,"value":…,"reason":…} for VALUE_CORRECTED, {"comment":…} for SUBMISSION_RETURNED.',
  })
  data!: string;

  @Field(() => String, { nullable: true, description: 'Kemendagri code of the region it is about.' })
  regionCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of that region.' })
  regionName!: string | null;

  @Field(() => ID, { nullable: true, description: 'The assessment period it is about.' })
  periodId!: string | null;

  @Field({ description: 'When it was raised.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When its recipient marked it read; null while unread.' })
  readAt!: Date | null;
}

@ObjectType({ description: 'A page of the signed-in person’s notifications, newest first.' })
export class NotificationPage {
  @Field(() => [Notification], { description: 'The notifications of this page.' })
  items!: Notification[];

  @Field(() => Int, { description: 'How many notifications match (all, or unread only), across pages.' })
  total!: number;

  @Field(() => Int, { description: 'How many of the person’s notifications are unread.' })
  unreadCount!: number;

  @Field({ description: 'Whether a later page exists.' })
  hasMore!: boolean;
}

@ObjectType({ description: 'How the signed-in person is told of one kind of event.' })
export class NotificationPreference {
  @Field(() => NotificationKindEnum, { description: 'The kind of event.' })
  kind!: NotificationKindEnum;

  @Field({ description: 'Whether it also comes by e-mail (on unless turned off).' })
  email!: boolean;

  @Field({ description: 'Always true: in-app notifications are always kept.' })
  inApp!: boolean;
}

@ObjectType({ description: 'Who a reviewer’s reminder reached.' })
export class RemindResult {
  @Field(() => [String], { description: 'The regions reminded.' })
  regionCodes!: string[];

  @Field(() => Int, { description: 'How many people (members of those regions) were notified.' })
  people!: number;
}
