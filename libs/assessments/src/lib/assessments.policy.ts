import { AppError, oversees, type Principal } from '@rapor/db';

// Who may do what in the flow of a period. Row-level security enforces the same rules in the
// database; these checks give clear errors first.

/** Operators, or reviewers of the province. */
export function assertReviewerOf(p: Principal, provinceCode: string): void {
  if (oversees(p, provinceCode)) return;
  throw new AppError('FORBIDDEN', `Only a reviewer of province ${provinceCode} (or an operator) may do this`);
}

/** The region's editors and admins. */
export function assertEditorOf(p: Principal, regionCode: string): void {
  if ((p.role === 'region_editor' || p.role === 'region_admin') && p.regionId === regionCode) return;
  throw new AppError('FORBIDDEN', `Only an editor or admin of region ${regionCode} may enter its values`, ['regionCode']);
}

/** The region's admins. */
export function assertAdminOf(p: Principal, regionCode: string): void {
  if (p.role === 'region_admin' && p.regionId === regionCode) return;
  throw new AppError('FORBIDDEN', `Only an admin of region ${regionCode} may submit its values`, ['regionCode']);
}

/** Anyone signed in (or an API key). */
export function assertSignedIn(p: Principal): void {
  if (!p.role) throw new AppError('UNAUTHENTICATED', 'Sign in first');
}
