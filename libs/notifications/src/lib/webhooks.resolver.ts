import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Permission } from '@rapor/permissions';
import { Ctx, RequestContext } from '@rapor/platform';
import { RegisterWebhookInput, UpdateWebhookInput, WebhookDeliveriesArgs, WebhookIdArgs, WebhooksArgs } from './dto/notifications.args';
import { DeliveryStateEnum, Webhook, WebhookDelivery, WebhookRegistration } from './models/webhook.model';
import type { WebhookRow } from './notifications.repository';
import { WebhooksService } from './webhooks.service';

const webhookModel = (w: WebhookRow): Webhook => ({ ...w, enabled: w.disabledAt === null });

@Resolver(() => Webhook)
export class WebhooksResolver {
  constructor(private readonly service: WebhooksService) {}

  @Mutation(() => WebhookRegistration, {
    description:
      'Registers a URL for an API key you created; the signing secret is in the answer, once. UNSAFE_WEBHOOK_URL (field url) for a non-http(s) URL, ' +
      'plain http in production, or a host resolving to a loopback, private, link-local, unique-local or multicast address; NOT_FOUND for a key you did not create.',
  })
  @Access(Permission.ApiKeyManage)
  async registerWebhook(@Ctx() ctx: RequestContext, @Args('input', { description: 'The API key, the URL and a note.' }) input: RegisterWebhookInput): Promise<WebhookRegistration> {
    const r = await this.service.register(ctx, { apiKeyId: input.apiKeyId, url: input.url, description: input.description?.trim() || null });
    return { webhook: webhookModel(r.webhook), secret: r.secret };
  }

  @Query(() => [Webhook], { description: 'The webhooks I registered (optionally of one API key).' })
  @Access(Permission.ApiKeyManage)
  async webhooks(@Ctx() ctx: RequestContext, @Args() a: WebhooksArgs): Promise<Webhook[]> {
    return (await this.service.list(ctx, a.apiKeyId ?? null)).map(webhookModel);
  }

  @Mutation(() => Webhook, { description: 'Changes the URL, note or enabled state of one of my webhooks; NOT_FOUND for another’s.' })
  @Access(Permission.ApiKeyManage)
  async updateWebhook(@Ctx() ctx: RequestContext, @Args('input', { description: 'The webhook and what changes.' }) input: UpdateWebhookInput): Promise<Webhook> {
    const patch = { url: input.url ?? null, description: input.description ?? null, enabled: input.enabled ?? null };
    return webhookModel(await this.service.update(ctx, input.id, patch));
  }

  @Mutation(() => Boolean, { description: 'Deletes one of my webhooks with its delivery log; NOT_FOUND for another’s.' })
  @Access(Permission.ApiKeyManage)
  deleteWebhook(@Ctx() ctx: RequestContext, @Args() a: WebhookIdArgs): Promise<boolean> {
    return this.service.remove(ctx, a.id);
  }

  @Query(() => [WebhookDelivery], { description: 'The delivery log of one of my webhooks, newest first.' })
  @Access(Permission.ApiKeyManage)
  async webhookDeliveries(@Ctx() ctx: RequestContext, @Args() a: WebhookDeliveriesArgs): Promise<WebhookDelivery[]> {
    return (await this.service.deliveries(ctx, a.webhookId, a.limit)).map((d) => ({ ...d, kind: d.kind.toUpperCase(), state: d.state as DeliveryStateEnum }));
  }
}
