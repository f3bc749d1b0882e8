import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'period_opened', 'deadline_7', 'deadline_1', 'submission_returned', 'value_corrected', 'period_published', 'below_target', 'reminder'`;

/**
 * Reminders and notifications. An event (one per period, region and kind where it must happen
 * once: `dedupe_key`) fans out, in the transaction that caused it, into one in-app notification
 * per recipient, one e-mail outbox row per recipient who wants mail of that kind, and one
 * delivery per matching webhook. A worker drains the outbox and the deliveries.
 *
 * The API role never writes events, notifications, mails or deliveries directly: it goes through
 * narrow `security definer` functions (owner-run) that check the caller may speak for the region.
 * Every table forces row-level security; the owner's own policies let those functions work.
 * Notifications are keyed by the person (`user_id`), not by a region: `region_code` is context.
 */
export class Notifications1795500000000 implements MigrationInterface {
  name = 'Notifications1795500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table notification_event (
        id uuid primary key default gen_random_uuid(),
        kind text not null check (kind in (${KINDS})),
        province_id text not null references province (id),
        region_code text references region (id),
        period_id uuid references assessment_period (id),
        payload jsonb not null default '{}',
        -- Events that must happen once (deadline reminders): restarts and replicas never double them.
        dedupe_key text unique check (length(dedupe_key) <= 200),
        created_by uuid,
        created_at timestamptz not null default now()
      );
      create index notification_event_period_idx on notification_event (period_id, kind, created_at);
      comment on table notification_event is 'Something people are told about (a period opened, a deadline near, a submission returned...); fanned out to notifications, mails and webhooks.';

      create table notification (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references app_user (id) on delete cascade,
        event_id uuid not null references notification_event (id) on delete cascade,
        kind text not null check (kind in (${KINDS})),
        region_code text references region (id),
        period_id uuid references assessment_period (id),
        payload jsonb not null default '{}',
        created_at timestamptz not null default now(),
        read_at timestamptz,
        unique (event_id, user_id)
      );
      create index notification_user_idx on notification (user_id, created_at desc, id);
      create index notification_unread_idx on notification (user_id) where read_at is null;
      comment on table notification is 'An in-app notification of one person (the bell); read_at set when they mark it read.';

      create table notification_preference (
        user_id uuid not null references app_user (id) on delete cascade,
        kind text not null check (kind in (${KINDS})),
        email boolean not null,
        updated_at timestamptz not null default now(),
        primary key (user_id, kind)
      );
      comment on table notification_preference is 'Per person and kind: whether it also comes by e-mail (default on). In-app notifications are always kept.';

      create table mail_outbox (
        id bigint generated always as identity primary key,
        notification_id uuid not null references notification (id) on delete cascade,
        to_address text not null check (length(to_address) <= 254),
        state text not null default 'pending' check (state in ('pending', 'sent', 'failed')),
        attempts int not null default 0,
        next_attempt_at timestamptz not null default now(),
        last_error text,
        sent_at timestamptz,
        created_at timestamptz not null default now(),
        unique (notification_id)
      );
      create index mail_outbox_due_idx on mail_outbox (next_attempt_at, id) where state = 'pending';
      comment on table mail_outbox is 'Durable e-mail outbox, written in the transaction of the event; drained by the worker (FOR UPDATE SKIP LOCKED), marked sent in the transaction that sent it.';

      create table webhook (
        id uuid primary key default gen_random_uuid(),
        api_key_id uuid not null references api_key (id) on delete cascade,
        owner_id uuid not null references app_user (id) on delete cascade,
        url text not null check (url ~ '^https?://' and length(url) <= 2000),
        -- The signing secret: shown once at registration; read back only by the worker's functions.
        secret text not null,
        description text check (length(description) <= 200),
        created_at timestamptz not null default now(),
        disabled_at timestamptz
      );
      create index webhook_api_key_idx on webhook (api_key_id);
      create index webhook_owner_idx on webhook (owner_id);
      comment on table webhook is 'A URL an API key''s owner registered to receive the key''s events, signed with HMAC-SHA256.';

      create table webhook_delivery (
        id bigint generated always as identity primary key,
        webhook_id uuid not null references webhook (id) on delete cascade,
        owner_id uuid not null references app_user (id) on delete cascade,
        event_id uuid not null references notification_event (id) on delete cascade,
        kind text not null,
        body text not null,
        state text not null default 'pending' check (state in ('pending', 'delivered', 'failed')),
        attempts int not null default 0,
        next_attempt_at timestamptz not null default now(),
        last_status int,
        last_error text,
        delivered_at timestamptz,
        created_at timestamptz not null default now(),
        unique (webhook_id, event_id)
      );
      create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at, id) where state = 'pending';
      create index webhook_delivery_webhook_idx on webhook_delivery (webhook_id, id desc);
      comment on table webhook_delivery is 'The delivery log of a webhook: one row per event, with attempts, the last HTTP status and error.';

      -- Row-level security: forced everywhere; the owner (the functions below) may do everything.
      do $$ declare t text; begin
        foreach t in array array['notification_event', 'notification', 'notification_preference', 'mail_outbox', 'webhook', 'webhook_delivery'] loop
          execute format('alter table %I enable row level security', t);
          execute format('alter table %I force row level security', t);
          execute format('create policy %I on %I for all to rapor_owner using (true) with check (true)', t || '_owner', t);
        end loop;
      end $$;

      -- The functions below read memberships and submission states as the owner; FORCE RLS
      -- holds the owner to policies too, so these let the owner (and nobody else) read them.
      create policy region_membership_owner_read on region_membership for select to rapor_owner using (true);
      create policy province_membership_owner_read on province_membership for select to rapor_owner using (true);
      create policy region_submission_owner_read on region_submission for select to rapor_owner using (true);
      create policy assessment_period_notify_owner_read on assessment_period for select to rapor_owner using (true);

      -- A person sees and marks only their own notifications.
      create policy notification_select on notification for select to rapor_app using (user_id = (select app_user_id()));
      create policy notification_update on notification for update to rapor_app
        using (user_id = (select app_user_id())) with check (user_id = (select app_user_id()));
      grant select (id, user_id, event_id, kind, region_code, period_id, payload, created_at, read_at) on notification to rapor_app;
      grant update (read_at) on notification to rapor_app;

      create policy notification_preference_own on notification_preference for all to rapor_app
        using (user_id = (select app_user_id())) with check (user_id = (select app_user_id()));
      grant select, insert, update, delete on notification_preference to rapor_app;

      -- Webhooks: their owner only, and only for an unrevoked API key the owner created.
      create policy webhook_select on webhook for select to rapor_app using (owner_id = (select app_user_id()));
      create policy webhook_insert on webhook for insert to rapor_app with check (
        owner_id = (select app_user_id())
        and exists (select 1 from api_key k where k.id = api_key_id and k.created_by = (select app_user_id()) and k.revoked_at is null)
      );
      create policy webhook_update on webhook for update to rapor_app
        using (owner_id = (select app_user_id())) with check (owner_id = (select app_user_id()));
      create policy webhook_delete on webhook for delete to rapor_app using (owner_id = (select app_user_id()));
      grant select (id, api_key_id, owner_id, url, description, created_at, disabled_at) on webhook to rapor_app;
      grant insert (id, api_key_id, owner_id, url, secret, description) on webhook to rapor_app;
      grant update (url, description, disabled_at) on webhook to rapor_app;
      grant delete on webhook to rapor_app;

      create policy webhook_delivery_select on webhook_delivery for select to rapor_app using (owner_id = (select app_user_id()));
      grant select on webhook_delivery to rapor_app;

      -- Whether the caller may raise events about a region: an operator, a reviewer of its
      -- province, or its own team.
      create function notify_may_speak_for(p_region text) returns boolean language sql stable as $$
        select coalesce((select app_is_operator()) or left(p_region, 2) = (select app_review_province_id())
          or p_region = (select app_team_region_id()), false)
      $$;

      -- The fan-out, shared by the entry points below: the event, a notification for every
      -- member of the region (and its province's reviewers when asked), a mail for those who
      -- did not turn the kind off, a delivery for every webhook whose key may see it. Returns
      -- the number of people notified; 0 when the event (by its dedupe key) already happened.
      create function notify_fan_out(p_kind text, p_region text, p_period uuid, p_payload jsonb, p_dedupe text, p_reviewers boolean)
        returns integer language plpgsql volatile security definer set search_path = public, pg_temp as $$
      declare
        v_event uuid;
        v_created timestamptz;
        v_people integer;
      begin
        insert into notification_event (kind, province_id, region_code, period_id, payload, dedupe_key, created_by)
          values (p_kind, left(p_region, 2), p_region, p_period, coalesce(p_payload, '{}'), p_dedupe, app_user_id())
          on conflict (dedupe_key) do nothing
          returning id, created_at into v_event, v_created;
        if v_event is null then return 0; end if;

        insert into notification (user_id, event_id, kind, region_code, period_id, payload)
          select u.id, v_event, p_kind, p_region, p_period, coalesce(p_payload, '{}')
          from app_user u
          where u.disabled_at is null and (
            u.id in (select m.user_id from region_membership m where m.region_id = p_region)
            or (p_reviewers and u.id in (select m.user_id from province_membership m where m.province_id = left(p_region, 2))))
          on conflict do nothing;
        get diagnostics v_people = row_count;

        insert into mail_outbox (notification_id, to_address)
          select n.id, u.email from notification n join app_user u on u.id = n.user_id
          where n.event_id = v_event
            and coalesce((select p.email from notification_preference p where p.user_id = n.user_id and p.kind = p_kind), true);

        -- Webhooks: keys of the region see all its events; province-wide keys see what the
        -- province sees (a period opened or published), never a region's private business.
        insert into webhook_delivery (webhook_id, owner_id, event_id, kind, body)
          select w.id, w.owner_id, v_event, p_kind, jsonb_build_object(
              'id', v_event, 'kind', upper(p_kind), 'provinceCode', left(p_region, 2), 'regionCode', p_region,
              'periodId', p_period, 'data', coalesce(p_payload, '{}'), 'createdAt', v_created)::text
          from webhook w join api_key k on k.id = w.api_key_id
          where w.disabled_at is null and k.revoked_at is null and (k.expires_at is null or k.expires_at > now())
            and k.scope_province_id = left(p_region, 2)
            and (k.scope_region_id = p_region or (k.scope_region_id is null and p_kind in ('period_opened', 'period_published')));
        return v_people;
      end $$;
      revoke all on function notify_fan_out(text, text, uuid, jsonb, text, boolean) from public;

      -- Raised by a service inside the transaction of the change (a period opened, a value
      -- corrected...), by someone who may speak for the region.
      create function notify_event(p_kind text, p_region text, p_period uuid, p_payload jsonb, p_reviewers boolean)
        returns integer language plpgsql volatile security definer set search_path = public, pg_temp as $$
      begin
        if p_kind not in ('period_opened', 'submission_returned', 'value_corrected', 'period_published', 'below_target', 'reminder') then
          raise exception 'notify_event: % is not an event a service raises', p_kind using errcode = '22023';
        end if;
        if not notify_may_speak_for(p_region) then
          raise exception 'notify_event: not allowed for region %', p_region using errcode = '42501';
        end if;
        return notify_fan_out(p_kind, p_region, p_period, p_payload, null, p_reviewers);
      end $$;
      revoke all on function notify_event(text, text, uuid, jsonb, boolean) from public;
      grant execute on function notify_event(text, text, uuid, jsonb, boolean) to rapor_app;

      -- The worker's deadline check: every region of every open period with a deadline ahead,
      -- with its submission state (null: not started).
      create function notify_deadline_candidates(p_today date)
        returns table (period_id uuid, region_code text, deadline date, framework_code text, year int, submission_state text)
        language sql stable security definer set search_path = public, pg_temp as $$
        select p.id, r.id, p.deadline, f.code, p.year, s.state
        from assessment_period p
        join framework_version f on f.id = p.framework_version_id
        join region r on r.province_id = p.province_id
        left join region_submission s on s.period_id = p.id and s.region_id = r.id
        where p.state = 'open' and p.deadline is not null and p.deadline between p_today and p_today + 7
        order by p.id, r.id
      $$;
      revoke all on function notify_deadline_candidates(date) from public;
      grant execute on function notify_deadline_candidates(date) to rapor_app;

      -- A deadline reminder, once per (period, region, kind), only while the period is open
      -- and the region has not submitted (checked again here, not only by the worker).
      create function notify_deadline(p_kind text, p_period uuid, p_region text, p_payload jsonb)
        returns integer language plpgsql volatile security definer set search_path = public, pg_temp as $$
      begin
        if p_kind not in ('deadline_7', 'deadline_1') then
          raise exception 'notify_deadline: % is not a deadline reminder', p_kind using errcode = '22023';
        end if;
        if not exists (
          select 1 from assessment_period p join region r on r.province_id = p.province_id and r.id = p_region
          left join region_submission s on s.period_id = p.id and s.region_id = r.id
          where p.id = p_period and p.state = 'open' and p.deadline is not null
            and coalesce(s.state, 'draft') in ('draft', 'returned')
        ) then
          return 0;
        end if;
        return notify_fan_out(p_kind, p_region, p_period, p_payload, p_kind || ':' || p_period || ':' || p_region, false);
      end $$;
      revoke all on function notify_deadline(text, uuid, text, jsonb) from public;
      grant execute on function notify_deadline(text, uuid, text, jsonb) to rapor_app;

      -- Reviewer reminders are rate-limited per period: seconds to wait (0 = go ahead). The
      -- advisory lock makes two reminders of one period at the same moment take turns.
      create function notify_reminder_wait(p_period uuid, p_interval_seconds integer)
        returns integer language plpgsql volatile security definer set search_path = public, pg_temp as $$
      declare v_last timestamptz;
      begin
        if not exists (select 1 from assessment_period p where p.id = p_period
                       and ((select app_is_operator()) or p.province_id = (select app_review_province_id()))) then
          raise exception 'notify_reminder_wait: not allowed for period %', p_period using errcode = '42501';
        end if;
        perform pg_advisory_xact_lock(hashtext('rapor.reminder'), hashtext(p_period::text));
        select max(created_at) into v_last from notification_event where period_id = p_period and kind = 'reminder';
        if v_last is null or v_last <= now() - make_interval(secs => p_interval_seconds) then return 0; end if;
        return greatest(1, ceil(extract(epoch from v_last + make_interval(secs => p_interval_seconds) - now())))::integer;
      end $$;
      revoke all on function notify_reminder_wait(uuid, integer) from public;
      grant execute on function notify_reminder_wait(uuid, integer) to rapor_app;

      -- The outbox worker: claims due mails (locked until its transaction ends; other workers
      -- skip them), with what a mail needs. Called in the transaction that sends and marks them.
      create function mail_claim(p_now timestamptz, p_limit integer)
        returns table (id bigint, to_address text, attempts integer, kind text, region_code text, period_id uuid,
                       payload jsonb, display_name text, notification_id uuid)
        language sql volatile security definer set search_path = public, pg_temp as $$
        with due as (
          select o.id from mail_outbox o where o.state = 'pending' and o.next_attempt_at <= p_now
          order by o.next_attempt_at, o.id limit p_limit for update of o skip locked
        )
        select o.id, o.to_address, o.attempts, n.kind, n.region_code, n.period_id, n.payload, u.display_name, n.id
        from due join mail_outbox o on o.id = due.id
        join notification n on n.id = o.notification_id join app_user u on u.id = n.user_id
        order by o.id
      $$;
      -- Records one attempt: sent, or failed with the time of the next try (null: give up).
      create function mail_record(p_id bigint, p_sent boolean, p_error text, p_next timestamptz)
        returns void language sql volatile security definer set search_path = public, pg_temp as $$
        update mail_outbox set attempts = attempts + 1,
          state = case when p_sent then 'sent' when p_next is null then 'failed' else 'pending' end,
          sent_at = case when p_sent then now() end,
          last_error = case when p_sent then null else left(p_error, 1000) end,
          next_attempt_at = coalesce(p_next, next_attempt_at)
        where id = p_id
      $$;
      create function webhook_claim(p_now timestamptz, p_limit integer)
        returns table (id bigint, url text, secret text, attempts integer, kind text, body text)
        language sql volatile security definer set search_path = public, pg_temp as $$
        with due as (
          select d.id from webhook_delivery d where d.state = 'pending' and d.next_attempt_at <= p_now
          order by d.next_attempt_at, d.id limit p_limit for update of d skip locked
        )
        select d.id, w.url, w.secret, d.attempts, d.kind, d.body
        from due join webhook_delivery d on d.id = due.id join webhook w on w.id = d.webhook_id
        order by d.id
      $$;
      create function webhook_record(p_id bigint, p_delivered boolean, p_status integer, p_error text, p_next timestamptz)
        returns void language sql volatile security definer set search_path = public, pg_temp as $$
        update webhook_delivery set attempts = attempts + 1,
          state = case when p_delivered then 'delivered' when p_next is null then 'failed' else 'pending' end,
          delivered_at = case when p_delivered then now() end,
          last_status = p_status,
          last_error = case when p_delivered then null else left(p_error, 1000) end,
          next_attempt_at = coalesce(p_next, next_attempt_at)
        where id = p_id
      $$;
      revoke all on function mail_claim(timestamptz, integer), mail_record(bigint, boolean, text, timestamptz),
        webhook_claim(timestamptz, integer), webhook_record(bigint, boolean, integer, text, timestamptz) from public;
      grant execute on function mail_claim(timestamptz, integer), mail_record(bigint, boolean, text, timestamptz),
        webhook_claim(timestamptz, integer), webhook_record(bigint, boolean, integer, text, timestamptz) to rapor_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop function webhook_record(bigint, boolean, integer, text, timestamptz);
      drop function webhook_claim(timestamptz, integer);
      drop function mail_record(bigint, boolean, text, timestamptz);
      drop function mail_claim(timestamptz, integer);
      drop function notify_reminder_wait(uuid, integer);
      drop function notify_deadline(text, uuid, text, jsonb);
      drop function notify_deadline_candidates(date);
      drop function notify_event(text, text, uuid, jsonb, boolean);
      drop function notify_fan_out(text, text, uuid, jsonb, text, boolean);
      drop function notify_may_speak_for(text);
      drop policy assessment_period_notify_owner_read on assessment_period;
      drop policy region_submission_owner_read on region_submission;
      drop policy province_membership_owner_read on province_membership;
      drop policy region_membership_owner_read on region_membership;
      drop table webhook_delivery, webhook, mail_outbox, notification_preference, notification, notification_event;
    `);
  }
}
