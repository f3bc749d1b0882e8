import type { Principal } from '@rapor/db';

/** Principals for tests; codes are real Kemendagri codes. */
export const operator: Principal = { userId: null, role: 'operator', provinceId: null, regionId: null };
export const reviewerOf = (provinceId: string): Principal => ({ userId: null, role: 'reviewer', provinceId, regionId: null });
export const regionRole = (role: 'region_admin' | 'region_editor' | 'region_viewer', regionId: string): Principal => ({
  userId: null,
  role,
  provinceId: regionId.slice(0, 2),
  regionId,
});
export const apiKeyFor = (provinceId: string, regionId: string | null = null): Principal => ({
  userId: null,
  role: 'api_key',
  provinceId,
  regionId,
  apiKeyId: null,
});
