import { Injectable } from '@nestjs/common';
import { AppError, notFound, oversees, type Principal, type Role } from '@rapor/db';
import type { RequestContext } from '@rapor/platform';
import { RegionsService } from '@rapor/regions';

const TEAM_ROLES: readonly Role[] = ['region_admin', 'region_editor', 'region_viewer'];
const EDITOR_ROLES: readonly Role[] = ['region_admin', 'region_editor'];

/** The province code of a region code ("19.71" → "19"). */
export function provinceOf(regionCode: string): string {
  return regionCode.slice(0, 2);
}

const inRegion = (p: Principal, regionCode: string, roles: readonly Role[]) =>
  p.role !== null && roles.includes(p.role) && p.regionId === regionCode;

/**
 * What a principal may do with a region's private rows (units, targets, innovations, audit),
 * as the services check it up front for a clear error. The database policies enforce the same
 * (app_team_region_id, app_admin_region_id, app_editor_region_id, app_review_province_id).
 */
export const REGION_PERMISSIONS = {
  /** The region's team, its province's reviewers, operators. API keys never: the rows are private. */
  read: (p: Principal, r: string) => oversees(p, provinceOf(r)) || inRegion(p, r, TEAM_ROLES),
  /** The region's admin (Bagian Organisasi) or an operator. */
  manage: (p: Principal, r: string) => p.role === 'operator' || inRegion(p, r, ['region_admin']),
  /** The region's admins and editors, or an operator. */
  edit: (p: Principal, r: string) => p.role === 'operator' || inRegion(p, r, EDITOR_ROLES),
  /** The region's admin, its province's reviewers, or an operator: who oversees a region's work (KIPP stages, audit log). */
  oversee: (p: Principal, r: string) => oversees(p, provinceOf(r)) || inRegion(p, r, ['region_admin']),
} as const;

export type RegionPermission = keyof typeof REGION_PERMISSIONS;

const DESCRIBED: Record<RegionPermission, string> = {
  read: 'the region’s team, its province’s reviewers or an operator',
  manage: 'the region’s admin or an operator',
  edit: 'the region’s admins and editors or an operator',
  oversee: 'the region’s admin, its province’s reviewers or an operator',
};

/** Throws UNAUTHENTICATED for a caller who is not signed in. */
export function requireSignedIn(ctx: RequestContext, what: string): void {
  if (!ctx.principal.role) throw new AppError('UNAUTHENTICATED', `Sign in to ${what}`);
}

/** A region the caller was allowed to act on. */
export interface ScopedRegion {
  code: string;
  provinceCode: string;
}

/** Checks, before any tenant row is touched, that a region exists and the caller may act on it. */
@Injectable()
export class RegionScopeService {
  constructor(private readonly regions: RegionsService) {}

  /**
   * Signed in (UNAUTHENTICATED), the region exists (NOT_FOUND on `field`, regions are public so
   * this reveals nothing), and the caller holds `permission` on it (FORBIDDEN).
   */
  async require(
    ctx: RequestContext,
    regionCode: string,
    permission: RegionPermission,
    what: string,
    field = 'regionCode',
  ): Promise<ScopedRegion> {
    requireSignedIn(ctx, what);
    const region = await this.regions.region(ctx, regionCode).catch((error: unknown) => {
      throw error instanceof AppError && error.code === 'NOT_FOUND' ? notFound(`Region ${regionCode}`, field) : error;
    });
    if (!REGION_PERMISSIONS[permission](ctx.principal, region.code)) {
      throw new AppError('FORBIDDEN', `Only ${DESCRIBED[permission]} can ${what} of region ${region.code}`);
    }
    return { code: region.code, provinceCode: region.provinceCode };
  }

  /** Number of kabupaten/kota in a province (the lowest possible rank), batched per request. */
  async regionCount(ctx: RequestContext, provinceCode: string): Promise<number> {
    return (await this.regions.regionsOfProvince(ctx, provinceCode, null)).length;
  }
}
