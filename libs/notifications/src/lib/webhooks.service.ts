import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppError, notFound } from '@rapor/db';
import type { RequestContext } from '@rapor/platform';
import { requirePerson } from './require-person';
import { NOTIFICATIONS_OPTIONS, type NotificationsOptions } from './notifications.options';
import { NotificationsRepository, type DeliveryRow, type WebhookRow } from './notifications.repository';
import { assertSafeTarget, UnsafeTargetError, type TargetPolicy } from './webhook-target';

/** Webhooks of API keys: registered by the person who created the key, signed, logged. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly repo: NotificationsRepository,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
  ) {}

  get policy(): TargetPolicy {
    return { production: this.options.production, allowLoopback: this.options.allowLoopbackWebhooks };
  }

  /** Registers a URL for an API key the caller created; the signing secret is returned this once. */
  async register(ctx: RequestContext, input: { apiKeyId: string; url: string; description: string | null }): Promise<{ webhook: WebhookRow; secret: string }> {
    requirePerson(ctx);
    const url = await this.safeUrl(input.url);
    if (!(await this.repo.ownsApiKey(input.apiKeyId))) throw notFound(`API key ${input.apiKeyId}`, 'apiKeyId');
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    return { webhook: await this.repo.insertWebhook(input.apiKeyId, url, secret, input.description), secret };
  }

  list(ctx: RequestContext, apiKeyId: string | null): Promise<WebhookRow[]> {
    requirePerson(ctx);
    return this.repo.webhooks(apiKeyId);
  }

  async update(ctx: RequestContext, id: string, patch: { url: string | null; description: string | null; enabled: boolean | null }): Promise<WebhookRow> {
    requirePerson(ctx);
    const url = patch.url === null ? null : await this.safeUrl(patch.url);
    const row = await this.repo.updateWebhook(id, { ...patch, url });
    if (!row) throw notFound(`Webhook ${id}`, 'id');
    return row;
  }

  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    requirePerson(ctx);
    if (!(await this.repo.deleteWebhook(id))) throw notFound(`Webhook ${id}`, 'id');
    return true;
  }

  async deliveries(ctx: RequestContext, webhookId: string, limit: number): Promise<DeliveryRow[]> {
    requirePerson(ctx);
    if ((await this.repo.webhooks(null)).every((w) => w.id !== webhookId)) throw notFound(`Webhook ${webhookId}`, 'webhookId');
    return this.repo.deliveries(webhookId, limit);
  }

  private async safeUrl(raw: string): Promise<string> {
    try {
      return (await assertSafeTarget(raw.trim(), this.policy)).toString();
    } catch (error) {
      if (error instanceof UnsafeTargetError) throw new AppError('UNSAFE_WEBHOOK_URL', error.message, ['url'], { reason: error.reason });
      throw error;
    }
  }
}
