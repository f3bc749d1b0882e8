/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A new password for the signed-in person. */
export type ChangePasswordInput = {
  /** The password in use now. */
  currentPassword: string;
  /** The new password: 12 to 256 characters. */
  newPassword: string;
};

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

export type FrameworksQueryVariables = Exact<{ [key: string]: never; }>;


export type FrameworksQuery = { frameworks: Array<{ code: string, version: string, names: { id: string, en: string }, years: { from: number | null, to: number | null }, scale: { min: number, max: number, precision: number, higherIsBetter: boolean }, schemes: Array<{ code: string, bands: Array<{ code: string, level: number | null, aliases: Array<string>, labels: { id: string, en: string } }> }>, nodes: Array<{ code: string, parentCode: string | null, depth: number, isLeaf: boolean, weight: number, names: { id: string, en: string }, scale: { min: number, max: number, precision: number, higherIsBetter: boolean } }> }> };

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