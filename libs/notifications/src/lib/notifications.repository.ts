import { Injectable } from '@nestjs/common';
import { currentManager } from '@rapor/db';
import type { FrameworkDefinition } from '@rapor/domain';
import type { NotificationKind, NotificationPayload } from './notification-text';

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  regionCode: string | null;
  regionName: string | null;
  periodId: string | null;
  payload: NotificationPayload;
  createdAt: Date;
  readAt: Date | null;
}

export interface PeriodInfo {
  id: string;
  provinceCode: string;
  frameworkCode: string;
  frameworkName: string;
  year: number;
  deadline: string | null;
  definition: FrameworkDefinition;
}

export interface PublishedStanding {
  regionCode: string;
  value: number | null;
  rank: number | null;
  rankedCount: number | null;
  category: string | null;
}

export interface ClaimedMail {
  id: string;
  toAddress: string;
  attempts: number;
  kind: NotificationKind;
  regionCode: string | null;
  periodId: string | null;
  payload: NotificationPayload;
  displayName: string;
}

export interface ClaimedDelivery {
  id: string;
  url: string;
  secret: string;
  attempts: number;
  kind: string;
  body: string;
}

export interface WebhookRow {
  id: string;
  apiKeyId: string;
  url: string;
  description: string | null;
  createdAt: Date;
  disabledAt: Date | null;
}

export interface DeliveryRow {
  id: string;
  webhookId: string;
  eventId: string;
  kind: string;
  state: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  nextAttemptAt: Date;
  deliveredAt: Date | null;
  createdAt: Date;
}

const NOTIFICATION_COLUMNS = `n.id, n.kind, n.region_code as "regionCode", r.name as "regionName", n.period_id as "periodId",
  n.payload, n.created_at as "createdAt", n.read_at as "readAt"`;
const WEBHOOK_COLUMNS = `id, api_key_id as "apiKeyId", url, description, created_at as "createdAt", disabled_at as "disabledAt"`;
const num = (v: string | number | null) => (v === null ? null : Number(v));

/**
 * SQL of notifications, mails and webhooks. A person's rows are filtered by row-level security
 * (their own only); events and the worker go through the migration's owner-run functions.
 */
@Injectable()
export class NotificationsRepository {
  // --- a person's notifications ------------------------------------------------------------

  async page(limit: number, offset: number, unreadOnly: boolean): Promise<{ rows: NotificationRow[]; total: number; unread: number }> {
    const m = currentManager();
    const rows: NotificationRow[] = await m.query(
      `select ${NOTIFICATION_COLUMNS} from notification n left join region r on r.id = n.region_code
       where n.user_id = app_user_id() and ($3::boolean is false or n.read_at is null)
       order by n.created_at desc, n.id limit $1 offset $2`,
      [limit, offset, unreadOnly],
    );
    const [counts] = await m.query(
      `select count(*)::int as total, count(*) filter (where read_at is null)::int as unread from notification where user_id = app_user_id()`,
    );
    return { rows, total: unreadOnly ? counts.unread : counts.total, unread: counts.unread };
  }

  async unreadCount(): Promise<number> {
    const [row] = await currentManager().query(`select count(*)::int as n from notification where user_id = app_user_id() and read_at is null`);
    return row.n;
  }

  /** Marks the caller's notifications read (these ids, or all); returns how many changed. */
  async markRead(ids: readonly string[] | null): Promise<number> {
    const [rows]: [unknown[], number] = await currentManager().query(
      `update notification set read_at = now()
       where user_id = app_user_id() and read_at is null and ($1::uuid[] is null or id = any($1::uuid[])) returning id`,
      [ids],
    );
    return rows.length;
  }

  async preferences(): Promise<{ kind: NotificationKind; email: boolean }[]> {
    return currentManager().query(`select kind, email from notification_preference where user_id = app_user_id()`);
  }

  async setPreference(kind: NotificationKind, email: boolean): Promise<void> {
    await currentManager().query(
      `insert into notification_preference (user_id, kind, email) values (app_user_id(), $1, $2)
       on conflict (user_id, kind) do update set email = excluded.email, updated_at = now()`,
      [kind, email],
    );
  }

  // --- events ------------------------------------------------------------------------------

  /** Raises an event in the current transaction; returns how many people were notified. */
  async emit(kind: NotificationKind, regionCode: string, periodId: string | null, payload: NotificationPayload, reviewers = false): Promise<number> {
    const [row] = await currentManager().query(`select notify_event($1, $2, $3, $4::jsonb, $5) as n`, [
      kind,
      regionCode,
      periodId,
      JSON.stringify(payload),
      reviewers,
    ]);
    return row.n;
  }

  async period(periodId: string): Promise<PeriodInfo | null> {
    const rows: PeriodInfo[] = await currentManager().query(
      `select p.id, p.province_id as "provinceCode", f.code as "frameworkCode", f.name_id as "frameworkName", p.year,
              to_char(p.deadline, 'YYYY-MM-DD') as deadline, f.definition
       from assessment_period p join framework_version f on f.id = p.framework_version_id where p.id = $1`,
      [periodId],
    );
    return rows[0] ?? null;
  }

  async regionCodes(provinceCode: string): Promise<string[]> {
    const rows: { id: string }[] = await currentManager().query(`select id from region where province_id = $1 order by id`, [provinceCode]);
    return rows.map((r) => r.id);
  }

  /** Regions of the period's province with their submission state (null: not started). */
  async submissionStates(periodId: string, provinceCode: string): Promise<{ regionCode: string; state: string | null }[]> {
    return currentManager().query(
      `select r.id as "regionCode", s.state from region r
       left join region_submission s on s.region_id = r.id and s.period_id = $1
       where r.province_id = $2 order by r.id`,
      [periodId, provinceCode],
    );
  }

  /** The composites of a publication of a period. */
  async standings(periodId: string, revision: number): Promise<PublishedStanding[]> {
    const rows = await currentManager().query(
      `select region_id as "regionCode", value, rank, ranked_count as "rankedCount", coalesce(published_category, computed_category) as category
       from published_result where period_id = $1 and revision = $2 and node_code = '*' order by region_id`,
      [periodId, revision],
    );
    return rows.map((r: PublishedStanding & { value: string | null }) => ({ ...r, value: num(r.value) }));
  }

  /** The latest earlier published period of the same framework in the province, with its standings. */
  async previousStandings(period: PeriodInfo): Promise<{ year: number; rows: PublishedStanding[] } | null> {
    const [prev]: { id: string; year: number; revision: number }[] = await currentManager().query(
      `select p.id, p.year, p.published_revision as revision from assessment_period p join framework_version f on f.id = p.framework_version_id
       where p.province_id = $1 and f.code = $2 and p.year < $3 and p.published_revision > 0 order by p.year desc limit 1`,
      [period.provinceCode, period.frameworkCode, period.year],
    );
    return prev ? { year: prev.year, rows: await this.standings(prev.id, prev.revision) } : null;
  }

  async targets(frameworkCode: string, year: number, regionCodes: readonly string[]): Promise<{ regionCode: string; rank: number | null; category: string | null }[]> {
    return currentManager().query(
      `select region_id as "regionCode", target_rank as rank, target_category as category from target
       where framework_code = $1 and year = $2 and region_id = any($3::text[])`,
      [frameworkCode, year, regionCodes],
    );
  }

  /** Seconds until the next reviewer reminder of the period is allowed (0: now). */
  async reminderWait(periodId: string, intervalSeconds: number): Promise<number> {
    const [row] = await currentManager().query(`select notify_reminder_wait($1, $2) as wait`, [periodId, intervalSeconds]);
    return row.wait;
  }

  // --- the worker --------------------------------------------------------------------------

  async deadlineCandidates(today: string): Promise<{ periodId: string; regionCode: string; deadline: string; frameworkCode: string; year: number; submissionState: string | null }[]> {
    return currentManager().query(
      `select period_id as "periodId", region_code as "regionCode", to_char(deadline, 'YYYY-MM-DD') as deadline,
              framework_code as "frameworkCode", year, submission_state as "submissionState"
       from notify_deadline_candidates($1::date)`,
      [today],
    );
  }

  async notifyDeadline(kind: 'deadline_7' | 'deadline_1', periodId: string, regionCode: string, payload: NotificationPayload): Promise<number> {
    const [row] = await currentManager().query(`select notify_deadline($1, $2, $3, $4::jsonb) as n`, [kind, periodId, regionCode, JSON.stringify(payload)]);
    return row.n;
  }

  async claimMails(now: Date, limit: number): Promise<ClaimedMail[]> {
    return currentManager().query(
      `select id::text, to_address as "toAddress", attempts, kind, region_code as "regionCode", period_id as "periodId", payload,
              display_name as "displayName" from mail_claim($1, $2)`,
      [now, limit],
    );
  }

  async recordMail(id: string, sent: boolean, error: string | null, next: Date | null): Promise<void> {
    await currentManager().query(`select mail_record($1, $2, $3, $4)`, [id, sent, error, next]);
  }

  /** Claims due deliveries and moves their next attempt `leaseSeconds` ahead, so no other worker takes them meanwhile. */
  async leaseDeliveries(now: Date, limit: number, leaseSeconds: number): Promise<ClaimedDelivery[]> {
    return currentManager().query(`select id::text, url, secret, attempts, kind, body from webhook_lease($1, $2, $3)`, [now, limit, leaseSeconds]);
  }

  async recordDelivery(id: string, delivered: boolean, status: number | null, error: string | null, next: Date | null): Promise<void> {
    await currentManager().query(`select webhook_record($1, $2, $3, $4, $5)`, [id, delivered, status, error, next]);
  }

  async regionName(code: string): Promise<string | null> {
    const [row] = await currentManager().query(`select name from region where id = $1`, [code]);
    return row?.name ?? null;
  }

  // --- webhooks ----------------------------------------------------------------------------

  async insertWebhook(apiKeyId: string, url: string, secret: string, description: string | null): Promise<WebhookRow> {
    const [row] = await currentManager().query(
      `insert into webhook (api_key_id, owner_id, url, secret, description) values ($1, app_user_id(), $2, $3, $4) returning ${WEBHOOK_COLUMNS}`,
      [apiKeyId, url, secret, description],
    );
    return row;
  }

  /** Whether the caller created this (unrevoked) API key. */
  async ownsApiKey(apiKeyId: string): Promise<boolean> {
    const rows = await currentManager().query(`select 1 from api_key where id = $1 and created_by = app_user_id() and revoked_at is null`, [apiKeyId]);
    return rows.length === 1;
  }

  async webhooks(apiKeyId: string | null): Promise<WebhookRow[]> {
    return currentManager().query(
      `select ${WEBHOOK_COLUMNS} from webhook where owner_id = app_user_id() and ($1::uuid is null or api_key_id = $1) order by created_at, id`,
      [apiKeyId],
    );
  }

  async updateWebhook(id: string, patch: { url: string | null; description: string | null; enabled: boolean | null }): Promise<WebhookRow | null> {
    const [rows]: [WebhookRow[], number] = await currentManager().query(
      `update webhook set url = coalesce($2, url), description = coalesce($3, description),
         disabled_at = case when $4::boolean is null then disabled_at when $4 then null else coalesce(disabled_at, now()) end
       where id = $1 and owner_id = app_user_id() returning ${WEBHOOK_COLUMNS}`,
      [id, patch.url, patch.description, patch.enabled],
    );
    return rows[0] ?? null;
  }

  async deleteWebhook(id: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await currentManager().query(`delete from webhook where id = $1 and owner_id = app_user_id() returning id`, [id]);
    return rows.length === 1;
  }

  async deliveries(webhookId: string, limit: number): Promise<DeliveryRow[]> {
    return currentManager().query(
      `select id::text, webhook_id as "webhookId", event_id as "eventId", kind, state, attempts, last_status as "lastStatus",
              last_error as "lastError", next_attempt_at as "nextAttemptAt", delivered_at as "deliveredAt", created_at as "createdAt"
       from webhook_delivery where webhook_id = $1 and owner_id = app_user_id() order by id desc limit $2`,
      [webhookId, limit],
    );
  }
}
