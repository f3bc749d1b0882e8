import { AppError, type Principal, type Role } from '@rapor/db';

/**
 * Everything a caller can be allowed to do. Every GraphQL root field and HTTP route declares
 * one of these with `@Access(...)`; services check the same names against the target they
 * load (`requireAccess`). Row-level security enforces the same rules underneath.
 */
export enum Permission {
  // Open to everyone, signed in or not.
  ReferenceRead = 'REFERENCE_READ',
  HealthRead = 'HEALTH_READ',
  SessionStart = 'SESSION_START',
  SessionEnd = 'SESSION_END',
  // The signed-in person's own account, even with a temporary password.
  AccountRead = 'ACCOUNT_READ',
  PasswordChange = 'PASSWORD_CHANGE',
  // Accounts and API keys.
  UserRead = 'USER_READ',
  UserManage = 'USER_MANAGE',
  ApiKeyManage = 'API_KEY_MANAGE',
  // Frameworks.
  FrameworkRead = 'FRAMEWORK_READ',
  FrameworkManage = 'FRAMEWORK_MANAGE',
  // The flow of a period.
  PeriodRead = 'PERIOD_READ',
  PeriodManage = 'PERIOD_MANAGE',
  PeriodPublish = 'PERIOD_PUBLISH',
  ValueRead = 'VALUE_READ',
  SubmissionRead = 'SUBMISSION_READ',
  ValueEnter = 'VALUE_ENTER',
  ValueSubmit = 'VALUE_SUBMIT',
  ValueReview = 'VALUE_REVIEW',
  ResultsPublishedRead = 'RESULTS_PUBLISHED_READ',
  OfficialResultsImport = 'OFFICIAL_RESULTS_IMPORT',
  NationalResultsImport = 'NATIONAL_RESULTS_IMPORT',
  NationalResultsExport = 'NATIONAL_RESULTS_EXPORT',
  SubmissionRemind = 'SUBMISSION_REMIND',
  // A person's own notifications and their e-mail preferences.
  NotificationRead = 'NOTIFICATION_READ',
  // Boards and insights.
  LeaderboardRead = 'LEADERBOARD_READ',
  LeaderboardProvisionalRead = 'LEADERBOARD_PROVISIONAL_READ',
  NationalLeaderboardRead = 'NATIONAL_LEADERBOARD_READ',
  RegionProfileRead = 'REGION_PROFILE_READ',
  WhatIfRead = 'WHAT_IF_READ',
  InnovationBoardRead = 'INNOVATION_BOARD_READ',
  PeerGroupRead = 'PEER_GROUP_READ',
  PeerGroupManage = 'PEER_GROUP_MANAGE',
  // A region's private rows.
  UnitRead = 'UNIT_READ',
  UnitManage = 'UNIT_MANAGE',
  TargetRead = 'TARGET_READ',
  TargetManage = 'TARGET_MANAGE',
  InnovationRead = 'INNOVATION_READ',
  InnovationEdit = 'INNOVATION_EDIT',
  InnovationForward = 'INNOVATION_FORWARD',
  InnovationStageRecord = 'INNOVATION_STAGE_RECORD',
  AuditRead = 'AUDIT_READ',
  // Reports.
  ReportRead = 'REPORT_READ',
  SavedReportRead = 'SAVED_REPORT_READ',
  SavedReportManage = 'SAVED_REPORT_MANAGE',
}

/**
 * How far a role's grant reaches from the principal's own scope to a target:
 * `anywhere`; the principal's `province`; its `region`; or `own`, its narrowest scope
 * (its region when it has one, else its province: a region-scoped API key stays in its region).
 */
export type Reach = 'anywhere' | 'province' | 'region' | 'own';

/**
 * Who may reach a permission: `anyone` (anonymous callers too), `account` (any signed-in
 * person in any scope or none, even with a temporary password, never an API key), or the
 * roles allowed and how far each one reaches.
 */
export type Audience = 'anyone' | 'account' | Readonly<Partial<Record<Role, Reach>>>;

export interface PermissionRule {
  readonly audience: Audience;
  /** Who is allowed, in words, for FORBIDDEN messages. */
  readonly who: string;
}

// Named audiences the table reuses.
const SIGNED_IN: Audience = {
  operator: 'anywhere',
  reviewer: 'anywhere',
  region_admin: 'anywhere',
  region_editor: 'anywhere',
  region_viewer: 'anywhere',
  api_key: 'anywhere',
};
const PEOPLE: Audience = {
  operator: 'anywhere',
  reviewer: 'anywhere',
  region_admin: 'anywhere',
  region_editor: 'anywhere',
  region_viewer: 'anywhere',
};
const MANAGERS: Audience = { operator: 'anywhere', reviewer: 'province', region_admin: 'region' };
const OPERATORS: Audience = { operator: 'anywhere' };
const REVIEWERS: Audience = { operator: 'anywhere', reviewer: 'province' };
const PROVINCE_MEMBERS: Audience = {
  operator: 'anywhere',
  reviewer: 'province',
  region_admin: 'province',
  region_editor: 'province',
  region_viewer: 'province',
  api_key: 'province',
};
const REGION_TEAM: Audience = { operator: 'anywhere', reviewer: 'province', region_admin: 'region', region_editor: 'region', region_viewer: 'region' };
const REGION_ADMINS: Audience = { operator: 'anywhere', region_admin: 'region' };
const REGION_EDITORS: Audience = { operator: 'anywhere', region_admin: 'region', region_editor: 'region' };
const REGION_OVERSEERS: Audience = { operator: 'anywhere', reviewer: 'province', region_admin: 'region' };

const rule = (audience: Audience, who: string): PermissionRule => ({ audience, who });
const signedIn = rule(SIGNED_IN, 'anyone signed in (or an API key)');
const reviewers = rule(REVIEWERS, 'the province’s reviewers or an operator');
const regionTeam = rule(REGION_TEAM, 'the region’s team, its province’s reviewers or an operator');
const overseers = rule(REGION_OVERSEERS, 'the region’s admin, its province’s reviewers or an operator');

/** The rule book: who may do what, and how far. A change here is a change of who can reach what. */
export const PERMISSIONS: Readonly<Record<Permission, PermissionRule>> = {
  [Permission.ReferenceRead]: rule('anyone', 'anyone'),
  [Permission.HealthRead]: rule('anyone', 'anyone'),
  [Permission.SessionStart]: rule('anyone', 'anyone'),
  [Permission.SessionEnd]: rule('anyone', 'anyone'),
  [Permission.AccountRead]: rule('account', 'a signed-in person'),
  [Permission.PasswordChange]: rule('account', 'a signed-in person'),
  [Permission.UserRead]: rule(PEOPLE, 'a signed-in person acting in a scope'),
  [Permission.UserManage]: rule(MANAGERS, 'an operator, a province reviewer or a region admin'),
  [Permission.ApiKeyManage]: rule(MANAGERS, 'an operator, a province reviewer or a region admin'),
  [Permission.FrameworkRead]: signedIn,
  [Permission.FrameworkManage]: rule(OPERATORS, 'platform operators'),
  [Permission.PeriodRead]: signedIn,
  [Permission.PeriodManage]: reviewers,
  [Permission.PeriodPublish]: reviewers,
  [Permission.ValueRead]: signedIn,
  // Whose submission list a caller sees in full (reviewers) or for its own region (its team).
  [Permission.SubmissionRead]: regionTeam,
  [Permission.ValueEnter]: rule({ region_admin: 'region', region_editor: 'region' }, 'an editor or admin of the region'),
  [Permission.ValueSubmit]: rule({ region_admin: 'region' }, 'an admin of the region'),
  [Permission.ValueReview]: reviewers,
  [Permission.ResultsPublishedRead]: signedIn,
  [Permission.OfficialResultsImport]: reviewers,
  [Permission.NationalResultsImport]: rule(OPERATORS, 'platform operators'),
  [Permission.NationalResultsExport]: rule(OPERATORS, 'platform operators'),
  [Permission.SubmissionRemind]: reviewers,
  [Permission.NotificationRead]: rule(PEOPLE, 'a signed-in person acting in a scope'),
  [Permission.LeaderboardRead]: rule(PROVINCE_MEMBERS, 'those with access to the province'),
  [Permission.LeaderboardProvisionalRead]: rule(REVIEWERS, 'the province’s reviewers'),
  [Permission.NationalLeaderboardRead]: signedIn,
  [Permission.RegionProfileRead]: rule(
    { ...REGION_TEAM, api_key: 'own' },
    'the region’s own team and its province’s reviewers',
  ),
  [Permission.WhatIfRead]: rule({ ...REGION_TEAM, api_key: 'region' }, 'the region’s own team and its province’s reviewers'),
  [Permission.InnovationBoardRead]: rule(PROVINCE_MEMBERS, 'those with access to the province'),
  [Permission.PeerGroupRead]: rule(PROVINCE_MEMBERS, 'those with access to the province'),
  [Permission.PeerGroupManage]: rule(REVIEWERS, 'the province’s reviewers'),
  [Permission.UnitRead]: regionTeam,
  [Permission.UnitManage]: rule(REGION_ADMINS, 'the region’s admin or an operator'),
  [Permission.TargetRead]: regionTeam,
  [Permission.TargetManage]: overseers,
  [Permission.InnovationRead]: regionTeam,
  [Permission.InnovationEdit]: rule(REGION_EDITORS, 'the region’s admins and editors or an operator'),
  [Permission.InnovationForward]: rule(REGION_ADMINS, 'the region’s admin or an operator'),
  [Permission.InnovationStageRecord]: overseers,
  [Permission.AuditRead]: overseers,
  [Permission.ReportRead]: signedIn,
  [Permission.SavedReportRead]: signedIn,
  [Permission.SavedReportManage]: rule(
    { operator: 'anywhere', reviewer: 'province', region_admin: 'region', region_editor: 'region', region_viewer: 'region' },
    'the scope’s reviewers or its region’s team',
  ),
};

/** What a permission is checked against: a region, or a whole province. */
export type AccessTarget = { readonly regionCode: string } | { readonly provinceCode: string };

/** The province code of a region code ("19.71" → "19"). */
export function provinceOf(regionCode: string): string {
  return regionCode.slice(0, 2);
}

function reaches(p: Principal, reach: Reach, target: AccessTarget): boolean {
  const regionCode = 'regionCode' in target ? target.regionCode : null;
  const provinceCode = regionCode !== null ? provinceOf(regionCode) : (target as { provinceCode: string }).provinceCode;
  const inProvince = p.provinceId !== null && p.provinceId === provinceCode;
  const inRegion = p.regionId !== null && regionCode !== null && p.regionId === regionCode;
  switch (reach) {
    case 'anywhere':
      return true;
    case 'province':
      return inProvince;
    case 'region':
      return inRegion;
    case 'own':
      return p.regionId !== null ? inRegion : inProvince;
  }
}

/** The roles a permission admits (none for `anyone` and `account`, which are not about roles). */
export function rolesOf(permission: Permission): Role[] {
  const { audience } = PERMISSIONS[permission];
  return typeof audience === 'string' ? [] : (Object.keys(audience) as Role[]);
}

/**
 * May this principal do this — to this region or province, when given? Without a target only
 * the role is checked (the guard's question before anything is loaded). `anyone` and
 * `account` permissions are answered by the guard, which knows the session; here they are
 * true for anyone and for a signed-in person respectively.
 */
export function may(p: Principal, permission: Permission, target?: AccessTarget): boolean {
  const { audience } = PERMISSIONS[permission];
  if (audience === 'anyone') return true;
  if (audience === 'account') return p.userId !== null && p.role !== 'api_key';
  const reach = p.role ? audience[p.role] : undefined;
  if (!reach) return false;
  return target === undefined || reaches(p, reach, target);
}

function targetText(target: AccessTarget): string {
  return 'regionCode' in target ? `region ${target.regionCode}` : `province ${target.provinceCode}`;
}

/**
 * Throws unless the principal holds `permission` (on `target` when given): UNAUTHENTICATED
 * for callers who are not signed in, FORBIDDEN (naming `field`) otherwise. The first line of a
 * service method whose target is known only from its arguments or after loading.
 */
export function requireAccess(p: Principal, permission: Permission, target?: AccessTarget, field?: string): void {
  if (may(p, permission, target)) return;
  if (!p.role) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  const where = target ? ` for ${targetText(target)}` : '';
  throw new AppError('FORBIDDEN', `Only ${PERMISSIONS[permission].who} may do this${where}`, field ? [field] : []);
}
