import type { MigrationInterface, QueryRunner } from 'typeorm';

// Columns never copied into the audit log, and bookkeeping columns whose change alone is not
// worth an entry (an API key's last use, a user's membership count).
const SECRET_COLUMNS = `array['password_hash', 'key_hash', 'token_hash']`;
const QUIET_COLUMNS = `array['updated_at', 'last_used_at', 'membership_count']`;

/**
 * Audits accounts: users, memberships and API keys join the audit log (issue 5: "every change
 * of ... user, membership or key"). The trigger function learns the scope columns of API keys
 * and ignores changes of bookkeeping columns alone.
 */
export class AuditAccounts1795488000000 implements MigrationInterface {
  name = 'AuditAccounts1795488000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create or replace function audit_change() returns trigger language plpgsql security definer set search_path = public as $$
      declare
        old_row jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) - ${SECRET_COLUMNS} end;
        new_row jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) - ${SECRET_COLUMNS} end;
        row jsonb := coalesce(new_row, old_row);
        key_columns text[] := tg_argv;
        entity_key jsonb := '{}'::jsonb;
        region text := coalesce(row ->> 'region_id', row ->> 'scope_region_id');
        col text;
      begin
        if tg_op = 'UPDATE' and (old_row - ${QUIET_COLUMNS}) = (new_row - ${QUIET_COLUMNS}) then
          return new;
        end if;
        foreach col in array key_columns loop
          entity_key := entity_key || jsonb_build_object(col, row -> col);
        end loop;
        insert into audit_log (actor_user_id, actor_role, actor_api_key_id, request_id, scope_province_id, scope_region_id,
                               entity, entity_key, action, before, after, reason)
        values (app_user_id(), app_role(), nullif(current_setting('app.api_key_id', true), '')::uuid,
                nullif(current_setting('app.request_id', true), ''),
                coalesce(row ->> 'province_id', row ->> 'scope_province_id', left(region, 2)), region,
                tg_table_name, entity_key, lower(tg_op), old_row, new_row,
                nullif(current_setting('app.audit_reason', true), ''));
        return coalesce(new, old);
      end $$;

      create trigger audit after insert or update or delete on app_user for each row execute function audit_change('id');
      create trigger audit after insert or update or delete on region_membership for each row execute function audit_change('region_id', 'user_id');
      create trigger audit after insert or update or delete on province_membership for each row execute function audit_change('province_id', 'user_id');
      create trigger audit after insert or update or delete on api_key for each row execute function audit_change('id');
      create trigger audit after insert or update or delete on peer_group for each row execute function audit_change('id');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop trigger audit on peer_group;
      drop trigger audit on api_key;
      drop trigger audit on province_membership;
      drop trigger audit on region_membership;
      drop trigger audit on app_user;
    `);
  }
}
