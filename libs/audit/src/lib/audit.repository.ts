import { Injectable } from '@nestjs/common';
import { currentManager } from '@rapor/db';

export interface AuditRow {
  id: string;
  at: Date;
  actorUserId: string | null;
  actorRole: string | null;
  actorApiKeyId: string | null;
  requestId: string | null;
  provinceCode: string | null;
  regionCode: string | null;
  entity: string;
  entityKey: Record<string, unknown>;
  action: 'insert' | 'update' | 'delete';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
}

/** The person behind entries: name and email, for readers of the log. */
export interface AuditActorRow {
  id: string;
  displayName: string;
  email: string;
}

export interface AuditFilter {
  provinceCode: string | null;
  regionCode: string | null;
  entity: string | null;
  /** Id of the last entry of the previous page. */
  afterId: string | null;
  limit: number;
}

/** Reads of the append-only audit log (the triggers write it); row-level security decides what is visible. */
@Injectable()
export class AuditRepository {
  /** Entries newest first, after the cursor entry (keyset on (at, id), served by audit_log_scope_idx). */
  async page(f: AuditFilter): Promise<AuditRow[]> {
    return currentManager().query(
      `select id::text as id, at, actor_user_id as "actorUserId", actor_role as "actorRole", actor_api_key_id as "actorApiKeyId",
         request_id as "requestId", scope_province_id as "provinceCode", scope_region_id as "regionCode", entity,
         entity_key as "entityKey", action, before, after, reason
       from audit_log
       where ($1::text is null or scope_province_id = $1)
         and ($2::text is null or scope_region_id = $2)
         and ($3::text is null or entity = $3)
         and ($4::bigint is null or (at, id) < (select c.at, c.id from audit_log c where c.id = $4))
       order by at desc, id desc
       limit $5`,
      [f.provinceCode, f.regionCode, f.entity, f.afterId, f.limit],
    );
  }

  /** Name and email of those among `ids` who made, or are the subject of, a change the caller can see (auth_audit_actors). */
  async people(ids: readonly string[]): Promise<AuditActorRow[]> {
    if (ids.length === 0) return [];
    return currentManager().query(`select id, display_name as "displayName", email from auth_audit_actors($1::uuid[])`, [ids]);
  }
}
