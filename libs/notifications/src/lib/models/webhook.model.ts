import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum DeliveryStateEnum {
  PENDING = 'pending',
  DELIVERED = 'delivered',
  FAILED = 'failed',
}

registerEnumType(DeliveryStateEnum, {
  name: 'WebhookDeliveryState',
  description: 'Where a webhook delivery stands.',
  valuesMap: {
    PENDING: { description: 'Not yet delivered: retried with backoff (30 s doubling, at most an hour).' },
    DELIVERED: { description: 'The receiver answered 2xx.' },
    FAILED: { description: 'Given up after 8 attempts.' },
  },
});

@ObjectType({
  description:
    'A URL that receives an API key’s events as signed POSTs. Header X-Rapor-Signature: "t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the secret>"; ' +
    'also X-Rapor-Event and X-Rapor-Delivery. Keys of a region get all of its events; province-wide keys get PERIOD_OPENED and PERIOD_PUBLISHED.',
})
export class Webhook {
  @Field(() => ID, { description: 'Webhook id.' })
  id!: string;

  @Field(() => ID, { description: 'The API key whose events it receives.' })
  apiKeyId!: string;

  @Field({ description: 'Where events are POSTed.' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'The owner’s note.' })
  description!: string | null;

  @Field({ description: 'False once disabled: no new deliveries.' })
  enabled!: boolean;

  @Field({ description: 'When it was registered.' })
  createdAt!: Date;
}

@ObjectType({ description: 'A registered webhook and its signing secret, shown this once.' })
export class WebhookRegistration {
  @Field(() => Webhook, { description: 'The webhook.' })
  webhook!: Webhook;

  @Field({ description: 'The HMAC-SHA256 signing secret ("whsec_…"). Store it now: it is never shown again.' })
  secret!: string;
}

@ObjectType({ description: 'One event sent (or being sent) to a webhook: the delivery log.' })
export class WebhookDelivery {
  @Field(() => ID, { description: 'Delivery id (also the X-Rapor-Delivery header).' })
  id!: string;

  @Field(() => ID, { description: 'The event (the body’s "id").' })
  eventId!: string;

  @Field({ description: 'Event kind, e.g. "PERIOD_PUBLISHED".' })
  kind!: string;

  @Field(() => DeliveryStateEnum, { description: 'Where the delivery stands.' })
  state!: DeliveryStateEnum;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts!: number;

  @Field(() => Int, { nullable: true, description: 'HTTP status of the last attempt; null when no answer came.' })
  lastStatus!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  lastError!: string | null;

  @Field({ description: 'When the next attempt is due (while PENDING).' })
  nextAttemptAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was delivered.' })
  deliveredAt!: Date | null;

  @Field({ description: 'When the event was queued for this webhook.' })
  createdAt!: Date;
}
