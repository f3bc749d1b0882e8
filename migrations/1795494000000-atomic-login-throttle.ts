import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in throttling whose count and check are one step. Before, a sign-in counted the
 * failures, verified the password, then recorded a failure: N parallel attempts all counted
 * the same few failures, and far more than the limit were checked. Now `auth_begin_login`
 * takes a transaction-scoped advisory lock on the account and then on the address (always in
 * that order, so two sign-ins never wait on each other in a cycle), counts, and when under
 * the limits records the attempt as a failure before the password is checked; a right
 * password then forgets that one attempt (`auth_forget_login_attempt`). Whatever the number
 * of API replicas, at most the limit of attempts per window reach the password check.
 */
export class AtomicLoginThrottle1795494000000 implements MigrationInterface {
  name = 'AtomicLoginThrottle1795494000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create function auth_begin_login(p_email text, p_address text, p_window_seconds integer,
                                       p_max_per_account integer, p_max_per_address integer)
        returns table (retry_after integer, attempt_id bigint)
        language plpgsql volatile security definer set search_path = public, pg_temp as $$
      declare
        v_email text := lower(left(p_email, 254));
        v_address text := left(p_address, 100);
        since timestamptz;
        account_nth timestamptz;
        address_nth timestamptz;
        wait integer;
        v_id bigint;
      begin
        perform pg_advisory_xact_lock(hashtextextended('rapor.login.account:' || v_email, 0));
        perform pg_advisory_xact_lock(hashtextextended('rapor.login.address:' || v_address, 0));
        -- After the locks: the attempts of those that held them are committed and visible.
        since := clock_timestamp() - make_interval(secs => p_window_seconds);
        -- The limit-th most recent failure leaves the window first among those that matter.
        select failed_at into account_nth from login_failure
          where email = v_email and failed_at > since
          order by failed_at desc offset greatest(p_max_per_account - 1, 0) limit 1;
        select failed_at into address_nth from login_failure
          where address = v_address and failed_at > since
          order by failed_at desc offset greatest(p_max_per_address - 1, 0) limit 1;
        wait := greatest(
          coalesce(ceil(extract(epoch from account_nth - since)), 0),
          coalesce(ceil(extract(epoch from address_nth - since)), 0),
          0)::integer;
        if wait > 0 then
          return query select wait, null::bigint;
          return;
        end if;
        delete from login_failure where failed_at < clock_timestamp() - interval '1 day';
        insert into login_failure (email, address, failed_at) values (v_email, v_address, clock_timestamp())
          returning login_failure.id into v_id;
        return query select 0, v_id;
      end $$;
      revoke all on function auth_begin_login(text, text, integer, integer, integer) from public;
      grant execute on function auth_begin_login(text, text, integer, integer, integer) to rapor_app;

      -- The password was right: the attempt recorded by auth_begin_login was no failure.
      create function auth_forget_login_attempt(p_attempt bigint) returns void
        language sql volatile security definer set search_path = public, pg_temp as $$
        delete from login_failure where id = p_attempt;
      $$;
      revoke all on function auth_forget_login_attempt(bigint) from public;
      grant execute on function auth_forget_login_attempt(bigint) to rapor_app;

      -- Superseded: counting and recording apart is what let parallel attempts through.
      drop function auth_login_retry_after(text, text, integer, integer, integer);
      drop function auth_record_login_failure(text, text);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop function auth_forget_login_attempt(bigint);
      drop function auth_begin_login(text, text, integer, integer, integer);
      create function auth_login_retry_after(p_email text, p_address text, p_window_seconds integer,
                                             p_max_per_account integer, p_max_per_address integer)
        returns integer language plpgsql stable security definer set search_path = public, pg_temp as $$
      declare
        since timestamptz := now() - make_interval(secs => p_window_seconds);
        account_nth timestamptz;
        address_nth timestamptz;
      begin
        select failed_at into account_nth from login_failure
          where email = lower(p_email) and failed_at > since
          order by failed_at desc offset greatest(p_max_per_account - 1, 0) limit 1;
        select failed_at into address_nth from login_failure
          where address = p_address and failed_at > since
          order by failed_at desc offset greatest(p_max_per_address - 1, 0) limit 1;
        return greatest(
          coalesce(ceil(extract(epoch from account_nth - since)), 0),
          coalesce(ceil(extract(epoch from address_nth - since)), 0),
          0)::integer;
      end $$;
      create function auth_record_login_failure(p_email text, p_address text) returns void
        language sql volatile security definer set search_path = public, pg_temp as $$
        delete from login_failure where failed_at < now() - interval '1 day';
        insert into login_failure (email, address) values (lower(left(p_email, 254)), left(p_address, 100));
      $$;
    `);
  }
}
