import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-API-key request limits shared by every API replica: one token bucket per key (the
 * SHA-256 of the presented secret) in an unlogged table (losing it in a crash only forgets
 * recent counts), taken from in one statement per request. `insert ... on conflict do
 * update` locks the key's row, so two replicas never both spend its last token.
 * The API role reaches the table only through `api_rate_take` (owner-run): no grants, RLS on.
 */
export class SharedRateLimits1795494100000 implements MigrationInterface {
  name = 'SharedRateLimits1795494100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create unlogged table api_rate_bucket (
        key_hash text primary key check (length(key_hash) <= 128),
        tokens double precision not null,
        allowed boolean not null,
        taken_at timestamptz not null
      );
      comment on table api_rate_bucket is 'Token buckets of the per-API-key request limits, shared by every API replica; safe to lose.';
      alter table api_rate_bucket enable row level security;

      -- Takes one request from the key's bucket, which holds p_per_minute and refills at
      -- p_per_minute a minute. Answers whether it was allowed, the tokens left, and the
      -- seconds until one is back when refused.
      create function api_rate_take(p_key text, p_per_minute integer)
        returns table (allowed boolean, tokens double precision, retry_after integer)
        language sql volatile security definer set search_path = public, pg_temp as $$
        insert into api_rate_bucket as b (key_hash, tokens, allowed, taken_at)
          values (p_key, p_per_minute - 1, p_per_minute >= 1, clock_timestamp())
        on conflict (key_hash) do update set
          allowed = least(p_per_minute, b.tokens + extract(epoch from clock_timestamp() - b.taken_at) * p_per_minute / 60.0) >= 1,
          tokens = least(p_per_minute, b.tokens + extract(epoch from clock_timestamp() - b.taken_at) * p_per_minute / 60.0)
                   - case when least(p_per_minute, b.tokens + extract(epoch from clock_timestamp() - b.taken_at) * p_per_minute / 60.0) >= 1
                          then 1 else 0 end,
          taken_at = clock_timestamp()
        returning b.allowed, b.tokens,
          case when b.allowed then 0 else greatest(1, ceil((1 - b.tokens) * 60.0 / p_per_minute))::integer end;
      $$;
      revoke all on function api_rate_take(text, integer) from public;
      grant execute on function api_rate_take(text, integer) to rapor_app;

      -- Buckets untouched for an hour are full again: forgetting them changes nothing.
      create function api_rate_prune() returns integer
        language sql volatile security definer set search_path = public, pg_temp as $$
        with gone as (delete from api_rate_bucket where taken_at < clock_timestamp() - interval '1 hour' returning 1)
        select count(*)::integer from gone;
      $$;
      revoke all on function api_rate_prune() from public;
      grant execute on function api_rate_prune() to rapor_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop function api_rate_prune();
      drop function api_rate_take(text, integer);
      drop table api_rate_bucket;
    `);
  }
}
