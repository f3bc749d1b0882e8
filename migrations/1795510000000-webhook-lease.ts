import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook deliveries are leased, not held: `webhook_lease` claims due deliveries (FOR UPDATE
 * SKIP LOCKED) and moves their next attempt `p_lease_seconds` ahead, in a transaction of its
 * own, so the worker makes the HTTP call with no database connection taken and records the
 * outcome with `webhook_record` afterwards. Another worker cannot claim a leased delivery until
 * the lease runs out; a worker that dies mid-call leaves it to be sent again then (receivers drop
 * repeats by X-Rapor-Delivery). `webhook_claim`, which only locked the row for the length of the
 * sending transaction, goes.
 */
export class WebhookLease1795510000000 implements MigrationInterface {
  name = 'WebhookLease1795510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create function webhook_lease(p_now timestamptz, p_limit integer, p_lease_seconds integer)
        returns table (id bigint, url text, secret text, attempts integer, kind text, body text)
        language sql volatile security definer set search_path = public, pg_temp as $$
        with due as (
          select d.id from webhook_delivery d where d.state = 'pending' and d.next_attempt_at <= p_now
          order by d.next_attempt_at, d.id limit p_limit for update of d skip locked
        ), leased as (
          update webhook_delivery d set next_attempt_at = p_now + make_interval(secs => p_lease_seconds)
          from due where d.id = due.id
          returning d.id, d.webhook_id, d.attempts, d.kind, d.body
        )
        select l.id, w.url, w.secret, l.attempts, l.kind, l.body
        from leased l join webhook w on w.id = l.webhook_id
        order by l.id
      $$;
      revoke all on function webhook_lease(timestamptz, integer, integer) from public;
      grant execute on function webhook_lease(timestamptz, integer, integer) to rapor_app;
      drop function webhook_claim(timestamptz, integer);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
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
      revoke all on function webhook_claim(timestamptz, integer) from public;
      grant execute on function webhook_claim(timestamptz, integer) to rapor_app;
      drop function webhook_lease(timestamptz, integer, integer);
    `);
  }
}
