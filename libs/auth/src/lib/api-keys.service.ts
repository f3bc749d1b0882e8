import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ANONYMOUS, AppError, notFound, TenantTransactionRunner, type Principal } from '@rapor/db';
import type { Caller, RequestContext } from '@rapor/platform';
import { ApiKeysRepository } from './api-keys.repository';
import { toApiKey } from './auth.mapper';
import { Authentication, malformedScopeHeader } from './auth-session';
import { apiKeyDisplayPrefix, generateApiKeySecret, looksLikeApiKey, sha256 } from './credentials/secrets';
import type { ApiKey, CreatedApiKey } from './models/api-key.model';
import { mayManageApiKeys, type ApiKeyScope } from '@rapor/permissions';
import { formatScope, parseScope, provinceOfRegion, sameScope, type Scope } from '@rapor/permissions';

function keyScopeFrom(input: { provinceCode?: string | null; regionCode?: string | null }): ApiKeyScope {
  if (input.provinceCode && input.regionCode) {
    throw new AppError('BAD_USER_INPUT', 'Give either provinceCode or regionCode, not both', ['provinceCode', 'regionCode']);
  }
  if (input.regionCode) return { provinceId: provinceOfRegion(input.regionCode), regionId: input.regionCode };
  if (input.provinceCode) return { provinceId: input.provinceCode, regionId: null };
  throw new AppError('BAD_USER_INPUT', 'An API key needs a scope: provinceCode or regionCode', ['provinceCode', 'regionCode']);
}

function scopeOfKey(key: ApiKeyScope): Scope {
  return key.regionId ? { kind: 'region', regionId: key.regionId } : { kind: 'province', provinceId: key.provinceId };
}

/**
 * Report API keys: read-only principals for GraphQL clients. The secret is shown once and
 * stored as SHA-256; keys are listed and revoked within the caller's scope.
 */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly keys: ApiKeysRepository,
    private readonly runner: TenantTransactionRunner,
  ) {}

  /**
   * The caller of a key (the authentication guard, before the request's transaction). A scope
   * header naming anything but the key's own scope is refused.
   */
  async authenticate(secret: string, scopeHeader: string | null): Promise<Caller> {
    if (!looksLikeApiKey(secret)) throw new AppError('UNAUTHENTICATED', 'Invalid API key');
    const key = await this.runner.run(ANONYMOUS, () => this.keys.activeKeyByHash(sha256(secret)));
    if (!key) throw new AppError('UNAUTHENTICATED', 'Invalid, expired or revoked API key');
    const scope = scopeOfKey(key);
    if (scopeHeader !== null) {
      const asked = parseScope(scopeHeader);
      if (!asked) throw malformedScopeHeader();
      if (!sameScope(asked, scope))
        throw new AppError('FORBIDDEN', `This API key is scoped to ${formatScope(scope)}`, ['x-rapor-scope']);
    }
    const principal: Principal = {
      userId: null,
      role: 'api_key',
      provinceId: key.provinceId,
      regionId: key.regionId,
      apiKeyId: key.id,
    };
    return Authentication.ofSession(principal, { kind: 'api_key', apiKeyId: key.id, scope });
  }

  async create(
    ctx: RequestContext,
    input: { name: string; provinceCode?: string | null; regionCode?: string | null; expiresAt?: Date | null },
  ): Promise<CreatedApiKey> {
    const scope = keyScopeFrom(input);
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
      throw new AppError('BAD_USER_INPUT', 'expiresAt must be in the future', ['expiresAt']);
    }
    if (!mayManageApiKeys(ctx.principal, scope) || !ctx.principal.userId) {
      throw new AppError('FORBIDDEN', `You may not create API keys for ${formatScope(scopeOfKey(scope))}`);
    }
    const secret = generateApiKeySecret();
    const id = randomUUID();
    await this.keys.insert({
      id,
      name: input.name.trim(),
      hash: sha256(secret),
      displayPrefix: apiKeyDisplayPrefix(secret),
      provinceId: scope.provinceId,
      regionId: scope.regionId,
      createdBy: ctx.principal.userId,
      expiresAt: input.expiresAt ?? null,
    });
    const row = await this.keys.byId(id);
    if (!row) throw notFound('API key');
    return { apiKey: toApiKey(row), secret };
  }

  /** Keys the caller can see (row-level security decides), newest first. */
  async list(
    _ctx: RequestContext,
    filter: { provinceCode?: string | null; regionCode?: string | null; includeRevoked: boolean },
  ): Promise<ApiKey[]> {
    const rows = await this.keys.list({
      provinceId: filter.provinceCode ?? null,
      regionId: filter.regionCode ?? null,
      includeRevoked: filter.includeRevoked,
    });
    const now = new Date();
    return rows.map((r) => toApiKey(r, now));
  }

  /** Revokes a key at once. NOT_FOUND when it is not visible to the caller. */
  async revoke(ctx: RequestContext, id: string): Promise<ApiKey> {
    const row = await this.keys.byId(id);
    if (!row) throw notFound('API key', 'id');
    if (!mayManageApiKeys(ctx.principal, row)) throw new AppError('FORBIDDEN', 'You may not revoke this API key');
    await this.keys.revoke(id);
    const revoked = await this.keys.byId(id);
    if (!revoked) throw notFound('API key', 'id');
    return toApiKey(revoked);
  }
}
