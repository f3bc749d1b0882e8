import { Injectable } from '@nestjs/common';
import { currentManager } from '@rapor/db';

/** A row of `api_key`, as the API role may read it (never the hash). */
export interface ApiKeyRow {
  id: string;
  name: string;
  displayPrefix: string;
  provinceId: string;
  regionId: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** An active key found by its hash. */
export interface ApiKeyIdentity {
  id: string;
  provinceId: string;
  regionId: string | null;
}

const KEY_COLUMNS = `k.id, k.name, k.display_prefix as "displayPrefix", k.scope_province_id as "provinceId",
  k.scope_region_id as "regionId", k.created_at as "createdAt", k.expires_at as "expiresAt",
  k.last_used_at as "lastUsedAt", k.revoked_at as "revokedAt"`;

/** SQL over API keys; runs in the current tenant transaction. */
@Injectable()
export class ApiKeysRepository {
  /** The active key with this hash (through the owner's lookup, which also notes its use). */
  async activeKeyByHash(hash: Buffer): Promise<ApiKeyIdentity | null> {
    const rows: ApiKeyIdentity[] = await currentManager().query(
      `select id, scope_province_id as "provinceId", scope_region_id as "regionId" from auth_api_key($1)`,
      [hash],
    );
    return rows[0] ?? null;
  }

  async insert(key: {
    id: string;
    name: string;
    hash: Buffer;
    displayPrefix: string;
    provinceId: string;
    regionId: string | null;
    createdBy: string;
    expiresAt: Date | null;
  }): Promise<void> {
    await currentManager().query(
      `insert into api_key (id, name, key_hash, display_prefix, scope_province_id, scope_region_id, created_by, expires_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [key.id, key.name, key.hash, key.displayPrefix, key.provinceId, key.regionId, key.createdBy, key.expiresAt],
    );
  }

  async byId(id: string): Promise<ApiKeyRow | null> {
    const rows: ApiKeyRow[] = await currentManager().query(`select ${KEY_COLUMNS} from api_key k where k.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Keys visible to the caller, newest first. */
  async list(filter: { provinceId: string | null; regionId: string | null; includeRevoked: boolean }): Promise<ApiKeyRow[]> {
    return currentManager().query(
      `select ${KEY_COLUMNS} from api_key k
       where ($1::text is null or k.scope_province_id = $1)
         and ($2::text is null or k.scope_region_id = $2)
         and ($3 or k.revoked_at is null)
       order by k.created_at desc, k.id`,
      [filter.provinceId, filter.regionId, filter.includeRevoked],
    );
  }

  async revoke(id: string): Promise<void> {
    await currentManager().query(`update api_key set revoked_at = now() where id = $1 and revoked_at is null`, [id]);
  }
}
