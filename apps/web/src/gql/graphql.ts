/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What happened to the record: created, changed or removed. */
export type AuditAction =
  /** The record was removed. */
  | 'DELETE'
  /** The record was created. */
  | 'INSERT'
  /** The record was changed. */
  | 'UPDATE';

/** A new password for the signed-in person. */
export type ChangePasswordInput = {
  /** The password in use now. */
  currentPassword: string;
  /** The new password: 12 to 256 characters. */
  newPassword: string;
};

/** A new read-only API key: a name and exactly one of provinceCode or regionCode. */
export type CreateApiKeyInput = {
  /** When the key stops working (in the future); none by default. */
  expiresAt?: string | null | undefined;
  /** What the key is for. */
  name: string;
  /** A province-wide key, e.g. "19". */
  provinceCode?: string | null | undefined;
  /** A key limited to one region, e.g. "19.71". */
  regionCode?: string | null | undefined;
};

/** A new innovation of a region, recorded as a draft. */
export type CreateInnovationInput = {
  /** What it changes for the public (up to 10,000 characters). */
  description?: string | null | undefined;
  /** Kemendagri code of the region, e.g. "19.71". */
  regionCode: string;
  /** Title (3–300 characters). */
  title: string;
  /** Id of the OPD or service unit that runs it, in the same region. */
  unitId?: string | number | null | undefined;
  /** Competition year. */
  year: number;
};

/** A new account and the role it starts with, inside the creator’s scope. */
export type CreateUserInput = {
  /** Name shown to others. */
  displayName: string;
  /** Sign-in email; unique, compared without case. */
  email: string;
  /** Province of a REVIEWER, e.g. "19". */
  provinceCode?: string | null | undefined;
  /** Region of a REGION_* role, e.g. "19.71". */
  regionCode?: string | null | undefined;
  /** The role the account starts with. */
  role: MembershipRole;
};

/** REGION: scores a whole kabupaten/kota. UNIT: scores each service unit (OPD), rolled up to the region. */
export type FrameworkLevel =
  /** Scores a whole kabupaten/kota. */
  | 'REGION'
  /** Scores each service unit (OPD), rolled up to the region. */
  | 'UNIT';

/** A role for an existing account, found by email, inside the granter’s scope. */
export type GrantMembershipInput = {
  /** Email of the account. */
  email: string;
  /** Province of a REVIEWER, e.g. "19". */
  provinceCode?: string | null | undefined;
  /** Region of a REGION_* role, e.g. "19.71". */
  regionCode?: string | null | undefined;
  /** The role to grant; a region role replaces the account’s other role in that region. */
  role: MembershipRole;
};

/** DRAFT: being written in the OPD. SUBMITTED: handed to the region’s Bagian Organisasi. FORWARDED: entered in the national competition (KIPP); the stage it reached is recorded on it. */
export type InnovationStatus =
  /** Being written in the OPD. */
  | 'DRAFT'
  /** Entered in the national competition (KIPP); the stage it reached is recorded on it. */
  | 'FORWARDED'
  /** Handed to the region’s Bagian Organisasi. */
  | 'SUBMITTED';

/** A role a person holds on the platform, in a province, or in a kab/kota. */
export type MembershipRole =
  /** Platform operator: onboards provinces, maintains frameworks, manages all users. */
  | 'OPERATOR'
  /** Region admin: manages the region’s users, units and API keys; enters values. */
  | 'REGION_ADMIN'
  /** Region editor: enters the region’s values and evidence. */
  | 'REGION_EDITOR'
  /** Region viewer: reads the region’s data. */
  | 'REGION_VIEWER'
  /** Province reviewer (Biro Organisasi): reads every region of the province, verifies, publishes. */
  | 'REVIEWER';

/** What a notification is about. */
export type NotificationKind =
  /** My region’s published result fell below its target (also told to the province’s reviewers). */
  | 'BELOW_TARGET'
  /** The entry deadline is tomorrow (or today) and my region has not submitted. */
  | 'DEADLINE_1'
  /** The entry deadline is within 7 days and my region has not submitted. */
  | 'DEADLINE_7'
  /** A period was opened for my region. */
  | 'PERIOD_OPENED'
  /** A period was published: my region’s rank, category and the change from the previous published year. */
  | 'PERIOD_PUBLISHED'
  /** A province reviewer reminded my region to submit. */
  | 'REMINDER'
  /** A reviewer returned my region’s submission (or a value of it) with a comment. */
  | 'SUBMISSION_RETURNED'
  /** A reviewer corrected one of my region’s values (original → new, with the reason). */
  | 'VALUE_CORRECTED';

/** Opens a period. */
export type OpenPeriodInput = {
  /** Submission deadline, ISO date (YYYY-MM-DD). */
  deadline?: string | null | undefined;
  /** Framework code, e.g. "RB". */
  frameworkCode: string;
  /** Province code, e.g. "19". */
  provinceCode: string;
  /** Framework version; by default the one covering the year. */
  version?: string | null | undefined;
  /** Evaluation year. */
  year: number;
};

/** A target to reach: a category, a rank, or both. */
export type PathToTargetInput = {
  /** What to start from and rank against; PUBLISHED when not given. */
  basis?: WhatIfBasis | null | undefined;
  /** Framework code (with year, when no periodId is given). */
  frameworkCode?: string | null | undefined;
  /** The period; or give frameworkCode and year instead. */
  periodId?: string | number | null | undefined;
  /** Deprecated, kept for existing clients: true is basis PROVISIONAL. */
  provisional?: boolean;
  /** Region code. What-ifs are for the region’s own team, the province’s reviewers and operators (others: FORBIDDEN). */
  regionCode: string;
  /** Target category: a band code of the year’s scheme, e.g. "A". Without a category and a rank, the region’s saved target for the framework and year. */
  targetCategory?: string | null | undefined;
  /** Target rank among the province’s regions (1 = first). */
  targetRank?: number | null | undefined;
  /** Evaluation year (with frameworkCode, when no periodId is given). */
  year?: number | null | undefined;
};

/** A new peer group. */
export type PeerGroupInput = {
  /** Name, unique in the province. */
  name: string;
  /** Province code. */
  provinceCode: string;
  /** Region codes of the province (1–100). */
  regionCodes: Array<string>;
};

/** OPEN: regions enter and submit. IN_REVIEW: entry closed, reviewers verify. PUBLISHED: frozen and visible province-wide. AMENDED: reopened by reviewers for corrections. */
export type PeriodState =
  /** Reopened by reviewers for corrections (the earlier publication stays visible). */
  | 'AMENDED'
  /** Entry closed, reviewers verify. */
  | 'IN_REVIEW'
  /** Regions enter and submit. */
  | 'OPEN'
  /** Frozen and visible province-wide. */
  | 'PUBLISHED';

/** Whether a region is a kabupaten (regency) or a kota (city). */
export type RegionKind =
  /** A regency (kabupaten). */
  | 'KABUPATEN'
  /** A city (kota). */
  | 'KOTA';

/** Registers a webhook for an API key you created. */
export type RegisterWebhookInput = {
  /** The API key whose events it receives (one you created, not revoked). */
  apiKeyId: string | number;
  /** A note for yourself, up to 200 characters. */
  description?: string | null | undefined;
  /** Where to POST events: https (http outside production); never a private, loopback or link-local address. */
  url: string;
};

/** ACCEPT the value; CORRECT it (new value and reason, the original kept); RETURN it to the region with a comment. */
export type ReviewAction =
  /** Accept the value as submitted. */
  | 'ACCEPT'
  /** Replace the value (new value and reason; the original is kept). */
  | 'CORRECT'
  /** Send the value back to the region with a comment. */
  | 'RETURN';

/** A reviewer’s decision on one value. */
export type ReviewValueInput = {
  /** ACCEPT, CORRECT or RETURN. */
  action: ReviewAction;
  /** Comment for the region (required for RETURN). */
  comment?: string | null | undefined;
  /** Why the value is corrected (CORRECT). */
  reason?: string | null | undefined;
  /** The corrected value (CORRECT). */
  value?: number | null | undefined;
  /** Value id. */
  valueId: string | number;
};

/** The membership to take away. */
export type RevokeMembershipInput = {
  /** Where: "operator", "province:19" or "region:19.71" (as in `Membership.scope`). */
  scope: string;
  /** The account. */
  userId: string | number;
};

/** Draft values of a region for a period: all saved, or none. */
export type SaveValuesInput = {
  /** Period id. */
  periodId: string | number;
  /** Region code, e.g. "19.71". */
  regionCode: string;
  /** The values (at most 2,000). */
  rows: Array<ValueInput>;
};

/** Which scores to read; every condition given must hold. Row-level security decides what you may see at all. */
export type ScoreFilterInput = {
  /** Only these categories (published, else computed), e.g. ["A", "BB"]. */
  categories?: Array<string> | null | undefined;
  /** Only these frameworks, e.g. ["SAKIP", "RB"]. */
  frameworks?: Array<string> | null | undefined;
  /** Keep generated demo periods even where real published data of the same framework and year exists (left out by default; demo rows always say demo: true). */
  includeDemo?: boolean | null | undefined;
  /** Only kabupaten or only kota. */
  kind?: RegionKind | null | undefined;
  /** Only these nodes: "*" for composites, or area and indicator codes. */
  nodes?: Array<string> | null | undefined;
  /** Only periods in these states. */
  periodStates?: Array<PeriodState> | null | undefined;
  /** Only these provinces, e.g. ["35"]. */
  provinces?: Array<string> | null | undefined;
  /** Only these regions, e.g. ["35.78", "35.27"]. */
  regions?: Array<string> | null | undefined;
  /** Published and/or provisional scores; PUBLISHED only by default. */
  status?: Array<ScoreStatus> | null | undefined;
  /** From this year on (inclusive). */
  yearFrom?: number | null | undefined;
  /** Up to this year (inclusive). */
  yearTo?: number | null | undefined;
};

/** Whether a score is frozen by publication or still provisional. */
export type ScoreStatus =
  /** The current computed result of a period not (or no longer) published: visible only to the region’s own team, its province’s reviewers and operators; never to API keys. */
  | 'PROVISIONAL'
  /** The latest published revision of a period: visible to everyone scoped to the province (API keys included). */
  | 'PUBLISHED';

/** Where a region is in a period: NOT_STARTED (no value saved yet), DRAFT, SUBMITTED, RETURNED or VERIFIED. */
export type SubmissionState =
  /** The region is entering values; nothing submitted yet. */
  | 'DRAFT'
  /** The region has saved no value in the period yet (and nothing was imported for it). */
  | 'NOT_STARTED'
  /** A reviewer sent values back with a comment (see returnComment). */
  | 'RETURNED'
  /** Submitted: values locked, awaiting review. */
  | 'SUBMITTED'
  /** Every value is verified (reviewed, or imported as official). */
  | 'VERIFIED';

/** Changes to a draft innovation; omitted fields stay as they are, null clears unit or description. */
export type UpdateInnovationInput = {
  /** New description; null clears it. */
  description?: string | null | undefined;
  /** Id of the innovation. */
  id: string | number;
  /** Kemendagri code of the region, e.g. "19.71". */
  regionCode: string;
  /** New title (3–300 characters). */
  title?: string | null | undefined;
  /** New unit; null clears it. */
  unitId?: string | number | null | undefined;
  /** New competition year. */
  year?: number | null | undefined;
};

/** Changes a webhook; omitted fields stay. */
export type UpdateWebhookInput = {
  /** New note. */
  description?: string | null | undefined;
  /** False disables it (no new deliveries), true enables it again. */
  enabled?: boolean | null | undefined;
  /** Webhook id. */
  id: string | number;
  /** New URL (checked as at registration). */
  url?: string | null | undefined;
};

/** One value to save as a draft. */
export type ValueInput = {
  /** Note about the evidence (at most 4,000 characters). */
  evidenceNote?: string | null | undefined;
  /** Document reference (number, file name; at most 500 characters). */
  evidenceRef?: string | null | undefined;
  /** Link to the evidence (http or https, at most 2,000 characters). */
  evidenceUrl?: string | null | undefined;
  /** Indicator (leaf) code of the period’s framework. */
  nodeCode: string;
  /** Service unit (unit-level frameworks only); checked by the service with the rest of the row. */
  unitId?: string | number | null | undefined;
  /** The value on the indicator’s scale. */
  value: number;
};

/** DRAFT: the region edits. SUBMITTED: locked, awaiting review. RETURNED: sent back with a comment. VERIFIED: accepted or corrected by a reviewer, or imported as official. */
export type ValueState =
  /** The region edits. */
  | 'DRAFT'
  /** Sent back to the region with a comment. */
  | 'RETURNED'
  /** Locked, awaiting review. */
  | 'SUBMITTED'
  /** Accepted or corrected by a reviewer, or imported as official. */
  | 'VERIFIED';

/** Where a webhook delivery stands. */
export type WebhookDeliveryState =
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Given up after 8 attempts. */
  | 'FAILED'
  /** Not yet delivered: retried with backoff (30 s doubling, at most an hour). */
  | 'PENDING';

/** A change of an area (or sub-component) for a what-if: "raise Pengukuran Kinerja by 3 points". */
export type WhatIfAreaChange = {
  /** Points to add to the area’s value on its own scale (negative to lower it). Spread over its indicators by their room: each closes the same share of its room to the best end of its scale, rounded up to the indicator’s precision. */
  delta: number;
  /** Area or sub-component code (a leaf code changes that leaf). */
  nodeCode: string;
};

/** What a what-if starts from and ranks against. */
export type WhatIfBasis =
  /** The region’s current values in the period, drafts included (its own team and the province’s reviewers), ranked on the last published board of the framework in the province up to that year; no other region’s unpublished value is read. */
  | 'DRAFT'
  /** Submitted and verified values, ranked on the other regions’ provisional results (the province’s reviewers only). */
  | 'PROVISIONAL'
  /** The region’s published indicator values, ranked on the period’s published board. */
  | 'PUBLISHED';

/** A changed indicator value for a what-if. */
export type WhatIfChange = {
  /** Indicator (leaf) code. */
  nodeCode: string;
  /** The value to try, on the indicator’s scale. */
  value: number;
};

/** A what-if question. */
export type WhatIfInput = {
  /** Changed areas (at most 50), applied in order before the indicator changes. */
  areaChanges?: Array<WhatIfAreaChange>;
  /** What to start from and rank against; PUBLISHED when not given. */
  basis?: WhatIfBasis | null | undefined;
  /** Changed indicator values (at most 200); they win over area changes for the same indicator. */
  changes?: Array<WhatIfChange>;
  /** Framework code (with year, when no periodId is given). */
  frameworkCode?: string | null | undefined;
  /** The period; or give frameworkCode and year instead. */
  periodId?: string | number | null | undefined;
  /** Deprecated, kept for existing clients: true is basis PROVISIONAL. */
  provisional?: boolean;
  /** Region code. What-ifs are for the region’s own team, the province’s reviewers and operators (others: FORBIDDEN). */
  regionCode: string;
  /** Evaluation year (with frameworkCode, when no periodId is given). */
  year?: number | null | undefined;
};

export type AdminPlacesQueryVariables = Exact<{
  provinceCode: string;
}>;


export type AdminPlacesQuery = { province: { code: string, name: string, regions: Array<{ code: string, name: string }> } };

export type AdminProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminProvincesQuery = { provinces: Array<{ code: string, name: string }> };

export type AdminUsersQueryVariables = Exact<{
  provinceCode?: string | null | undefined;
  regionCode?: string | null | undefined;
}>;


export type AdminUsersQuery = { users: Array<{ id: string, email: string, displayName: string, isOperator: boolean, disabled: boolean, disabledAt: string | null, mustChangePassword: boolean, createdAt: string, memberships: Array<{ role: MembershipRole, scope: string, provinceCode: string | null, regionCode: string | null, grantedAt: string | null }> }> };

export type AdminCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AdminCreateUserMutation = { createUser: { temporaryPassword: string, user: { id: string, email: string, displayName: string } } };

export type AdminGrantMembershipMutationVariables = Exact<{
  input: GrantMembershipInput;
}>;


export type AdminGrantMembershipMutation = { grantMembership: { id: string } };

export type AdminRevokeMembershipMutationVariables = Exact<{
  input: RevokeMembershipInput;
}>;


export type AdminRevokeMembershipMutation = { revokeMembership: boolean };

export type AdminDisableUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type AdminDisableUserMutation = { disableUser: { id: string, disabled: boolean } };

export type AdminEnableUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type AdminEnableUserMutation = { enableUser: { id: string, disabled: boolean } };

export type AdminApiKeysQueryVariables = Exact<{
  provinceCode?: string | null | undefined;
  regionCode?: string | null | undefined;
  includeRevoked: boolean;
}>;


export type AdminApiKeysQuery = { apiKeys: Array<{ id: string, name: string, prefix: string, scope: string, provinceCode: string, regionCode: string | null, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, active: boolean }> };

export type AdminCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type AdminCreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string, prefix: string } } };

export type AdminRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRevokeApiKeyMutation = { revokeApiKey: { id: string, active: boolean } };

export type AdminSavedReportsQueryVariables = Exact<{
  provinceCode?: string | null | undefined;
  regionCode?: string | null | undefined;
}>;


export type AdminSavedReportsQuery = { savedReports: Array<{ id: string, name: string, description: string | null, scope: string, provinceCode: string, regionCode: string | null, csvPath: string, xlsxPath: string, updatedAt: string }> };

export type AdminRunSavedReportQueryVariables = Exact<{
  name: string;
  scope?: string | null | undefined;
}>;


export type AdminRunSavedReportQuery = { runSavedReport: { errors: Array<{ code: string, message: string }>, table: { columns: Array<string>, rows: Array<Array<unknown>>, demoData: Array<string> } } };

export type AdminDeleteSavedReportMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminDeleteSavedReportMutation = { deleteSavedReport: string };

export type AdminAuditLogQueryVariables = Exact<{
  regionCode?: string | null | undefined;
  entity?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AdminAuditLogQuery = { auditLog: { endCursor: string | null, hasNextPage: boolean, entries: Array<{ id: string, at: string, actorRole: string | null, actorApiKeyId: string | null, provinceCode: string | null, regionCode: string | null, entity: string, action: AuditAction, before: string | null, after: string | null, changedFields: Array<string>, reason: string | null, actor: { displayName: string, email: string } | null, people: Array<{ id: string, displayName: string, email: string }> }> } };

export type AdminWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminWebhooksQuery = { webhooks: Array<{ id: string, apiKeyId: string, url: string, description: string | null, enabled: boolean, createdAt: string }> };

export type AdminWebhookDeliveriesQueryVariables = Exact<{
  webhookId: string | number;
}>;


export type AdminWebhookDeliveriesQuery = { webhookDeliveries: Array<{ id: string, kind: string, state: WebhookDeliveryState, attempts: number, lastStatus: number | null, lastError: string | null, createdAt: string, deliveredAt: string | null, nextAttemptAt: string }> };

export type AdminRegisterWebhookMutationVariables = Exact<{
  input: RegisterWebhookInput;
}>;


export type AdminRegisterWebhookMutation = { registerWebhook: { secret: string, webhook: { id: string, url: string } } };

export type AdminUpdateWebhookMutationVariables = Exact<{
  input: UpdateWebhookInput;
}>;


export type AdminUpdateWebhookMutation = { updateWebhook: { id: string, enabled: boolean } };

export type AdminDeleteWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminDeleteWebhookMutation = { deleteWebhook: boolean };

export type FrameworksQueryVariables = Exact<{ [key: string]: never; }>;


export type FrameworksQuery = { frameworks: Array<{ code: string, version: string, names: { id: string, en: string }, years: { from: number | null, to: number | null }, scale: { min: number, max: number, precision: number, higherIsBetter: boolean }, schemes: Array<{ code: string, years: { from: number | null, to: number | null }, bands: Array<{ code: string, level: number | null, aliases: Array<string>, labels: { id: string, en: string } }> }>, nodes: Array<{ code: string, parentCode: string | null, depth: number, isLeaf: boolean, weight: number, names: { id: string, en: string }, scale: { min: number, max: number, precision: number, higherIsBetter: boolean } }> }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { activeScope: string | null, activeRole: MembershipRole | null, user: { id: string, email: string, displayName: string, mustChangePassword: boolean }, memberships: Array<{ scope: string, role: MembershipRole, provinceCode: string | null, regionCode: string | null }> } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
  scope?: string | null | undefined;
}>;


export type LoginMutation = { login: { accessToken: string, expiresIn: number, scope: string | null } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { accessToken: string, expiresIn: number, scope: string | null } };

export type EntryRegionQueryVariables = Exact<{
  code: string;
}>;


export type EntryRegionQuery = { region: { code: string, name: string, provinceCode: string } };

export type EntryPeriodsQueryVariables = Exact<{
  provinceCode: string;
}>;


export type EntryPeriodsQuery = { periods: Array<{ id: string, frameworkCode: string, frameworkVersion: string, year: number, state: PeriodState, deadline: string | null, isDemo: boolean }> };

export type EntryFrameworkQueryVariables = Exact<{
  code: string;
  version: string;
}>;


export type EntryFrameworkQuery = { framework: { level: FrameworkLevel, nodes: Array<{ code: string, notes: Array<string>, regulation: string }> } };

export type EntryValuesQueryVariables = Exact<{
  periodId: string | number;
  regionCode: string;
}>;


export type EntryValuesQuery = { submissions: Array<{ state: SubmissionState, returnComment: string | null, submittedAt: string | null, verifiedAt: string | null, lastChangedAt: string | null, indicatorsFilled: number, indicatorsTotal: number, returnedValues: number }>, assessmentValues: Array<{ id: string, nodeCode: string, unitId: string | null, value: number | null, originalValue: number | null, correctionReason: string | null, reviewComment: string | null, state: ValueState, evidence: { url: string | null, note: string | null, reference: string | null } }> };

export type EntryUnitsQueryVariables = Exact<{
  regionCode: string;
}>;


export type EntryUnitsQuery = { units: Array<{ id: string, name: string, parentId: string | null }> };

export type SaveEntryValuesMutationVariables = Exact<{
  input: SaveValuesInput;
}>;


export type SaveEntryValuesMutation = { saveValues: Array<{ id: string }> };

export type SubmitRegionValuesMutationVariables = Exact<{
  periodId: string | number;
  regionCode: string;
}>;


export type SubmitRegionValuesMutation = { submitRegionValues: { state: SubmissionState, submittedAt: string | null } };

export type DraftProjectionQueryVariables = Exact<{
  input: WhatIfInput;
}>;


export type DraftProjectionQuery = { whatIf: { value: number | null, category: string | null, rank: number | null, rankedCount: number, boardYear: number | null, complete: boolean, missing: Array<string>, currentValue: number | null, currentRank: number | null } };

export type RegionInnovationsQueryVariables = Exact<{
  regionCode: string;
}>;


export type RegionInnovationsQuery = { innovations: Array<{ id: string, title: string, description: string | null, year: number, status: InnovationStatus, stage: string | null, unitId: string | null, submittedAt: string | null, forwardedAt: string | null, updatedAt: string, unit: { id: string, name: string } | null }>, units: Array<{ id: string, name: string }>, region: { name: string } };

export type CreateInnovationMutationVariables = Exact<{
  input: CreateInnovationInput;
}>;


export type CreateInnovationMutation = { createInnovation: { id: string, status: InnovationStatus } };

export type UpdateInnovationMutationVariables = Exact<{
  input: UpdateInnovationInput;
}>;


export type UpdateInnovationMutation = { updateInnovation: { id: string, status: InnovationStatus } };

export type SubmitInnovationMutationVariables = Exact<{
  id: string | number;
  regionCode: string;
}>;


export type SubmitInnovationMutation = { submitInnovation: { id: string, status: InnovationStatus } };

export type ForwardInnovationMutationVariables = Exact<{
  id: string | number;
  regionCode: string;
}>;


export type ForwardInnovationMutation = { forwardInnovation: { id: string, status: InnovationStatus } };

export type RecordInnovationStageMutationVariables = Exact<{
  id: string | number;
  regionCode: string;
  stage: string;
  source?: string | null | undefined;
}>;


export type RecordInnovationStageMutation = { recordInnovationStage: { id: string, stage: string | null } };

export type NationalPeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type NationalPeriodsQuery = { periods: Array<{ frameworkCode: string, year: number, publishedRevision: number, isDemo: boolean }> };

export type NationalBoardQueryVariables = Exact<{
  frameworkCode: string;
  year: number;
}>;


export type NationalBoardQuery = { nationalLeaderboard: { provinces: Array<{ provinceCode: string, provinceName: string, mean: number | null, median: number | null, regionsWithValue: number, regionsInProvince: number, coveragePercent: number, rankByMean: number | null, unrankedNote: string | null }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type NotificationsPageQueryVariables = Exact<{
  limit: number;
  offset: number;
  unreadOnly: boolean;
}>;


export type NotificationsPageQuery = { notifications: { total: number, unreadCount: number, hasMore: boolean, items: Array<{ id: string, kind: NotificationKind, title: string, body: string, link: string, regionName: string | null, createdAt: string, readAt: string | null }> }, notificationPreferences: Array<{ kind: NotificationKind, email: boolean }> };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type SetNotificationPreferenceMutationVariables = Exact<{
  kind: NotificationKind;
  email: boolean;
}>;


export type SetNotificationPreferenceMutation = { setNotificationPreference: { kind: NotificationKind, email: boolean } };

export type RemindRegionsMutationVariables = Exact<{
  periodId: string | number;
  regionCodes?: Array<string> | string | null | undefined;
}>;


export type RemindRegionsMutation = { remindRegions: { regionCodes: Array<string>, people: number } };

export type ProvincePeriodsQueryVariables = Exact<{
  provinceCode: string;
}>;


export type ProvincePeriodsQuery = { province: { code: string, name: string, regions: Array<{ code: string, name: string, kind: RegionKind }> }, periods: Array<{ id: string, frameworkCode: string, frameworkVersion: string, year: number, state: PeriodState, isDemo: boolean, publishedRevision: number }>, peerGroups: Array<{ id: string, name: string, regionCodes: Array<string> }> };

export type ProvinceLeaderboardQueryVariables = Exact<{
  provinceCode: string;
  frameworkCode: string;
  year: number;
  provisional: boolean;
  kind?: RegionKind | null | undefined;
  peerGroupId?: string | number | null | undefined;
}>;


export type ProvinceLeaderboardQuery = { leaderboard: { frameworkVersion: string, revision: number, median: number | null, previousYear: number | null, comparableWithPrevious: boolean, comparabilityNote: string | null, rows: Array<{ regionCode: string, regionName: string, kind: string, value: number | null, category: string | null, rank: number | null, rankedCount: number, previousRank: number | null, rankChange: number | null, valueChange: number | null, gapToLeader: number | null, gapToNextRankUp: number | null, gapToMedian: number | null, targetCategory: string | null, targetRank: number | null, targetCategoryGap: number | null, targetRankGap: number | null }> } };

export type ProvinceHeatmapQueryVariables = Exact<{
  provinceCode: string;
  frameworkCode: string;
  year: number;
  provisional: boolean;
}>;


export type ProvinceHeatmapQuery = { heatmap: { areas: Array<{ code: string, nameId: string, nameEn: string, weight: number }>, rows: Array<{ regionCode: string, regionName: string, composite: { value: number | null, rank: number | null, quartile: number | null }, cells: Array<{ areaCode: string, value: number | null, rank: number | null, quartile: number | null }> }> } };

export type AreaIndicatorsQueryVariables = Exact<{
  filter: ScoreFilterInput;
}>;


export type AreaIndicatorsQuery = { scores: { nodes: Array<{ regionCode: string, regionName: string, nodeCode: string, nodeNameId: string, nodeNameEn: string, value: number | null, rank: number | null }> } };

export type ProvinceTrailingQueryVariables = Exact<{
  provinceCode: string;
  frameworkCode: string;
  year: number;
  provisional: boolean;
}>;


export type ProvinceTrailingQuery = { trailing: { rankedCount: number, notSubmittedCount: number | null, overall: Array<{ regionCode: string, regionName: string, value: number, rank: number, rankedCount: number, weakestAreas: Array<{ areaCode: string, nameId: string, nameEn: string, value: number, shortfall: number, weightedShortfall: number }>, weakestIndicators: Array<{ nodeCode: string, areaCode: string, nameId: string, nameEn: string, value: number, median: number }> }> } };

export type NationalPositionQueryVariables = Exact<{
  frameworkCode: string;
  year: number;
}>;


export type NationalPositionQuery = { nationalLeaderboard: { provinces: Array<{ provinceCode: string, provinceName: string, mean: number | null, median: number | null, min: number | null, max: number | null, regionsWithValue: number, regionsInProvince: number, coveragePercent: number, rankByMean: number | null, rankByMedian: number | null, unrankedNote: string | null, demo: boolean }> } };

export type CompareRegionsQueryVariables = Exact<{
  frameworkCode: string;
  regions: Array<string> | string;
  years: Array<number> | number;
  medianFilter: ScoreFilterInput;
}>;


export type CompareRegionsQuery = { compare: { years: Array<number>, regions: Array<{ regionCode: string, regionName: string, cells: Array<{ year: number, value: number | null, rank: number | null, rankedCount: number | null }> }> }, aggregates: Array<{ year: number | null, median: number | null }> };

export type RegionProfileQueryVariables = Exact<{
  code: string;
}>;


export type RegionProfileQuery = { regionProfile: { regionCode: string, regionName: string, provinceCode: string, kind: string, consecutiveWtpYears: number, frameworks: Array<{ frameworkCode: string, latest: { year: number, value: number | null, category: string | null, rank: number | null, rankedCount: number, frameworkVersion: string }, history: Array<{ year: number, value: number | null, rank: number | null, rankedCount: number }>, targets: Array<{ year: number, targetCategory: string | null, targetRank: number | null, categoryGap: number | null, rankGap: number | null, comparedYear: number | null, note: string | null }>, weakestAreas: Array<{ areaCode: string, nameId: string, nameEn: string, shortfall: number }> }>, innovations: Array<{ status: string, stage: string | null, count: number }> } };

export type ProvinceMediansQueryVariables = Exact<{
  filter: ScoreFilterInput;
}>;


export type ProvinceMediansQuery = { aggregates: Array<{ frameworkCode: string | null, year: number | null, median: number | null }> };

export type RegionScoresQueryVariables = Exact<{
  filter: ScoreFilterInput;
}>;


export type RegionScoresQuery = { scores: { nodes: Array<{ nodeCode: string, value: number | null }> } };

export type WhatIfQueryVariables = Exact<{
  input: WhatIfInput;
}>;


export type WhatIfQuery = { whatIf: { value: number | null, category: string | null, rank: number | null, rankedCount: number, currentValue: number | null, currentRank: number | null, complete: boolean, missing: Array<string>, areas: Array<{ areaCode: string, currentValue: number | null, value: number | null, best: number }> } };

export type RegionPeriodsQueryVariables = Exact<{
  provinceCode: string;
}>;


export type RegionPeriodsQuery = { periods: Array<{ frameworkCode: string, year: number, isDemo: boolean }> };

export type PathToTargetQueryVariables = Exact<{
  input: PathToTargetInput;
}>;


export type PathToTargetQuery = { pathToTarget: { reached: boolean, reachable: boolean, currentValue: number, currentRank: number | null, targetValue: number | null, value: number, category: string | null, rank: number | null, rankedCount: number, steps: Array<{ nodeCode: string, nameId: string, nameEn: string, from: number, to: number, compositeGain: number, value: number, category: string | null, rank: number | null }> } };

export type ReviewPeriodsQueryVariables = Exact<{
  provinceCode: string;
}>;


export type ReviewPeriodsQuery = { province: { code: string, name: string }, periods: Array<{ id: string, frameworkCode: string, frameworkVersion: string, year: number, state: PeriodState, deadline: string | null, isDemo: boolean, publishedRevision: number, publishedAt: string | null, createdAt: string }> };

export type OpenPeriodMutationVariables = Exact<{
  input: OpenPeriodInput;
}>;


export type OpenPeriodMutation = { openPeriod: { id: string } };

export type PeriodMonitorQueryVariables = Exact<{
  periodId: string | number;
  provinceCode: string;
}>;


export type PeriodMonitorQuery = { period: { id: string, provinceCode: string, frameworkCode: string, frameworkVersion: string, year: number, state: PeriodState, deadline: string | null, isDemo: boolean, publishedRevision: number, publishedAt: string | null }, province: { code: string, name: string, regions: Array<{ code: string, name: string, kind: RegionKind }> }, submissions: Array<{ regionCode: string, regionName: string, state: SubmissionState, indicatorsFilled: number, indicatorsTotal: number, completeness: number, returnedValues: number, returnComment: string | null, hasOfficialResult: boolean, submittedAt: string | null, verifiedAt: string | null, lastChangedAt: string | null }> };

export type ClosePeriodEntryMutationVariables = Exact<{
  periodId: string | number;
}>;


export type ClosePeriodEntryMutation = { closePeriodEntry: { id: string, state: PeriodState } };

export type PublishPeriodMutationVariables = Exact<{
  periodId: string | number;
}>;


export type PublishPeriodMutation = { publishPeriod: { id: string, state: PeriodState, publishedRevision: number } };

export type AmendPeriodMutationVariables = Exact<{
  periodId: string | number;
  reason: string;
}>;


export type AmendPeriodMutation = { amendPeriod: { id: string, state: PeriodState } };

export type RegionReviewQueryVariables = Exact<{
  periodId: string | number;
  regionCode: string;
  provinceCode: string;
}>;


export type RegionReviewQuery = { period: { id: string, provinceCode: string, frameworkCode: string, frameworkVersion: string, year: number, state: PeriodState, deadline: string | null, isDemo: boolean }, submissions: Array<{ regionCode: string, regionName: string, state: SubmissionState, indicatorsFilled: number, indicatorsTotal: number, returnComment: string | null, submittedAt: string | null, lastChangedAt: string | null }>, assessmentValues: Array<{ id: string, nodeCode: string, nodeNameId: string, nodeNameEn: string, unitId: string | null, value: number | null, originalValue: number | null, correctionReason: string | null, reviewComment: string | null, publishedCategory: string | null, scaleMin: number | null, scaleMax: number | null, source: string, sourceNote: string | null, state: ValueState, updatedAt: string, evidence: { url: string | null, note: string | null, reference: string | null } }>, periods: Array<{ id: string, frameworkCode: string, year: number }> };

export type PreviousValuesQueryVariables = Exact<{
  periodId: string | number;
  regionCode: string;
}>;


export type PreviousValuesQuery = { assessmentValues: Array<{ id: string, nodeCode: string, unitId: string | null, value: number | null }> };

export type ReviewValueMutationVariables = Exact<{
  input: ReviewValueInput;
}>;


export type ReviewValueMutation = { reviewValue: { id: string, state: ValueState, value: number | null } };

export type AcceptSubmissionMutationVariables = Exact<{
  periodId: string | number;
  regionCode: string;
}>;


export type AcceptSubmissionMutation = { acceptSubmission: { regionCode: string, state: SubmissionState } };

export type ReturnSubmissionMutationVariables = Exact<{
  periodId: string | number;
  regionCode: string;
  comment: string;
}>;


export type ReturnSubmissionMutation = { returnSubmission: { regionCode: string, state: SubmissionState } };

export type ProvinceSetupQueryVariables = Exact<{
  provinceCode: string;
}>;


export type ProvinceSetupQuery = { province: { code: string, name: string, regions: Array<{ code: string, name: string, kind: RegionKind }> }, peerGroups: Array<{ id: string, name: string, regionCodes: Array<string> }> };

export type RegionTargetsQueryVariables = Exact<{
  regionCode: string;
}>;


export type RegionTargetsQuery = { targets: Array<{ regionCode: string, frameworkCode: string, year: number, targetCategory: string | null, targetRank: number | null, note: string | null, setByRole: string | null, updatedAt: string }> };

export type SetTargetMutationVariables = Exact<{
  regionCode: string;
  frameworkCode: string;
  year: number;
  targetCategory?: string | null | undefined;
  targetRank?: number | null | undefined;
  note?: string | null | undefined;
}>;


export type SetTargetMutation = { setTarget: { regionCode: string, frameworkCode: string, year: number } };

export type ClearTargetMutationVariables = Exact<{
  regionCode: string;
  frameworkCode: string;
  year: number;
}>;


export type ClearTargetMutation = { clearTarget: boolean };

export type CreatePeerGroupMutationVariables = Exact<{
  input: PeerGroupInput;
}>;


export type CreatePeerGroupMutation = { createPeerGroup: { id: string } };

export type DeletePeerGroupMutationVariables = Exact<{
  id: string | number;
}>;


export type DeletePeerGroupMutation = { deletePeerGroup: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AdminPlacesDocument = new TypedDocumentString(`
    query AdminPlaces($provinceCode: String!) {
  province(code: $provinceCode) {
    code
    name
    regions {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AdminPlacesQuery, AdminPlacesQueryVariables>;
export const AdminProvincesDocument = new TypedDocumentString(`
    query AdminProvinces {
  provinces {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<AdminProvincesQuery, AdminProvincesQueryVariables>;
export const AdminUsersDocument = new TypedDocumentString(`
    query AdminUsers($provinceCode: String, $regionCode: String) {
  users(provinceCode: $provinceCode, regionCode: $regionCode) {
    id
    email
    displayName
    isOperator
    disabled
    disabledAt
    mustChangePassword
    createdAt
    memberships {
      role
      scope
      provinceCode
      regionCode
      grantedAt
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminCreateUserDocument = new TypedDocumentString(`
    mutation AdminCreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    temporaryPassword
    user {
      id
      email
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCreateUserMutation, AdminCreateUserMutationVariables>;
export const AdminGrantMembershipDocument = new TypedDocumentString(`
    mutation AdminGrantMembership($input: GrantMembershipInput!) {
  grantMembership(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminGrantMembershipMutation, AdminGrantMembershipMutationVariables>;
export const AdminRevokeMembershipDocument = new TypedDocumentString(`
    mutation AdminRevokeMembership($input: RevokeMembershipInput!) {
  revokeMembership(input: $input)
}
    `) as unknown as TypedDocumentString<AdminRevokeMembershipMutation, AdminRevokeMembershipMutationVariables>;
export const AdminDisableUserDocument = new TypedDocumentString(`
    mutation AdminDisableUser($userId: ID!) {
  disableUser(userId: $userId) {
    id
    disabled
  }
}
    `) as unknown as TypedDocumentString<AdminDisableUserMutation, AdminDisableUserMutationVariables>;
export const AdminEnableUserDocument = new TypedDocumentString(`
    mutation AdminEnableUser($userId: ID!) {
  enableUser(userId: $userId) {
    id
    disabled
  }
}
    `) as unknown as TypedDocumentString<AdminEnableUserMutation, AdminEnableUserMutationVariables>;
export const AdminApiKeysDocument = new TypedDocumentString(`
    query AdminApiKeys($provinceCode: String, $regionCode: String, $includeRevoked: Boolean!) {
  apiKeys(
    provinceCode: $provinceCode
    regionCode: $regionCode
    includeRevoked: $includeRevoked
  ) {
    id
    name
    prefix
    scope
    provinceCode
    regionCode
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
    active
  }
}
    `) as unknown as TypedDocumentString<AdminApiKeysQuery, AdminApiKeysQueryVariables>;
export const AdminCreateApiKeyDocument = new TypedDocumentString(`
    mutation AdminCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey {
      id
      name
      prefix
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCreateApiKeyMutation, AdminCreateApiKeyMutationVariables>;
export const AdminRevokeApiKeyDocument = new TypedDocumentString(`
    mutation AdminRevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<AdminRevokeApiKeyMutation, AdminRevokeApiKeyMutationVariables>;
export const AdminSavedReportsDocument = new TypedDocumentString(`
    query AdminSavedReports($provinceCode: String, $regionCode: String) {
  savedReports(provinceCode: $provinceCode, regionCode: $regionCode) {
    id
    name
    description
    scope
    provinceCode
    regionCode
    csvPath
    xlsxPath
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<AdminSavedReportsQuery, AdminSavedReportsQueryVariables>;
export const AdminRunSavedReportDocument = new TypedDocumentString(`
    query AdminRunSavedReport($name: String!, $scope: String) {
  runSavedReport(name: $name, scope: $scope) {
    errors {
      code
      message
    }
    table {
      columns
      rows
      demoData
    }
  }
}
    `) as unknown as TypedDocumentString<AdminRunSavedReportQuery, AdminRunSavedReportQueryVariables>;
export const AdminDeleteSavedReportDocument = new TypedDocumentString(`
    mutation AdminDeleteSavedReport($id: ID!) {
  deleteSavedReport(id: $id)
}
    `) as unknown as TypedDocumentString<AdminDeleteSavedReportMutation, AdminDeleteSavedReportMutationVariables>;
export const AdminAuditLogDocument = new TypedDocumentString(`
    query AdminAuditLog($regionCode: String, $entity: String, $first: Int!, $after: String) {
  auditLog(regionCode: $regionCode, entity: $entity, first: $first, after: $after) {
    endCursor
    hasNextPage
    entries {
      id
      at
      actor {
        displayName
        email
      }
      people {
        id
        displayName
        email
      }
      actorRole
      actorApiKeyId
      provinceCode
      regionCode
      entity
      action
      before
      after
      changedFields
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAuditLogQuery, AdminAuditLogQueryVariables>;
export const AdminWebhooksDocument = new TypedDocumentString(`
    query AdminWebhooks {
  webhooks {
    id
    apiKeyId
    url
    description
    enabled
    createdAt
  }
}
    `) as unknown as TypedDocumentString<AdminWebhooksQuery, AdminWebhooksQueryVariables>;
export const AdminWebhookDeliveriesDocument = new TypedDocumentString(`
    query AdminWebhookDeliveries($webhookId: ID!) {
  webhookDeliveries(webhookId: $webhookId, limit: 50) {
    id
    kind
    state
    attempts
    lastStatus
    lastError
    createdAt
    deliveredAt
    nextAttemptAt
  }
}
    `) as unknown as TypedDocumentString<AdminWebhookDeliveriesQuery, AdminWebhookDeliveriesQueryVariables>;
export const AdminRegisterWebhookDocument = new TypedDocumentString(`
    mutation AdminRegisterWebhook($input: RegisterWebhookInput!) {
  registerWebhook(input: $input) {
    secret
    webhook {
      id
      url
    }
  }
}
    `) as unknown as TypedDocumentString<AdminRegisterWebhookMutation, AdminRegisterWebhookMutationVariables>;
export const AdminUpdateWebhookDocument = new TypedDocumentString(`
    mutation AdminUpdateWebhook($input: UpdateWebhookInput!) {
  updateWebhook(input: $input) {
    id
    enabled
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateWebhookMutation, AdminUpdateWebhookMutationVariables>;
export const AdminDeleteWebhookDocument = new TypedDocumentString(`
    mutation AdminDeleteWebhook($id: ID!) {
  deleteWebhook(id: $id)
}
    `) as unknown as TypedDocumentString<AdminDeleteWebhookMutation, AdminDeleteWebhookMutationVariables>;
export const FrameworksDocument = new TypedDocumentString(`
    query Frameworks {
  frameworks {
    code
    version
    names {
      id
      en
    }
    years {
      from
      to
    }
    scale {
      min
      max
      precision
      higherIsBetter
    }
    schemes {
      code
      years {
        from
        to
      }
      bands {
        code
        level
        labels {
          id
          en
        }
        aliases
      }
    }
    nodes {
      code
      parentCode
      depth
      isLeaf
      weight
      names {
        id
        en
      }
      scale {
        min
        max
        precision
        higherIsBetter
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FrameworksQuery, FrameworksQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    activeScope
    activeRole
    user {
      id
      email
      displayName
      mustChangePassword
    }
    memberships {
      scope
      role
      provinceCode
      regionCode
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!, $scope: String) {
  login(email: $email, password: $password, scope: $scope, cookie: true) {
    accessToken
    expiresIn
    scope
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input, cookie: true) {
    accessToken
    expiresIn
    scope
  }
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const EntryRegionDocument = new TypedDocumentString(`
    query EntryRegion($code: String!) {
  region(code: $code) {
    code
    name
    provinceCode
  }
}
    `) as unknown as TypedDocumentString<EntryRegionQuery, EntryRegionQueryVariables>;
export const EntryPeriodsDocument = new TypedDocumentString(`
    query EntryPeriods($provinceCode: String!) {
  periods(provinceCode: $provinceCode) {
    id
    frameworkCode
    frameworkVersion
    year
    state
    deadline
    isDemo
  }
}
    `) as unknown as TypedDocumentString<EntryPeriodsQuery, EntryPeriodsQueryVariables>;
export const EntryFrameworkDocument = new TypedDocumentString(`
    query EntryFramework($code: String!, $version: String!) {
  framework(code: $code, version: $version) {
    level
    nodes {
      code
      notes
      regulation
    }
  }
}
    `) as unknown as TypedDocumentString<EntryFrameworkQuery, EntryFrameworkQueryVariables>;
export const EntryValuesDocument = new TypedDocumentString(`
    query EntryValues($periodId: ID!, $regionCode: String!) {
  submissions(periodId: $periodId, regionCode: $regionCode) {
    state
    returnComment
    submittedAt
    verifiedAt
    lastChangedAt
    indicatorsFilled
    indicatorsTotal
    returnedValues
  }
  assessmentValues(periodId: $periodId, regionCode: $regionCode) {
    id
    nodeCode
    unitId
    value
    originalValue
    correctionReason
    reviewComment
    state
    evidence {
      url
      note
      reference
    }
  }
}
    `) as unknown as TypedDocumentString<EntryValuesQuery, EntryValuesQueryVariables>;
export const EntryUnitsDocument = new TypedDocumentString(`
    query EntryUnits($regionCode: String!) {
  units(regionCode: $regionCode) {
    id
    name
    parentId
  }
}
    `) as unknown as TypedDocumentString<EntryUnitsQuery, EntryUnitsQueryVariables>;
export const SaveEntryValuesDocument = new TypedDocumentString(`
    mutation SaveEntryValues($input: SaveValuesInput!) {
  saveValues(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SaveEntryValuesMutation, SaveEntryValuesMutationVariables>;
export const SubmitRegionValuesDocument = new TypedDocumentString(`
    mutation SubmitRegionValues($periodId: ID!, $regionCode: String!) {
  submitRegionValues(periodId: $periodId, regionCode: $regionCode) {
    state
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<SubmitRegionValuesMutation, SubmitRegionValuesMutationVariables>;
export const DraftProjectionDocument = new TypedDocumentString(`
    query DraftProjection($input: WhatIfInput!) {
  whatIf(input: $input) {
    value
    category
    rank
    rankedCount
    boardYear
    complete
    missing
    currentValue
    currentRank
  }
}
    `) as unknown as TypedDocumentString<DraftProjectionQuery, DraftProjectionQueryVariables>;
export const RegionInnovationsDocument = new TypedDocumentString(`
    query RegionInnovations($regionCode: String!) {
  innovations(regionCode: $regionCode) {
    id
    title
    description
    year
    status
    stage
    unitId
    unit {
      id
      name
    }
    submittedAt
    forwardedAt
    updatedAt
  }
  units(regionCode: $regionCode) {
    id
    name
  }
  region(code: $regionCode) {
    name
  }
}
    `) as unknown as TypedDocumentString<RegionInnovationsQuery, RegionInnovationsQueryVariables>;
export const CreateInnovationDocument = new TypedDocumentString(`
    mutation CreateInnovation($input: CreateInnovationInput!) {
  createInnovation(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CreateInnovationMutation, CreateInnovationMutationVariables>;
export const UpdateInnovationDocument = new TypedDocumentString(`
    mutation UpdateInnovation($input: UpdateInnovationInput!) {
  updateInnovation(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<UpdateInnovationMutation, UpdateInnovationMutationVariables>;
export const SubmitInnovationDocument = new TypedDocumentString(`
    mutation SubmitInnovation($id: ID!, $regionCode: String!) {
  submitInnovation(id: $id, regionCode: $regionCode) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SubmitInnovationMutation, SubmitInnovationMutationVariables>;
export const ForwardInnovationDocument = new TypedDocumentString(`
    mutation ForwardInnovation($id: ID!, $regionCode: String!) {
  forwardInnovation(id: $id, regionCode: $regionCode) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ForwardInnovationMutation, ForwardInnovationMutationVariables>;
export const RecordInnovationStageDocument = new TypedDocumentString(`
    mutation RecordInnovationStage($id: ID!, $regionCode: String!, $stage: String!, $source: String) {
  recordInnovationStage(
    id: $id
    regionCode: $regionCode
    stage: $stage
    source: $source
  ) {
    id
    stage
  }
}
    `) as unknown as TypedDocumentString<RecordInnovationStageMutation, RecordInnovationStageMutationVariables>;
export const NationalPeriodsDocument = new TypedDocumentString(`
    query NationalPeriods {
  periods {
    frameworkCode
    year
    publishedRevision
    isDemo
  }
}
    `) as unknown as TypedDocumentString<NationalPeriodsQuery, NationalPeriodsQueryVariables>;
export const NationalBoardDocument = new TypedDocumentString(`
    query NationalBoard($frameworkCode: String!, $year: Int!) {
  nationalLeaderboard(frameworkCode: $frameworkCode, year: $year) {
    provinces {
      provinceCode
      provinceName
      mean
      median
      regionsWithValue
      regionsInProvince
      coveragePercent
      rankByMean
      unrankedNote
    }
  }
}
    `) as unknown as TypedDocumentString<NationalBoardQuery, NationalBoardQueryVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const NotificationsPageDocument = new TypedDocumentString(`
    query NotificationsPage($limit: Int!, $offset: Int!, $unreadOnly: Boolean!) {
  notifications(limit: $limit, offset: $offset, unreadOnly: $unreadOnly) {
    total
    unreadCount
    hasMore
    items {
      id
      kind
      title
      body
      link
      regionName
      createdAt
      readAt
    }
  }
  notificationPreferences {
    kind
    email
  }
}
    `) as unknown as TypedDocumentString<NotificationsPageQuery, NotificationsPageQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const SetNotificationPreferenceDocument = new TypedDocumentString(`
    mutation SetNotificationPreference($kind: NotificationKind!, $email: Boolean!) {
  setNotificationPreference(kind: $kind, email: $email) {
    kind
    email
  }
}
    `) as unknown as TypedDocumentString<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const RemindRegionsDocument = new TypedDocumentString(`
    mutation RemindRegions($periodId: ID!, $regionCodes: [String!]) {
  remindRegions(periodId: $periodId, regionCodes: $regionCodes) {
    regionCodes
    people
  }
}
    `) as unknown as TypedDocumentString<RemindRegionsMutation, RemindRegionsMutationVariables>;
export const ProvincePeriodsDocument = new TypedDocumentString(`
    query ProvincePeriods($provinceCode: String!) {
  province(code: $provinceCode) {
    code
    name
    regions {
      code
      name
      kind
    }
  }
  periods(provinceCode: $provinceCode) {
    id
    frameworkCode
    frameworkVersion
    year
    state
    isDemo
    publishedRevision
  }
  peerGroups(provinceCode: $provinceCode) {
    id
    name
    regionCodes
  }
}
    `) as unknown as TypedDocumentString<ProvincePeriodsQuery, ProvincePeriodsQueryVariables>;
export const ProvinceLeaderboardDocument = new TypedDocumentString(`
    query ProvinceLeaderboard($provinceCode: String!, $frameworkCode: String!, $year: Int!, $provisional: Boolean!, $kind: RegionKind, $peerGroupId: ID) {
  leaderboard(
    provinceCode: $provinceCode
    frameworkCode: $frameworkCode
    year: $year
    provisional: $provisional
    kind: $kind
    peerGroupId: $peerGroupId
  ) {
    frameworkVersion
    revision
    median
    previousYear
    comparableWithPrevious
    comparabilityNote
    rows {
      regionCode
      regionName
      kind
      value
      category
      rank
      rankedCount
      previousRank
      rankChange
      valueChange
      gapToLeader
      gapToNextRankUp
      gapToMedian
      targetCategory
      targetRank
      targetCategoryGap
      targetRankGap
    }
  }
}
    `) as unknown as TypedDocumentString<ProvinceLeaderboardQuery, ProvinceLeaderboardQueryVariables>;
export const ProvinceHeatmapDocument = new TypedDocumentString(`
    query ProvinceHeatmap($provinceCode: String!, $frameworkCode: String!, $year: Int!, $provisional: Boolean!) {
  heatmap(
    provinceCode: $provinceCode
    frameworkCode: $frameworkCode
    year: $year
    provisional: $provisional
  ) {
    areas {
      code
      nameId
      nameEn
      weight
    }
    rows {
      regionCode
      regionName
      composite {
        value
        rank
        quartile
      }
      cells {
        areaCode
        value
        rank
        quartile
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvinceHeatmapQuery, ProvinceHeatmapQueryVariables>;
export const AreaIndicatorsDocument = new TypedDocumentString(`
    query AreaIndicators($filter: ScoreFilterInput!) {
  scores(filter: $filter, first: 500) {
    nodes {
      regionCode
      regionName
      nodeCode
      nodeNameId
      nodeNameEn
      value
      rank
    }
  }
}
    `) as unknown as TypedDocumentString<AreaIndicatorsQuery, AreaIndicatorsQueryVariables>;
export const ProvinceTrailingDocument = new TypedDocumentString(`
    query ProvinceTrailing($provinceCode: String!, $frameworkCode: String!, $year: Int!, $provisional: Boolean!) {
  trailing(
    provinceCode: $provinceCode
    frameworkCode: $frameworkCode
    year: $year
    provisional: $provisional
    n: 3
  ) {
    overall {
      regionCode
      regionName
      value
      rank
      rankedCount
      weakestAreas {
        areaCode
        nameId
        nameEn
        value
        shortfall
        weightedShortfall
      }
      weakestIndicators {
        nodeCode
        areaCode
        nameId
        nameEn
        value
        median
      }
    }
    rankedCount
    notSubmittedCount
  }
}
    `) as unknown as TypedDocumentString<ProvinceTrailingQuery, ProvinceTrailingQueryVariables>;
export const NationalPositionDocument = new TypedDocumentString(`
    query NationalPosition($frameworkCode: String!, $year: Int!) {
  nationalLeaderboard(frameworkCode: $frameworkCode, year: $year) {
    provinces {
      provinceCode
      provinceName
      mean
      median
      min
      max
      regionsWithValue
      regionsInProvince
      coveragePercent
      rankByMean
      rankByMedian
      unrankedNote
      demo
    }
  }
}
    `) as unknown as TypedDocumentString<NationalPositionQuery, NationalPositionQueryVariables>;
export const CompareRegionsDocument = new TypedDocumentString(`
    query CompareRegions($frameworkCode: String!, $regions: [String!]!, $years: [Int!]!, $medianFilter: ScoreFilterInput!) {
  compare(frameworkCode: $frameworkCode, regions: $regions, years: $years) {
    years
    regions {
      regionCode
      regionName
      cells {
        year
        value
        rank
        rankedCount
      }
    }
  }
  aggregates(filter: $medianFilter, groupBy: [YEAR], metrics: [MEDIAN]) {
    year
    median
  }
}
    `) as unknown as TypedDocumentString<CompareRegionsQuery, CompareRegionsQueryVariables>;
export const RegionProfileDocument = new TypedDocumentString(`
    query RegionProfile($code: String!) {
  regionProfile(code: $code) {
    regionCode
    regionName
    provinceCode
    kind
    consecutiveWtpYears
    frameworks {
      frameworkCode
      latest {
        year
        value
        category
        rank
        rankedCount
        frameworkVersion
      }
      history {
        year
        value
        rank
        rankedCount
      }
      targets {
        year
        targetCategory
        targetRank
        categoryGap
        rankGap
        comparedYear
        note
      }
      weakestAreas {
        areaCode
        nameId
        nameEn
        shortfall
      }
    }
    innovations {
      status
      stage
      count
    }
  }
}
    `) as unknown as TypedDocumentString<RegionProfileQuery, RegionProfileQueryVariables>;
export const ProvinceMediansDocument = new TypedDocumentString(`
    query ProvinceMedians($filter: ScoreFilterInput!) {
  aggregates(filter: $filter, groupBy: [FRAMEWORK, YEAR], metrics: [MEDIAN]) {
    frameworkCode
    year
    median
  }
}
    `) as unknown as TypedDocumentString<ProvinceMediansQuery, ProvinceMediansQueryVariables>;
export const RegionScoresDocument = new TypedDocumentString(`
    query RegionScores($filter: ScoreFilterInput!) {
  scores(filter: $filter, first: 500) {
    nodes {
      nodeCode
      value
    }
  }
}
    `) as unknown as TypedDocumentString<RegionScoresQuery, RegionScoresQueryVariables>;
export const WhatIfDocument = new TypedDocumentString(`
    query WhatIf($input: WhatIfInput!) {
  whatIf(input: $input) {
    value
    category
    rank
    rankedCount
    currentValue
    currentRank
    complete
    missing
    areas {
      areaCode
      currentValue
      value
      best
    }
  }
}
    `) as unknown as TypedDocumentString<WhatIfQuery, WhatIfQueryVariables>;
export const RegionPeriodsDocument = new TypedDocumentString(`
    query RegionPeriods($provinceCode: String!) {
  periods(provinceCode: $provinceCode) {
    frameworkCode
    year
    isDemo
  }
}
    `) as unknown as TypedDocumentString<RegionPeriodsQuery, RegionPeriodsQueryVariables>;
export const PathToTargetDocument = new TypedDocumentString(`
    query PathToTarget($input: PathToTargetInput!) {
  pathToTarget(input: $input) {
    reached
    reachable
    currentValue
    currentRank
    targetValue
    value
    category
    rank
    rankedCount
    steps {
      nodeCode
      nameId
      nameEn
      from
      to
      compositeGain
      value
      category
      rank
    }
  }
}
    `) as unknown as TypedDocumentString<PathToTargetQuery, PathToTargetQueryVariables>;
export const ReviewPeriodsDocument = new TypedDocumentString(`
    query ReviewPeriods($provinceCode: String!) {
  province(code: $provinceCode) {
    code
    name
  }
  periods(provinceCode: $provinceCode) {
    id
    frameworkCode
    frameworkVersion
    year
    state
    deadline
    isDemo
    publishedRevision
    publishedAt
    createdAt
  }
}
    `) as unknown as TypedDocumentString<ReviewPeriodsQuery, ReviewPeriodsQueryVariables>;
export const OpenPeriodDocument = new TypedDocumentString(`
    mutation OpenPeriod($input: OpenPeriodInput!) {
  openPeriod(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<OpenPeriodMutation, OpenPeriodMutationVariables>;
export const PeriodMonitorDocument = new TypedDocumentString(`
    query PeriodMonitor($periodId: ID!, $provinceCode: String!) {
  period(periodId: $periodId) {
    id
    provinceCode
    frameworkCode
    frameworkVersion
    year
    state
    deadline
    isDemo
    publishedRevision
    publishedAt
  }
  province(code: $provinceCode) {
    code
    name
    regions {
      code
      name
      kind
    }
  }
  submissions(periodId: $periodId) {
    regionCode
    regionName
    state
    indicatorsFilled
    indicatorsTotal
    completeness
    returnedValues
    returnComment
    hasOfficialResult
    submittedAt
    verifiedAt
    lastChangedAt
  }
}
    `) as unknown as TypedDocumentString<PeriodMonitorQuery, PeriodMonitorQueryVariables>;
export const ClosePeriodEntryDocument = new TypedDocumentString(`
    mutation ClosePeriodEntry($periodId: ID!) {
  closePeriodEntry(periodId: $periodId) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ClosePeriodEntryMutation, ClosePeriodEntryMutationVariables>;
export const PublishPeriodDocument = new TypedDocumentString(`
    mutation PublishPeriod($periodId: ID!) {
  publishPeriod(periodId: $periodId) {
    id
    state
    publishedRevision
  }
}
    `) as unknown as TypedDocumentString<PublishPeriodMutation, PublishPeriodMutationVariables>;
export const AmendPeriodDocument = new TypedDocumentString(`
    mutation AmendPeriod($periodId: ID!, $reason: String!) {
  amendPeriod(periodId: $periodId, reason: $reason) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<AmendPeriodMutation, AmendPeriodMutationVariables>;
export const RegionReviewDocument = new TypedDocumentString(`
    query RegionReview($periodId: ID!, $regionCode: String!, $provinceCode: String!) {
  period(periodId: $periodId) {
    id
    provinceCode
    frameworkCode
    frameworkVersion
    year
    state
    deadline
    isDemo
  }
  submissions(periodId: $periodId, regionCode: $regionCode) {
    regionCode
    regionName
    state
    indicatorsFilled
    indicatorsTotal
    returnComment
    submittedAt
    lastChangedAt
  }
  assessmentValues(periodId: $periodId, regionCode: $regionCode) {
    id
    nodeCode
    nodeNameId
    nodeNameEn
    unitId
    value
    originalValue
    correctionReason
    reviewComment
    publishedCategory
    scaleMin
    scaleMax
    source
    sourceNote
    state
    updatedAt
    evidence {
      url
      note
      reference
    }
  }
  periods(provinceCode: $provinceCode) {
    id
    frameworkCode
    year
  }
}
    `) as unknown as TypedDocumentString<RegionReviewQuery, RegionReviewQueryVariables>;
export const PreviousValuesDocument = new TypedDocumentString(`
    query PreviousValues($periodId: ID!, $regionCode: String!) {
  assessmentValues(periodId: $periodId, regionCode: $regionCode) {
    id
    nodeCode
    unitId
    value
  }
}
    `) as unknown as TypedDocumentString<PreviousValuesQuery, PreviousValuesQueryVariables>;
export const ReviewValueDocument = new TypedDocumentString(`
    mutation ReviewValue($input: ReviewValueInput!) {
  reviewValue(input: $input) {
    id
    state
    value
  }
}
    `) as unknown as TypedDocumentString<ReviewValueMutation, ReviewValueMutationVariables>;
export const AcceptSubmissionDocument = new TypedDocumentString(`
    mutation AcceptSubmission($periodId: ID!, $regionCode: String!) {
  acceptSubmission(periodId: $periodId, regionCode: $regionCode) {
    regionCode
    state
  }
}
    `) as unknown as TypedDocumentString<AcceptSubmissionMutation, AcceptSubmissionMutationVariables>;
export const ReturnSubmissionDocument = new TypedDocumentString(`
    mutation ReturnSubmission($periodId: ID!, $regionCode: String!, $comment: String!) {
  returnSubmission(
    periodId: $periodId
    regionCode: $regionCode
    comment: $comment
  ) {
    regionCode
    state
  }
}
    `) as unknown as TypedDocumentString<ReturnSubmissionMutation, ReturnSubmissionMutationVariables>;
export const ProvinceSetupDocument = new TypedDocumentString(`
    query ProvinceSetup($provinceCode: String!) {
  province(code: $provinceCode) {
    code
    name
    regions {
      code
      name
      kind
    }
  }
  peerGroups(provinceCode: $provinceCode) {
    id
    name
    regionCodes
  }
}
    `) as unknown as TypedDocumentString<ProvinceSetupQuery, ProvinceSetupQueryVariables>;
export const RegionTargetsDocument = new TypedDocumentString(`
    query RegionTargets($regionCode: String!) {
  targets(regionCode: $regionCode) {
    regionCode
    frameworkCode
    year
    targetCategory
    targetRank
    note
    setByRole
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<RegionTargetsQuery, RegionTargetsQueryVariables>;
export const SetTargetDocument = new TypedDocumentString(`
    mutation SetTarget($regionCode: String!, $frameworkCode: String!, $year: Int!, $targetCategory: String, $targetRank: Int, $note: String) {
  setTarget(
    regionCode: $regionCode
    frameworkCode: $frameworkCode
    year: $year
    targetCategory: $targetCategory
    targetRank: $targetRank
    note: $note
  ) {
    regionCode
    frameworkCode
    year
  }
}
    `) as unknown as TypedDocumentString<SetTargetMutation, SetTargetMutationVariables>;
export const ClearTargetDocument = new TypedDocumentString(`
    mutation ClearTarget($regionCode: String!, $frameworkCode: String!, $year: Int!) {
  clearTarget(regionCode: $regionCode, frameworkCode: $frameworkCode, year: $year)
}
    `) as unknown as TypedDocumentString<ClearTargetMutation, ClearTargetMutationVariables>;
export const CreatePeerGroupDocument = new TypedDocumentString(`
    mutation CreatePeerGroup($input: PeerGroupInput!) {
  createPeerGroup(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreatePeerGroupMutation, CreatePeerGroupMutationVariables>;
export const DeletePeerGroupDocument = new TypedDocumentString(`
    mutation DeletePeerGroup($id: ID!) {
  deletePeerGroup(id: $id)
}
    `) as unknown as TypedDocumentString<DeletePeerGroupMutation, DeletePeerGroupMutationVariables>;