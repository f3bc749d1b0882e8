import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Names and emails of the people in the audit log, for those who may read the entries.
 *
 * The log stores the actor's id; a region admin reading their region's log may not see the
 * account of the province reviewer or operator who changed something (app_user's policy shows
 * only accounts with a membership the caller can see). `auth_audit_actors` answers name and
 * email of the asked accounts that made, or whose membership is the subject of, at least one
 * change the caller can see: the function
 * runs as the owner, app_user is ENABLE-only (seen past), audit_log is FORCE (still filtered by
 * the caller's settings), so it reveals nothing beyond the visible entries' authors.
 */
export class AuditActors1795503000000 implements MigrationInterface {
  name = 'AuditActors1795503000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create index audit_log_actor_idx on audit_log (actor_user_id) where actor_user_id is not null;
      create index audit_log_subject_user_idx on audit_log ((entity_key ->> 'user_id')) where entity_key ? 'user_id';

      create function auth_audit_actors(p_ids uuid[]) returns table (id uuid, display_name text, email text)
        language sql stable security definer set search_path = public, pg_temp as $$
        select u.id, u.display_name, u.email from app_user u
        where u.id = any(p_ids)
          and (exists (select 1 from audit_log a where a.actor_user_id = u.id)
               or exists (select 1 from audit_log a where a.entity_key ? 'user_id' and a.entity_key ->> 'user_id' = u.id::text))
      $$;
      revoke execute on function auth_audit_actors(uuid[]) from public;
      grant execute on function auth_audit_actors(uuid[]) to rapor_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop function auth_audit_actors(uuid[]);
      drop index audit_log_subject_user_idx, audit_log_actor_idx;
    `);
  }
}
