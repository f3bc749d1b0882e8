import { Injectable } from '@nestjs/common';
import { AppError, notFound } from '@rapor/db';
import type { RequestContext } from '@rapor/platform';
import { provinceOf, requireAccess, type Permission } from './permissions';
import { RegionScopeRepository } from './region-scope.repository';

/** A region the caller was allowed to act on. */
export interface ScopedRegion {
  code: string;
  provinceCode: string;
}

/** Checks, before any tenant row is touched, that a region exists and the caller may act on it. */
@Injectable()
export class RegionScopeService {
  constructor(private readonly repository: RegionScopeRepository) {}

  /**
   * Signed in (UNAUTHENTICATED), the region exists (NOT_FOUND on `field`, regions are public so
   * this reveals nothing), and the caller holds `permission` on it (FORBIDDEN).
   */
  async require(ctx: RequestContext, regionCode: string, permission: Permission, field = 'regionCode'): Promise<ScopedRegion> {
    if (!ctx.principal.role) throw new AppError('UNAUTHENTICATED', 'Sign in first');
    if (!(await this.repository.regionExists(regionCode))) throw notFound(`Region ${regionCode}`, field);
    requireAccess(ctx.principal, permission, { regionCode });
    return { code: regionCode, provinceCode: provinceOf(regionCode) };
  }
}
