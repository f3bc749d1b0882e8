/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Frameworks {\n    frameworks {\n      code\n      version\n      names {\n        id\n        en\n      }\n      years {\n        from\n        to\n      }\n      scale {\n        min\n        max\n        precision\n        higherIsBetter\n      }\n      schemes {\n        code\n        bands {\n          code\n          level\n          labels {\n            id\n            en\n          }\n          aliases\n        }\n      }\n      nodes {\n        code\n        parentCode\n        depth\n        isLeaf\n        weight\n        names {\n          id\n          en\n        }\n        scale {\n          min\n          max\n          precision\n          higherIsBetter\n        }\n      }\n    }\n  }\n": typeof types.FrameworksDocument,
    "\n  query Me {\n    me {\n      activeScope\n      activeRole\n      user {\n        id\n        email\n        displayName\n        mustChangePassword\n      }\n      memberships {\n        scope\n        role\n        provinceCode\n        regionCode\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!, $scope: String) {\n    login(email: $email, password: $password, scope: $scope, cookie: true) {\n      accessToken\n      expiresIn\n      scope\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input, cookie: true) {\n      accessToken\n      expiresIn\n      scope\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query NationalPeriods {\n    periods {\n      frameworkCode\n      year\n      publishedRevision\n      isDemo\n    }\n  }\n": typeof types.NationalPeriodsDocument,
    "\n  query NationalBoard($frameworkCode: String!, $year: Int!) {\n    nationalLeaderboard(frameworkCode: $frameworkCode, year: $year) {\n      provinces {\n        provinceCode\n        provinceName\n        mean\n        median\n        regionsWithValue\n        regionsInProvince\n        coveragePercent\n        rankByMean\n        unrankedNote\n      }\n    }\n  }\n": typeof types.NationalBoardDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query NotificationsPage($limit: Int!, $offset: Int!, $unreadOnly: Boolean!) {\n    notifications(limit: $limit, offset: $offset, unreadOnly: $unreadOnly) {\n      total\n      unreadCount\n      hasMore\n      items {\n        id\n        kind\n        title\n        body\n        link\n        regionName\n        createdAt\n        readAt\n      }\n    }\n    notificationPreferences {\n      kind\n      email\n    }\n  }\n": typeof types.NotificationsPageDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $email: Boolean!) {\n    setNotificationPreference(kind: $kind, email: $email) {\n      kind\n      email\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  mutation RemindRegions($periodId: ID!, $regionCodes: [String!]) {\n    remindRegions(periodId: $periodId, regionCodes: $regionCodes) {\n      regionCodes\n      people\n    }\n  }\n": typeof types.RemindRegionsDocument,
    "\n  query ProvincePeriods($provinceCode: String!) {\n    province(code: $provinceCode) {\n      code\n      name\n      regions {\n        code\n        name\n        kind\n      }\n    }\n    periods(provinceCode: $provinceCode) {\n      id\n      frameworkCode\n      frameworkVersion\n      year\n      state\n      isDemo\n      publishedRevision\n    }\n    peerGroups(provinceCode: $provinceCode) {\n      id\n      name\n      regionCodes\n    }\n  }\n": typeof types.ProvincePeriodsDocument,
    "\n  query ProvinceLeaderboard(\n    $provinceCode: String!\n    $frameworkCode: String!\n    $year: Int!\n    $provisional: Boolean!\n    $kind: RegionKind\n    $peerGroupId: ID\n  ) {\n    leaderboard(\n      provinceCode: $provinceCode\n      frameworkCode: $frameworkCode\n      year: $year\n      provisional: $provisional\n      kind: $kind\n      peerGroupId: $peerGroupId\n    ) {\n      frameworkVersion\n      revision\n      median\n      previousYear\n      comparableWithPrevious\n      comparabilityNote\n      rows {\n        regionCode\n        regionName\n        kind\n        value\n        category\n        rank\n        rankedCount\n        previousRank\n        rankChange\n        valueChange\n        gapToLeader\n        gapToNextRankUp\n        gapToMedian\n        targetCategory\n        targetRank\n        targetCategoryGap\n        targetRankGap\n      }\n    }\n  }\n": typeof types.ProvinceLeaderboardDocument,
    "\n  query ProvinceHeatmap($provinceCode: String!, $frameworkCode: String!, $year: Int!, $provisional: Boolean!) {\n    heatmap(provinceCode: $provinceCode, frameworkCode: $frameworkCode, year: $year, provisional: $provisional) {\n      areas {\n        code\n        nameId\n        nameEn\n        weight\n      }\n      rows {\n        regionCode\n        regionName\n        composite {\n          value\n          rank\n          quartile\n        }\n        cells {\n          areaCode\n          value\n          rank\n          quartile\n        }\n      }\n    }\n  }\n": typeof types.ProvinceHeatmapDocument,
    "\n  query AreaIndicators($filter: ScoreFilterInput!) {\n    scores(filter: $filter, first: 500) {\n      nodes {\n        regionCode\n        regionName\n        nodeCode\n        nodeNameId\n        nodeNameEn\n        value\n        rank\n      }\n    }\n  }\n": typeof types.AreaIndicatorsDocument,
    "\n  query ProvinceTrailing($provinceCode: String!, $frameworkCode: String!, $year: Int!, $provisional: Boolean!) {\n    trailing(provinceCode: $provinceCode, frameworkCode: $frameworkCode, year: $year, provisional: $provisional, n: 3) {\n      overall {\n        regionCode\n        regionName\n        value\n        rank\n        rankedCount\n        weakestAreas {\n          areaCode\n          nameId\n          nameEn\n          value\n          shortfall\n          weightedShortfall\n        }\n        weakestIndicators {\n          nodeCode\n          areaCode\n          nameId\n          nameEn\n          value\n          median\n        }\n      }\n      rankedCount\n      notSubmittedCount\n    }\n  }\n": typeof types.ProvinceTrailingDocument,
    "\n  query NationalPosition($frameworkCode: String!, $year: Int!) {\n    nationalLeaderboard(frameworkCode: $frameworkCode, year: $year) {\n      provinces {\n        provinceCode\n        provinceName\n        mean\n        median\n        min\n        max\n        regionsWithValue\n        regionsInProvince\n        coveragePercent\n        rankByMean\n        rankByMedian\n        unrankedNote\n        demo\n      }\n    }\n  }\n": typeof types.NationalPositionDocument,
    "\n  query CompareRegions($frameworkCode: String!, $regions: [String!]!, $years: [Int!]!, $medianFilter: ScoreFilterInput!) {\n    compare(frameworkCode: $frameworkCode, regions: $regions, years: $years) {\n      years\n      regions {\n        regionCode\n        regionName\n        cells {\n          year\n          value\n          rank\n          rankedCount\n        }\n      }\n    }\n    aggregates(filter: $medianFilter, groupBy: [YEAR], metrics: [MEDIAN]) {\n      year\n      median\n    }\n  }\n": typeof types.CompareRegionsDocument,
    "\n  query RegionProfile($code: String!) {\n    regionProfile(code: $code) {\n      regionCode\n      regionName\n      provinceCode\n      kind\n      consecutiveWtpYears\n      frameworks {\n        frameworkCode\n        latest {\n          year\n          value\n          category\n          rank\n          rankedCount\n          frameworkVersion\n        }\n        history {\n          year\n          value\n          rank\n          rankedCount\n        }\n        targets {\n          year\n          targetCategory\n          targetRank\n          categoryGap\n          rankGap\n          comparedYear\n          note\n        }\n        weakestAreas {\n          areaCode\n          nameId\n          nameEn\n          shortfall\n        }\n      }\n      innovations {\n        status\n        stage\n        count\n      }\n    }\n  }\n": typeof types.RegionProfileDocument,
    "\n  query ProvinceMedians($filter: ScoreFilterInput!) {\n    aggregates(filter: $filter, groupBy: [FRAMEWORK, YEAR], metrics: [MEDIAN]) {\n      frameworkCode\n      year\n      median\n    }\n  }\n": typeof types.ProvinceMediansDocument,
    "\n  query RegionScores($filter: ScoreFilterInput!) {\n    scores(filter: $filter, first: 500) {\n      nodes {\n        nodeCode\n        value\n      }\n    }\n  }\n": typeof types.RegionScoresDocument,
    "\n  query WhatIf($input: WhatIfInput!) {\n    whatIf(input: $input) {\n      value\n      category\n      rank\n      rankedCount\n      currentValue\n      currentRank\n      complete\n      missing\n      areas {\n        areaCode\n        currentValue\n        value\n        best\n      }\n    }\n  }\n": typeof types.WhatIfDocument,
    "\n  query RegionPeriods($provinceCode: String!) {\n    periods(provinceCode: $provinceCode) {\n      frameworkCode\n      year\n      isDemo\n    }\n  }\n": typeof types.RegionPeriodsDocument,
    "\n  query PathToTarget($input: PathToTargetInput!) {\n    pathToTarget(input: $input) {\n      reached\n      reachable\n      currentValue\n      currentRank\n      targetValue\n      value\n      category\n      rank\n      rankedCount\n      steps {\n        nodeCode\n        nameId\n        nameEn\n        from\n        to\n        compositeGain\n        value\n        category\n        rank\n      }\n    }\n  }\n": typeof types.PathToTargetDocument,
};
const documents: Documents = {
    "\n  query Frameworks {\n    frameworks {\n      code\n      version\n      names {\n        id\n        en\n      }\n      years {\n        from\n        to\n      }\n      scale {\n        min\n        max\n        precision\n        higherIsBetter\n      }\n      schemes {\n        code\n        bands {\n          code\n          level\n          labels {\n            id\n            en\n          }\n          aliases\n        }\n      }\n      nodes {\n        code\n        parentCode\n        depth\n        isLeaf\n        weight\n        names {\n          id\n          en\n        }\n        scale {\n          min\n          max\n          precision\n          higherIsBetter\n        }\n      }\n    }\n  }\n": types.FrameworksDocument,
    "\n  query Me {\n    me {\n      activeScope\n      activeRole\n      user {\n        id\n        email\n        displayName\n        mustChangePassword\n      }\n      memberships {\n        scope\n        role\n        provinceCode\n        regionCode\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!, $scope: String) {\n    login(email: $email, password: $password, scope: $scope, cookie: true) {\n      accessToken\n      expiresIn\n      scope\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input, cookie: true) {\n      accessToken\n      expiresIn\n      scope\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  query NationalPeriods {\n    periods {\n      frameworkCode\n      year\n      publishedRevision\n      isDemo\n    }\n  }\n": types.NationalPeriodsDocument,
    "\n  query NationalBoard($frameworkCode: String!, $year: Int!) {\n    nationalLeaderboard(frameworkCode: $frameworkCode, year: $year) {\n      provinces {\n        provinceCode\n        provinceName\n        mean\n        median\n        regionsWithValue\n        regionsInProvince\n        coveragePercent\n        rankByMean\n        unrankedNote\n      }\n    }\n  }\n": types.NationalBoardDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query NotificationsPage($limit: Int!, $offset: Int!, $unreadOnly: Boolean!) {\n    notifications(limit: $limit, offset: $offset, unreadOnly: $unreadOnly) {\n      total\n      unreadCount\n      hasMore\n      items {\n        id\n        kind\n        title\n        body\n        link\n        regionName\n        createdAt\n        readAt\n      }\n    }\n    notificationPreferences {\n      kind\n      email\n    }\n  }\n": types.NotificationsPageDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $email: Boolean!) {\n    setNotificationPreference(kind: $kind, email: $email) {\n      kind\n      email\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  mutation RemindRegions($periodId: ID!, $regionCodes: [String!]) {\n    remindRegions(periodId: $periodId, regionCodes: $regionCodes) {\n      regionCodes\n      people\n    }\n  }\n": types.RemindRegionsDocument,
    "\n  query ProvincePeriods($provinceCode: String!) {\n    province(code: $provinceCode) {\n      code\n      name\n      regions {\n        code\n        name\n        kind\n      }\n    }\n    periods(provinceCode: $provinceCode) {\n      id\n      frameworkCode\n      frameworkVersion\n      year\n      state\n      isDemo\n      publishedRevision\n    }\n    peerGroups(provinceCode: $provinceCode) {\n      id\n      name\n      regionCodes\n    }\n  }\n": types.ProvincePeriodsDocument,
    "\n  query ProvinceLeaderboard(\n    $provinceCode: String!\n    $frameworkCode: String!\n    $year: Int!\n    $provisional: Boolean!\n    $kind: RegionKind\n    $peerGroupId: ID\n  ) {\n    leaderboard(\n      provinceCode: $provinceCode\n      frameworkCode: $frameworkCode\n      year: $year\n      provisional: $provisional\n      kind: $kind\n      peerGroupId: $peerGroupId\n    ) {\n      frameworkVersion\n      revision\n      median\n      previousYear\n      comparableWithPrevious\n      comparabilityNote\n      rows {\n        regionCode\n        regionName\n        kind\n        value\n        category\n        rank\n        rankedCount\n        previousRank\n        rankChange\n        valueChange\n        gapToLeader\n        gapToNextRankUp\n        gapToMedian\n        targetCategory\n        targetRank\n        targetCategoryGap\n        targetRankGap\n      }\n    }\n  }\n": types.ProvinceLeaderboardDocument,
    "\n  query ProvinceHeatmap($provinceCode: String!, $frameworkCode: String!, $year: Int!, $provisional: Boolean!) {\n    heatmap(provinceCode: $provinceCode, frameworkCode: $frameworkCode, year: $year, provisional: $provisional) {\n      areas {\n        code\n        nameId\n        nameEn\n        weight\n      }\n      rows {\n        regionCode\n        regionName\n        composite {\n          value\n          rank\n          quartile\n        }\n        cells {\n          areaCode\n          value\n          rank\n          quartile\n        }\n      }\n    }\n  }\n": types.ProvinceHeatmapDocument,
    "\n  query AreaIndicators($filter: ScoreFilterInput!) {\n    scores(filter: $filter, first: 500) {\n      nodes {\n        regionCode\n        regionName\n        nodeCode\n        nodeNameId\n        nodeNameEn\n        value\n        rank\n      }\n    }\n  }\n": types.AreaIndicatorsDocument,
    "\n  query ProvinceTrailing($provinceCode: String!, $frameworkCode: String!, $year: Int!, $provisional: Boolean!) {\n    trailing(provinceCode: $provinceCode, frameworkCode: $frameworkCode, year: $year, provisional: $provisional, n: 3) {\n      overall {\n        regionCode\n        regionName\n        value\n        rank\n        rankedCount\n        weakestAreas {\n          areaCode\n          nameId\n          nameEn\n          value\n          shortfall\n          weightedShortfall\n        }\n        weakestIndicators {\n          nodeCode\n          areaCode\n          nameId\n          nameEn\n          value\n          median\n        }\n      }\n      rankedCount\n      notSubmittedCount\n    }\n  }\n": types.ProvinceTrailingDocument,
    "\n  query NationalPosition($frameworkCode: String!, $year: Int!) {\n    nationalLeaderboard(frameworkCode: $frameworkCode, year: $year) {\n      provinces {\n        provinceCode\n        provinceName\n        mean\n        median\n        min\n        max\n        regionsWithValue\n        regionsInProvince\n        coveragePercent\n        rankByMean\n        rankByMedian\n        unrankedNote\n        demo\n      }\n    }\n  }\n": types.NationalPositionDocument,
    "\n  query CompareRegions($frameworkCode: String!, $regions: [String!]!, $years: [Int!]!, $medianFilter: ScoreFilterInput!) {\n    compare(frameworkCode: $frameworkCode, regions: $regions, years: $years) {\n      years\n      regions {\n        regionCode\n        regionName\n        cells {\n          year\n          value\n          rank\n          rankedCount\n        }\n      }\n    }\n    aggregates(filter: $medianFilter, groupBy: [YEAR], metrics: [MEDIAN]) {\n      year\n      median\n    }\n  }\n": types.CompareRegionsDocument,
    "\n  query RegionProfile($code: String!) {\n    regionProfile(code: $code) {\n      regionCode\n      regionName\n      provinceCode\n      kind\n      consecutiveWtpYears\n      frameworks {\n        frameworkCode\n        latest {\n          year\n          value\n          category\n          rank\n          rankedCount\n          frameworkVersion\n        }\n        history {\n          year\n          value\n          rank\n          rankedCount\n        }\n        targets {\n          year\n          targetCategory\n          targetRank\n          categoryGap\n          rankGap\n          comparedYear\n          note\n        }\n        weakestAreas {\n          areaCode\n          nameId\n          nameEn\n          shortfall\n        }\n      }\n      innovations {\n        status\n        stage\n        count\n      }\n    }\n  }\n": types.RegionProfileDocument,
    "\n  query ProvinceMedians($filter: ScoreFilterInput!) {\n    aggregates(filter: $filter, groupBy: [FRAMEWORK, YEAR], metrics: [MEDIAN]) {\n      frameworkCode\n      year\n      median\n    }\n  }\n": types.ProvinceMediansDocument,
    "\n  query RegionScores($filter: ScoreFilterInput!) {\n    scores(filter: $filter, first: 500) {\n      nodes {\n        nodeCode\n        value\n      }\n    }\n  }\n": types.RegionScoresDocument,
    "\n  query WhatIf($input: WhatIfInput!) {\n    whatIf(input: $input) {\n      value\n      category\n      rank\n      rankedCount\n      currentValue\n      currentRank\n      complete\n      missing\n      areas {\n        areaCode\n        currentValue\n        value\n        best\n      }\n    }\n  }\n": types.WhatIfDocument,
    "\n  query RegionPeriods($provinceCode: String!) {\n    periods(provinceCode: $provinceCode) {\n      frameworkCode\n      year\n      isDemo\n    }\n  }\n": types.RegionPeriodsDocument,
    "\n  query PathToTarget($input: PathToTargetInput!) {\n    pathToTarget(input: $input) {\n      reached\n      reachable\n      currentValue\n      currentRank\n      targetValue\n      value\n      category\n      rank\n      rankedCount\n      steps {\n        nodeCode\n        nameId\n        nameEn\n        from\n        to\n        compositeGain\n        value\n        category\n        rank\n      }\n    }\n  }\n": types.PathToTargetDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Frameworks {\n    frameworks {\n      code\n      version\n      names {\n        id\n        en\n      }\n      years {\n        from\n        to\n      }\n      scale {\n        min\n        max\n        precision\n        higherIsBetter\n      }\n      schemes {\n        code\n        bands {\n          code\n          level\n          labels {\n            id\n            en\n          }\n          aliases\n        }\n      }\n      nodes {\n        code\n        parentCode\n        depth\n        isLeaf\n        weight\n        names {\n          id\n          en\n        }\n        scale {\n          min\n          max\n          precision\n          higherIsBetter\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FrameworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      activeScope\n      activeRole\n      user {\n        id\n        email\n        displayName\n        mustChangePassword\n      }\n      memberships {\n        scope\n        role\n        provinceCode\n        regionCode\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!, $scope: String) {\n    login(email: $email, password: $password, scope: $scope, cookie: true) {\n      accessToken\n      expiresIn\n      scope\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input, cookie: true) {\n      accessToken\n      expiresIn\n      scope\n    }\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalPeriods {\n    periods {\n      frameworkCode\n      year\n      publishedRevision\n      isDemo\n    }\n  }\n"): typeof import('./graphql').NationalPeriodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalBoard($frameworkCode: String!, $year: Int!) {\n    nationalLeaderboard(frameworkCode: $frameworkCode, year: $year) {\n      provinces {\n        provinceCode\n        provinceName\n        mean\n        median\n        regionsWithValue\n        regionsInProvince\n        coveragePercent\n        rankByMean\n        unrankedNote\n      }\n    }\n  }\n"): typeof import('./graphql').NationalBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').UnreadNotificationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsPage($limit: Int!, $offset: Int!, $unreadOnly: Boolean!) {\n    notifications(limit: $limit, offset: $offset, unreadOnly: $unreadOnly) {\n      total\n      unreadCount\n      hasMore\n      items {\n        id\n        kind\n        title\n        body\n        link\n        regionName\n        createdAt\n        readAt\n      }\n    }\n    notificationPreferences {\n      kind\n      email\n    }\n  }\n"): typeof import('./graphql').NotificationsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($kind: NotificationKind!, $email: Boolean!) {\n    setNotificationPreference(kind: $kind, email: $email) {\n      kind\n      email\n    }\n  }\n"): typeof import('./graphql').SetNotificationPreferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindRegions($periodId: ID!, $regionCodes: [String!]) {\n    remindRegions(periodId: $periodId, regionCodes: $regionCodes) {\n      regionCodes\n      people\n    }\n  }\n"): typeof import('./graphql').RemindRegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvincePeriods($provinceCode: String!) {\n    province(code: $provinceCode) {\n      code\n      name\n      regions {\n        code\n        name\n        kind\n      }\n    }\n    periods(provinceCode: $provinceCode) {\n      id\n      frameworkCode\n      frameworkVersion\n      year\n      state\n      isDemo\n      publishedRevision\n    }\n    peerGroups(provinceCode: $provinceCode) {\n      id\n      name\n      regionCodes\n    }\n  }\n"): typeof import('./graphql').ProvincePeriodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceLeaderboard(\n    $provinceCode: String!\n    $frameworkCode: String!\n    $year: Int!\n    $provisional: Boolean!\n    $kind: RegionKind\n    $peerGroupId: ID\n  ) {\n    leaderboard(\n      provinceCode: $provinceCode\n      frameworkCode: $frameworkCode\n      year: $year\n      provisional: $provisional\n      kind: $kind\n      peerGroupId: $peerGroupId\n    ) {\n      frameworkVersion\n      revision\n      median\n      previousYear\n      comparableWithPrevious\n      comparabilityNote\n      rows {\n        regionCode\n        regionName\n        kind\n        value\n        category\n        rank\n        rankedCount\n        previousRank\n        rankChange\n        valueChange\n        gapToLeader\n        gapToNextRankUp\n        gapToMedian\n        targetCategory\n        targetRank\n        targetCategoryGap\n        targetRankGap\n      }\n    }\n  }\n"): typeof import('./graphql').ProvinceLeaderboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceHeatmap($provinceCode: String!, $frameworkCode: String!, $year: Int!, $provisional: Boolean!) {\n    heatmap(provinceCode: $provinceCode, frameworkCode: $frameworkCode, year: $year, provisional: $provisional) {\n      areas {\n        code\n        nameId\n        nameEn\n        weight\n      }\n      rows {\n        regionCode\n        regionName\n        composite {\n          value\n          rank\n          quartile\n        }\n        cells {\n          areaCode\n          value\n          rank\n          quartile\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProvinceHeatmapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaIndicators($filter: ScoreFilterInput!) {\n    scores(filter: $filter, first: 500) {\n      nodes {\n        regionCode\n        regionName\n        nodeCode\n        nodeNameId\n        nodeNameEn\n        value\n        rank\n      }\n    }\n  }\n"): typeof import('./graphql').AreaIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceTrailing($provinceCode: String!, $frameworkCode: String!, $year: Int!, $provisional: Boolean!) {\n    trailing(provinceCode: $provinceCode, frameworkCode: $frameworkCode, year: $year, provisional: $provisional, n: 3) {\n      overall {\n        regionCode\n        regionName\n        value\n        rank\n        rankedCount\n        weakestAreas {\n          areaCode\n          nameId\n          nameEn\n          value\n          shortfall\n          weightedShortfall\n        }\n        weakestIndicators {\n          nodeCode\n          areaCode\n          nameId\n          nameEn\n          value\n          median\n        }\n      }\n      rankedCount\n      notSubmittedCount\n    }\n  }\n"): typeof import('./graphql').ProvinceTrailingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalPosition($frameworkCode: String!, $year: Int!) {\n    nationalLeaderboard(frameworkCode: $frameworkCode, year: $year) {\n      provinces {\n        provinceCode\n        provinceName\n        mean\n        median\n        min\n        max\n        regionsWithValue\n        regionsInProvince\n        coveragePercent\n        rankByMean\n        rankByMedian\n        unrankedNote\n        demo\n      }\n    }\n  }\n"): typeof import('./graphql').NationalPositionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareRegions($frameworkCode: String!, $regions: [String!]!, $years: [Int!]!, $medianFilter: ScoreFilterInput!) {\n    compare(frameworkCode: $frameworkCode, regions: $regions, years: $years) {\n      years\n      regions {\n        regionCode\n        regionName\n        cells {\n          year\n          value\n          rank\n          rankedCount\n        }\n      }\n    }\n    aggregates(filter: $medianFilter, groupBy: [YEAR], metrics: [MEDIAN]) {\n      year\n      median\n    }\n  }\n"): typeof import('./graphql').CompareRegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionProfile($code: String!) {\n    regionProfile(code: $code) {\n      regionCode\n      regionName\n      provinceCode\n      kind\n      consecutiveWtpYears\n      frameworks {\n        frameworkCode\n        latest {\n          year\n          value\n          category\n          rank\n          rankedCount\n          frameworkVersion\n        }\n        history {\n          year\n          value\n          rank\n          rankedCount\n        }\n        targets {\n          year\n          targetCategory\n          targetRank\n          categoryGap\n          rankGap\n          comparedYear\n          note\n        }\n        weakestAreas {\n          areaCode\n          nameId\n          nameEn\n          shortfall\n        }\n      }\n      innovations {\n        status\n        stage\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').RegionProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceMedians($filter: ScoreFilterInput!) {\n    aggregates(filter: $filter, groupBy: [FRAMEWORK, YEAR], metrics: [MEDIAN]) {\n      frameworkCode\n      year\n      median\n    }\n  }\n"): typeof import('./graphql').ProvinceMediansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionScores($filter: ScoreFilterInput!) {\n    scores(filter: $filter, first: 500) {\n      nodes {\n        nodeCode\n        value\n      }\n    }\n  }\n"): typeof import('./graphql').RegionScoresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhatIf($input: WhatIfInput!) {\n    whatIf(input: $input) {\n      value\n      category\n      rank\n      rankedCount\n      currentValue\n      currentRank\n      complete\n      missing\n      areas {\n        areaCode\n        currentValue\n        value\n        best\n      }\n    }\n  }\n"): typeof import('./graphql').WhatIfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionPeriods($provinceCode: String!) {\n    periods(provinceCode: $provinceCode) {\n      frameworkCode\n      year\n      isDemo\n    }\n  }\n"): typeof import('./graphql').RegionPeriodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathToTarget($input: PathToTargetInput!) {\n    pathToTarget(input: $input) {\n      reached\n      reachable\n      currentValue\n      currentRank\n      targetValue\n      value\n      category\n      rank\n      rankedCount\n      steps {\n        nodeCode\n        nameId\n        nameEn\n        from\n        to\n        compositeGain\n        value\n        category\n        rank\n      }\n    }\n  }\n"): typeof import('./graphql').PathToTargetDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
