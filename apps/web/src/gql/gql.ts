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
    "\n  query AdminPlaces($provinceCode: String!) {\n    province(code: $provinceCode) {\n      code\n      name\n      regions {\n        code\n        name\n      }\n    }\n  }\n": typeof types.AdminPlacesDocument,
    "\n  query AdminProvinces {\n    provinces {\n      code\n      name\n    }\n  }\n": typeof types.AdminProvincesDocument,
    "\n  query AdminUsers($provinceCode: String, $regionCode: String) {\n    users(provinceCode: $provinceCode, regionCode: $regionCode) {\n      id\n      email\n      displayName\n      isOperator\n      disabled\n      disabledAt\n      mustChangePassword\n      createdAt\n      memberships {\n        role\n        scope\n        provinceCode\n        regionCode\n        grantedAt\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      temporaryPassword\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n": typeof types.AdminCreateUserDocument,
    "\n  mutation AdminGrantMembership($input: GrantMembershipInput!) {\n    grantMembership(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminGrantMembershipDocument,
    "\n  mutation AdminRevokeMembership($input: RevokeMembershipInput!) {\n    revokeMembership(input: $input)\n  }\n": typeof types.AdminRevokeMembershipDocument,
    "\n  mutation AdminDisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      id\n      disabled\n    }\n  }\n": typeof types.AdminDisableUserDocument,
    "\n  mutation AdminEnableUser($userId: ID!) {\n    enableUser(userId: $userId) {\n      id\n      disabled\n    }\n  }\n": typeof types.AdminEnableUserDocument,
    "\n  query AdminApiKeys($provinceCode: String, $regionCode: String, $includeRevoked: Boolean!) {\n    apiKeys(provinceCode: $provinceCode, regionCode: $regionCode, includeRevoked: $includeRevoked) {\n      id\n      name\n      prefix\n      scope\n      provinceCode\n      regionCode\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      active\n    }\n  }\n": typeof types.AdminApiKeysDocument,
    "\n  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n": typeof types.AdminCreateApiKeyDocument,
    "\n  mutation AdminRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.AdminRevokeApiKeyDocument,
    "\n  query AdminSavedReports($provinceCode: String, $regionCode: String) {\n    savedReports(provinceCode: $provinceCode, regionCode: $regionCode) {\n      id\n      name\n      description\n      scope\n      provinceCode\n      regionCode\n      csvPath\n      xlsxPath\n      updatedAt\n    }\n  }\n": typeof types.AdminSavedReportsDocument,
    "\n  query AdminRunSavedReport($name: String!, $scope: String) {\n    runSavedReport(name: $name, scope: $scope) {\n      errors {\n        code\n        message\n      }\n      table {\n        columns\n        rows\n        demoData\n      }\n    }\n  }\n": typeof types.AdminRunSavedReportDocument,
    "\n  mutation AdminDeleteSavedReport($id: ID!) {\n    deleteSavedReport(id: $id)\n  }\n": typeof types.AdminDeleteSavedReportDocument,
    "\n  query AdminAuditLog($regionCode: String, $entity: String, $first: Int!, $after: String) {\n    auditLog(regionCode: $regionCode, entity: $entity, first: $first, after: $after) {\n      endCursor\n      hasNextPage\n      entries {\n        id\n        at\n        actor {\n          displayName\n          email\n        }\n        people {\n          id\n          displayName\n          email\n        }\n        actorRole\n        actorApiKeyId\n        provinceCode\n        regionCode\n        entity\n        action\n        before\n        after\n        changedFields\n        reason\n      }\n    }\n  }\n": typeof types.AdminAuditLogDocument,
    "\n  query AdminWebhooks {\n    webhooks {\n      id\n      apiKeyId\n      url\n      description\n      enabled\n      createdAt\n    }\n  }\n": typeof types.AdminWebhooksDocument,
    "\n  query AdminWebhookDeliveries($webhookId: ID!) {\n    webhookDeliveries(webhookId: $webhookId, limit: 50) {\n      id\n      kind\n      state\n      attempts\n      lastStatus\n      lastError\n      createdAt\n      deliveredAt\n      nextAttemptAt\n    }\n  }\n": typeof types.AdminWebhookDeliveriesDocument,
    "\n  mutation AdminRegisterWebhook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n      }\n    }\n  }\n": typeof types.AdminRegisterWebhookDocument,
    "\n  mutation AdminUpdateWebhook($input: UpdateWebhookInput!) {\n    updateWebhook(input: $input) {\n      id\n      enabled\n    }\n  }\n": typeof types.AdminUpdateWebhookDocument,
    "\n  mutation AdminDeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": typeof types.AdminDeleteWebhookDocument,
    "\n  query Frameworks {\n    frameworks {\n      code\n      version\n      names {\n        id\n        en\n      }\n      years {\n        from\n        to\n      }\n      scale {\n        min\n        max\n        precision\n        higherIsBetter\n      }\n      schemes {\n        code\n        years {\n          from\n          to\n        }\n        bands {\n          code\n          level\n          labels {\n            id\n            en\n          }\n          aliases\n        }\n      }\n      nodes {\n        code\n        parentCode\n        depth\n        isLeaf\n        weight\n        names {\n          id\n          en\n        }\n        scale {\n          min\n          max\n          precision\n          higherIsBetter\n        }\n      }\n    }\n  }\n": typeof types.FrameworksDocument,
    "\n  query Me {\n    me {\n      activeScope\n      activeRole\n      user {\n        id\n        email\n        displayName\n        mustChangePassword\n      }\n      memberships {\n        scope\n        role\n        provinceCode\n        regionCode\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!, $scope: String) {\n    login(email: $email, password: $password, scope: $scope, cookie: true) {\n      accessToken\n      expiresIn\n      scope\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input, cookie: true) {\n      accessToken\n      expiresIn\n      scope\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query EntryRegion($code: String!) {\n    region(code: $code) {\n      code\n      name\n      provinceCode\n    }\n  }\n": typeof types.EntryRegionDocument,
    "\n  query EntryPeriods($provinceCode: String!) {\n    periods(provinceCode: $provinceCode) {\n      id\n      frameworkCode\n      frameworkVersion\n      year\n      state\n      deadline\n      isDemo\n    }\n  }\n": typeof types.EntryPeriodsDocument,
    "\n  query EntryFramework($code: String!, $version: String!) {\n    framework(code: $code, version: $version) {\n      level\n      nodes {\n        code\n        notes\n        regulation\n      }\n    }\n  }\n": typeof types.EntryFrameworkDocument,
    "\n  query EntryValues($periodId: ID!, $regionCode: String!) {\n    submissions(periodId: $periodId, regionCode: $regionCode) {\n      state\n      returnComment\n      submittedAt\n      verifiedAt\n      lastChangedAt\n      indicatorsFilled\n      indicatorsTotal\n      returnedValues\n    }\n    assessmentValues(periodId: $periodId, regionCode: $regionCode) {\n      id\n      nodeCode\n      unitId\n      value\n      originalValue\n      correctionReason\n      reviewComment\n      state\n      evidence {\n        url\n        note\n        reference\n      }\n    }\n  }\n": typeof types.EntryValuesDocument,
    "\n  query EntryUnits($regionCode: String!) {\n    units(regionCode: $regionCode) {\n      id\n      name\n      parentId\n    }\n  }\n": typeof types.EntryUnitsDocument,
    "\n  mutation SaveEntryValues($input: SaveValuesInput!) {\n    saveValues(input: $input) {\n      id\n    }\n  }\n": typeof types.SaveEntryValuesDocument,
    "\n  mutation SubmitRegionValues($periodId: ID!, $regionCode: String!) {\n    submitRegionValues(periodId: $periodId, regionCode: $regionCode) {\n      state\n      submittedAt\n    }\n  }\n": typeof types.SubmitRegionValuesDocument,
    "\n  query DraftProjection($input: WhatIfInput!) {\n    whatIf(input: $input) {\n      value\n      category\n      rank\n      rankedCount\n      boardYear\n      complete\n      missing\n      currentValue\n      currentRank\n    }\n  }\n": typeof types.DraftProjectionDocument,
    "\n  query RegionInnovations($regionCode: String!) {\n    innovations(regionCode: $regionCode) {\n      id\n      title\n      description\n      year\n      status\n      stage\n      unitId\n      unit {\n        id\n        name\n      }\n      submittedAt\n      forwardedAt\n      updatedAt\n    }\n    units(regionCode: $regionCode) {\n      id\n      name\n    }\n    region(code: $regionCode) {\n      name\n    }\n  }\n": typeof types.RegionInnovationsDocument,
    "\n  mutation CreateInnovation($input: CreateInnovationInput!) {\n    createInnovation(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CreateInnovationDocument,
    "\n  mutation UpdateInnovation($input: UpdateInnovationInput!) {\n    updateInnovation(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.UpdateInnovationDocument,
    "\n  mutation SubmitInnovation($id: ID!, $regionCode: String!) {\n    submitInnovation(id: $id, regionCode: $regionCode) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitInnovationDocument,
    "\n  mutation ForwardInnovation($id: ID!, $regionCode: String!) {\n    forwardInnovation(id: $id, regionCode: $regionCode) {\n      id\n      status\n    }\n  }\n": typeof types.ForwardInnovationDocument,
    "\n  mutation RecordInnovationStage($id: ID!, $regionCode: String!, $stage: String!, $source: String) {\n    recordInnovationStage(id: $id, regionCode: $regionCode, stage: $stage, source: $source) {\n      id\n      stage\n    }\n  }\n": typeof types.RecordInnovationStageDocument,
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
    "\n  query ReviewPeriods($provinceCode: String!) {\n    province(code: $provinceCode) {\n      code\n      name\n    }\n    periods(provinceCode: $provinceCode) {\n      id\n      frameworkCode\n      frameworkVersion\n      year\n      state\n      deadline\n      isDemo\n      publishedRevision\n      publishedAt\n      createdAt\n    }\n  }\n": typeof types.ReviewPeriodsDocument,
    "\n  mutation OpenPeriod($input: OpenPeriodInput!) {\n    openPeriod(input: $input) {\n      id\n    }\n  }\n": typeof types.OpenPeriodDocument,
    "\n  query PeriodMonitor($periodId: ID!, $provinceCode: String!) {\n    period(periodId: $periodId) {\n      id\n      provinceCode\n      frameworkCode\n      frameworkVersion\n      year\n      state\n      deadline\n      isDemo\n      publishedRevision\n      publishedAt\n    }\n    province(code: $provinceCode) {\n      code\n      name\n      regions {\n        code\n        name\n        kind\n      }\n    }\n    submissions(periodId: $periodId) {\n      regionCode\n      regionName\n      state\n      indicatorsFilled\n      indicatorsTotal\n      completeness\n      returnedValues\n      returnComment\n      hasOfficialResult\n      submittedAt\n      verifiedAt\n      lastChangedAt\n    }\n  }\n": typeof types.PeriodMonitorDocument,
    "\n  mutation ClosePeriodEntry($periodId: ID!) {\n    closePeriodEntry(periodId: $periodId) {\n      id\n      state\n    }\n  }\n": typeof types.ClosePeriodEntryDocument,
    "\n  mutation PublishPeriod($periodId: ID!) {\n    publishPeriod(periodId: $periodId) {\n      id\n      state\n      publishedRevision\n    }\n  }\n": typeof types.PublishPeriodDocument,
    "\n  mutation AmendPeriod($periodId: ID!, $reason: String!) {\n    amendPeriod(periodId: $periodId, reason: $reason) {\n      id\n      state\n    }\n  }\n": typeof types.AmendPeriodDocument,
    "\n  query RegionReview($periodId: ID!, $regionCode: String!, $provinceCode: String!) {\n    period(periodId: $periodId) {\n      id\n      provinceCode\n      frameworkCode\n      frameworkVersion\n      year\n      state\n      deadline\n      isDemo\n    }\n    submissions(periodId: $periodId, regionCode: $regionCode) {\n      regionCode\n      regionName\n      state\n      indicatorsFilled\n      indicatorsTotal\n      returnComment\n      submittedAt\n      lastChangedAt\n    }\n    assessmentValues(periodId: $periodId, regionCode: $regionCode) {\n      id\n      nodeCode\n      nodeNameId\n      nodeNameEn\n      unitId\n      value\n      originalValue\n      correctionReason\n      reviewComment\n      publishedCategory\n      scaleMin\n      scaleMax\n      source\n      sourceNote\n      state\n      updatedAt\n      evidence {\n        url\n        note\n        reference\n      }\n    }\n    periods(provinceCode: $provinceCode) {\n      id\n      frameworkCode\n      year\n    }\n  }\n": typeof types.RegionReviewDocument,
    "\n  query PreviousValues($periodId: ID!, $regionCode: String!) {\n    assessmentValues(periodId: $periodId, regionCode: $regionCode) {\n      id\n      nodeCode\n      unitId\n      value\n    }\n  }\n": typeof types.PreviousValuesDocument,
    "\n  mutation ReviewValue($input: ReviewValueInput!) {\n    reviewValue(input: $input) {\n      id\n      state\n      value\n    }\n  }\n": typeof types.ReviewValueDocument,
    "\n  mutation AcceptSubmission($periodId: ID!, $regionCode: String!) {\n    acceptSubmission(periodId: $periodId, regionCode: $regionCode) {\n      regionCode\n      state\n    }\n  }\n": typeof types.AcceptSubmissionDocument,
    "\n  mutation ReturnSubmission($periodId: ID!, $regionCode: String!, $comment: String!) {\n    returnSubmission(periodId: $periodId, regionCode: $regionCode, comment: $comment) {\n      regionCode\n      state\n    }\n  }\n": typeof types.ReturnSubmissionDocument,
    "\n  query ProvinceSetup($provinceCode: String!) {\n    province(code: $provinceCode) {\n      code\n      name\n      regions {\n        code\n        name\n        kind\n      }\n    }\n    peerGroups(provinceCode: $provinceCode) {\n      id\n      name\n      regionCodes\n    }\n  }\n": typeof types.ProvinceSetupDocument,
    "\n  query RegionTargets($regionCode: String!) {\n    targets(regionCode: $regionCode) {\n      regionCode\n      frameworkCode\n      year\n      targetCategory\n      targetRank\n      note\n      setByRole\n      updatedAt\n    }\n  }\n": typeof types.RegionTargetsDocument,
    "\n  mutation SetTarget(\n    $regionCode: String!\n    $frameworkCode: String!\n    $year: Int!\n    $targetCategory: String\n    $targetRank: Int\n    $note: String\n  ) {\n    setTarget(\n      regionCode: $regionCode\n      frameworkCode: $frameworkCode\n      year: $year\n      targetCategory: $targetCategory\n      targetRank: $targetRank\n      note: $note\n    ) {\n      regionCode\n      frameworkCode\n      year\n    }\n  }\n": typeof types.SetTargetDocument,
    "\n  mutation ClearTarget($regionCode: String!, $frameworkCode: String!, $year: Int!) {\n    clearTarget(regionCode: $regionCode, frameworkCode: $frameworkCode, year: $year)\n  }\n": typeof types.ClearTargetDocument,
    "\n  mutation CreatePeerGroup($input: PeerGroupInput!) {\n    createPeerGroup(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePeerGroupDocument,
    "\n  mutation DeletePeerGroup($id: ID!) {\n    deletePeerGroup(id: $id)\n  }\n": typeof types.DeletePeerGroupDocument,
};
const documents: Documents = {
    "\n  query AdminPlaces($provinceCode: String!) {\n    province(code: $provinceCode) {\n      code\n      name\n      regions {\n        code\n        name\n      }\n    }\n  }\n": types.AdminPlacesDocument,
    "\n  query AdminProvinces {\n    provinces {\n      code\n      name\n    }\n  }\n": types.AdminProvincesDocument,
    "\n  query AdminUsers($provinceCode: String, $regionCode: String) {\n    users(provinceCode: $provinceCode, regionCode: $regionCode) {\n      id\n      email\n      displayName\n      isOperator\n      disabled\n      disabledAt\n      mustChangePassword\n      createdAt\n      memberships {\n        role\n        scope\n        provinceCode\n        regionCode\n        grantedAt\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      temporaryPassword\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n": types.AdminCreateUserDocument,
    "\n  mutation AdminGrantMembership($input: GrantMembershipInput!) {\n    grantMembership(input: $input) {\n      id\n    }\n  }\n": types.AdminGrantMembershipDocument,
    "\n  mutation AdminRevokeMembership($input: RevokeMembershipInput!) {\n    revokeMembership(input: $input)\n  }\n": types.AdminRevokeMembershipDocument,
    "\n  mutation AdminDisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      id\n      disabled\n    }\n  }\n": types.AdminDisableUserDocument,
    "\n  mutation AdminEnableUser($userId: ID!) {\n    enableUser(userId: $userId) {\n      id\n      disabled\n    }\n  }\n": types.AdminEnableUserDocument,
    "\n  query AdminApiKeys($provinceCode: String, $regionCode: String, $includeRevoked: Boolean!) {\n    apiKeys(provinceCode: $provinceCode, regionCode: $regionCode, includeRevoked: $includeRevoked) {\n      id\n      name\n      prefix\n      scope\n      provinceCode\n      regionCode\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      active\n    }\n  }\n": types.AdminApiKeysDocument,
    "\n  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n": types.AdminCreateApiKeyDocument,
    "\n  mutation AdminRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      active\n    }\n  }\n": types.AdminRevokeApiKeyDocument,
    "\n  query AdminSavedReports($provinceCode: String, $regionCode: String) {\n    savedReports(provinceCode: $provinceCode, regionCode: $regionCode) {\n      id\n      name\n      description\n      scope\n      provinceCode\n      regionCode\n      csvPath\n      xlsxPath\n      updatedAt\n    }\n  }\n": types.AdminSavedReportsDocument,
    "\n  query AdminRunSavedReport($name: String!, $scope: String) {\n    runSavedReport(name: $name, scope: $scope) {\n      errors {\n        code\n        message\n      }\n      table {\n        columns\n        rows\n        demoData\n      }\n    }\n  }\n": types.AdminRunSavedReportDocument,
    "\n  mutation AdminDeleteSavedReport($id: ID!) {\n    deleteSavedReport(id: $id)\n  }\n": types.AdminDeleteSavedReportDocument,
    "\n  query AdminAuditLog($regionCode: String, $entity: String, $first: Int!, $after: String) {\n    auditLog(regionCode: $regionCode, entity: $entity, first: $first, after: $after) {\n      endCursor\n      hasNextPage\n      entries {\n        id\n        at\n        actor {\n          displayName\n          email\n        }\n        people {\n          id\n          displayName\n          email\n        }\n        actorRole\n        actorApiKeyId\n        provinceCode\n        regionCode\n        entity\n        action\n        before\n        after\n        changedFields\n        reason\n      }\n    }\n  }\n": types.AdminAuditLogDocument,
    "\n  query AdminWebhooks {\n    webhooks {\n      id\n      apiKeyId\n      url\n      description\n      enabled\n      createdAt\n    }\n  }\n": types.AdminWebhooksDocument,
    "\n  query AdminWebhookDeliveries($webhookId: ID!) {\n    webhookDeliveries(webhookId: $webhookId, limit: 50) {\n      id\n      kind\n      state\n      attempts\n      lastStatus\n      lastError\n      createdAt\n      deliveredAt\n      nextAttemptAt\n    }\n  }\n": types.AdminWebhookDeliveriesDocument,
    "\n  mutation AdminRegisterWebhook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n      }\n    }\n  }\n": types.AdminRegisterWebhookDocument,
    "\n  mutation AdminUpdateWebhook($input: UpdateWebhookInput!) {\n    updateWebhook(input: $input) {\n      id\n      enabled\n    }\n  }\n": types.AdminUpdateWebhookDocument,
    "\n  mutation AdminDeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": types.AdminDeleteWebhookDocument,
    "\n  query Frameworks {\n    frameworks {\n      code\n      version\n      names {\n        id\n        en\n      }\n      years {\n        from\n        to\n      }\n      scale {\n        min\n        max\n        precision\n        higherIsBetter\n      }\n      schemes {\n        code\n        years {\n          from\n          to\n        }\n        bands {\n          code\n          level\n          labels {\n            id\n            en\n          }\n          aliases\n        }\n      }\n      nodes {\n        code\n        parentCode\n        depth\n        isLeaf\n        weight\n        names {\n          id\n          en\n        }\n        scale {\n          min\n          max\n          precision\n          higherIsBetter\n        }\n      }\n    }\n  }\n": types.FrameworksDocument,
    "\n  query Me {\n    me {\n      activeScope\n      activeRole\n      user {\n        id\n        email\n        displayName\n        mustChangePassword\n      }\n      memberships {\n        scope\n        role\n        provinceCode\n        regionCode\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!, $scope: String) {\n    login(email: $email, password: $password, scope: $scope, cookie: true) {\n      accessToken\n      expiresIn\n      scope\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input, cookie: true) {\n      accessToken\n      expiresIn\n      scope\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  query EntryRegion($code: String!) {\n    region(code: $code) {\n      code\n      name\n      provinceCode\n    }\n  }\n": types.EntryRegionDocument,
    "\n  query EntryPeriods($provinceCode: String!) {\n    periods(provinceCode: $provinceCode) {\n      id\n      frameworkCode\n      frameworkVersion\n      year\n      state\n      deadline\n      isDemo\n    }\n  }\n": types.EntryPeriodsDocument,
    "\n  query EntryFramework($code: String!, $version: String!) {\n    framework(code: $code, version: $version) {\n      level\n      nodes {\n        code\n        notes\n        regulation\n      }\n    }\n  }\n": types.EntryFrameworkDocument,
    "\n  query EntryValues($periodId: ID!, $regionCode: String!) {\n    submissions(periodId: $periodId, regionCode: $regionCode) {\n      state\n      returnComment\n      submittedAt\n      verifiedAt\n      lastChangedAt\n      indicatorsFilled\n      indicatorsTotal\n      returnedValues\n    }\n    assessmentValues(periodId: $periodId, regionCode: $regionCode) {\n      id\n      nodeCode\n      unitId\n      value\n      originalValue\n      correctionReason\n      reviewComment\n      state\n      evidence {\n        url\n        note\n        reference\n      }\n    }\n  }\n": types.EntryValuesDocument,
    "\n  query EntryUnits($regionCode: String!) {\n    units(regionCode: $regionCode) {\n      id\n      name\n      parentId\n    }\n  }\n": types.EntryUnitsDocument,
    "\n  mutation SaveEntryValues($input: SaveValuesInput!) {\n    saveValues(input: $input) {\n      id\n    }\n  }\n": types.SaveEntryValuesDocument,
    "\n  mutation SubmitRegionValues($periodId: ID!, $regionCode: String!) {\n    submitRegionValues(periodId: $periodId, regionCode: $regionCode) {\n      state\n      submittedAt\n    }\n  }\n": types.SubmitRegionValuesDocument,
    "\n  query DraftProjection($input: WhatIfInput!) {\n    whatIf(input: $input) {\n      value\n      category\n      rank\n      rankedCount\n      boardYear\n      complete\n      missing\n      currentValue\n      currentRank\n    }\n  }\n": types.DraftProjectionDocument,
    "\n  query RegionInnovations($regionCode: String!) {\n    innovations(regionCode: $regionCode) {\n      id\n      title\n      description\n      year\n      status\n      stage\n      unitId\n      unit {\n        id\n        name\n      }\n      submittedAt\n      forwardedAt\n      updatedAt\n    }\n    units(regionCode: $regionCode) {\n      id\n      name\n    }\n    region(code: $regionCode) {\n      name\n    }\n  }\n": types.RegionInnovationsDocument,
    "\n  mutation CreateInnovation($input: CreateInnovationInput!) {\n    createInnovation(input: $input) {\n      id\n      status\n    }\n  }\n": types.CreateInnovationDocument,
    "\n  mutation UpdateInnovation($input: UpdateInnovationInput!) {\n    updateInnovation(input: $input) {\n      id\n      status\n    }\n  }\n": types.UpdateInnovationDocument,
    "\n  mutation SubmitInnovation($id: ID!, $regionCode: String!) {\n    submitInnovation(id: $id, regionCode: $regionCode) {\n      id\n      status\n    }\n  }\n": types.SubmitInnovationDocument,
    "\n  mutation ForwardInnovation($id: ID!, $regionCode: String!) {\n    forwardInnovation(id: $id, regionCode: $regionCode) {\n      id\n      status\n    }\n  }\n": types.ForwardInnovationDocument,
    "\n  mutation RecordInnovationStage($id: ID!, $regionCode: String!, $stage: String!, $source: String) {\n    recordInnovationStage(id: $id, regionCode: $regionCode, stage: $stage, source: $source) {\n      id\n      stage\n    }\n  }\n": types.RecordInnovationStageDocument,
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
    "\n  query ReviewPeriods($provinceCode: String!) {\n    province(code: $provinceCode) {\n      code\n      name\n    }\n    periods(provinceCode: $provinceCode) {\n      id\n      frameworkCode\n      frameworkVersion\n      year\n      state\n      deadline\n      isDemo\n      publishedRevision\n      publishedAt\n      createdAt\n    }\n  }\n": types.ReviewPeriodsDocument,
    "\n  mutation OpenPeriod($input: OpenPeriodInput!) {\n    openPeriod(input: $input) {\n      id\n    }\n  }\n": types.OpenPeriodDocument,
    "\n  query PeriodMonitor($periodId: ID!, $provinceCode: String!) {\n    period(periodId: $periodId) {\n      id\n      provinceCode\n      frameworkCode\n      frameworkVersion\n      year\n      state\n      deadline\n      isDemo\n      publishedRevision\n      publishedAt\n    }\n    province(code: $provinceCode) {\n      code\n      name\n      regions {\n        code\n        name\n        kind\n      }\n    }\n    submissions(periodId: $periodId) {\n      regionCode\n      regionName\n      state\n      indicatorsFilled\n      indicatorsTotal\n      completeness\n      returnedValues\n      returnComment\n      hasOfficialResult\n      submittedAt\n      verifiedAt\n      lastChangedAt\n    }\n  }\n": types.PeriodMonitorDocument,
    "\n  mutation ClosePeriodEntry($periodId: ID!) {\n    closePeriodEntry(periodId: $periodId) {\n      id\n      state\n    }\n  }\n": types.ClosePeriodEntryDocument,
    "\n  mutation PublishPeriod($periodId: ID!) {\n    publishPeriod(periodId: $periodId) {\n      id\n      state\n      publishedRevision\n    }\n  }\n": types.PublishPeriodDocument,
    "\n  mutation AmendPeriod($periodId: ID!, $reason: String!) {\n    amendPeriod(periodId: $periodId, reason: $reason) {\n      id\n      state\n    }\n  }\n": types.AmendPeriodDocument,
    "\n  query RegionReview($periodId: ID!, $regionCode: String!, $provinceCode: String!) {\n    period(periodId: $periodId) {\n      id\n      provinceCode\n      frameworkCode\n      frameworkVersion\n      year\n      state\n      deadline\n      isDemo\n    }\n    submissions(periodId: $periodId, regionCode: $regionCode) {\n      regionCode\n      regionName\n      state\n      indicatorsFilled\n      indicatorsTotal\n      returnComment\n      submittedAt\n      lastChangedAt\n    }\n    assessmentValues(periodId: $periodId, regionCode: $regionCode) {\n      id\n      nodeCode\n      nodeNameId\n      nodeNameEn\n      unitId\n      value\n      originalValue\n      correctionReason\n      reviewComment\n      publishedCategory\n      scaleMin\n      scaleMax\n      source\n      sourceNote\n      state\n      updatedAt\n      evidence {\n        url\n        note\n        reference\n      }\n    }\n    periods(provinceCode: $provinceCode) {\n      id\n      frameworkCode\n      year\n    }\n  }\n": types.RegionReviewDocument,
    "\n  query PreviousValues($periodId: ID!, $regionCode: String!) {\n    assessmentValues(periodId: $periodId, regionCode: $regionCode) {\n      id\n      nodeCode\n      unitId\n      value\n    }\n  }\n": types.PreviousValuesDocument,
    "\n  mutation ReviewValue($input: ReviewValueInput!) {\n    reviewValue(input: $input) {\n      id\n      state\n      value\n    }\n  }\n": types.ReviewValueDocument,
    "\n  mutation AcceptSubmission($periodId: ID!, $regionCode: String!) {\n    acceptSubmission(periodId: $periodId, regionCode: $regionCode) {\n      regionCode\n      state\n    }\n  }\n": types.AcceptSubmissionDocument,
    "\n  mutation ReturnSubmission($periodId: ID!, $regionCode: String!, $comment: String!) {\n    returnSubmission(periodId: $periodId, regionCode: $regionCode, comment: $comment) {\n      regionCode\n      state\n    }\n  }\n": types.ReturnSubmissionDocument,
    "\n  query ProvinceSetup($provinceCode: String!) {\n    province(code: $provinceCode) {\n      code\n      name\n      regions {\n        code\n        name\n        kind\n      }\n    }\n    peerGroups(provinceCode: $provinceCode) {\n      id\n      name\n      regionCodes\n    }\n  }\n": types.ProvinceSetupDocument,
    "\n  query RegionTargets($regionCode: String!) {\n    targets(regionCode: $regionCode) {\n      regionCode\n      frameworkCode\n      year\n      targetCategory\n      targetRank\n      note\n      setByRole\n      updatedAt\n    }\n  }\n": types.RegionTargetsDocument,
    "\n  mutation SetTarget(\n    $regionCode: String!\n    $frameworkCode: String!\n    $year: Int!\n    $targetCategory: String\n    $targetRank: Int\n    $note: String\n  ) {\n    setTarget(\n      regionCode: $regionCode\n      frameworkCode: $frameworkCode\n      year: $year\n      targetCategory: $targetCategory\n      targetRank: $targetRank\n      note: $note\n    ) {\n      regionCode\n      frameworkCode\n      year\n    }\n  }\n": types.SetTargetDocument,
    "\n  mutation ClearTarget($regionCode: String!, $frameworkCode: String!, $year: Int!) {\n    clearTarget(regionCode: $regionCode, frameworkCode: $frameworkCode, year: $year)\n  }\n": types.ClearTargetDocument,
    "\n  mutation CreatePeerGroup($input: PeerGroupInput!) {\n    createPeerGroup(input: $input) {\n      id\n    }\n  }\n": types.CreatePeerGroupDocument,
    "\n  mutation DeletePeerGroup($id: ID!) {\n    deletePeerGroup(id: $id)\n  }\n": types.DeletePeerGroupDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPlaces($provinceCode: String!) {\n    province(code: $provinceCode) {\n      code\n      name\n      regions {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AdminPlacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProvinces {\n    provinces {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').AdminProvincesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($provinceCode: String, $regionCode: String) {\n    users(provinceCode: $provinceCode, regionCode: $regionCode) {\n      id\n      email\n      displayName\n      isOperator\n      disabled\n      disabledAt\n      mustChangePassword\n      createdAt\n      memberships {\n        role\n        scope\n        provinceCode\n        regionCode\n        grantedAt\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      temporaryPassword\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminGrantMembership($input: GrantMembershipInput!) {\n    grantMembership(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminGrantMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeMembership($input: RevokeMembershipInput!) {\n    revokeMembership(input: $input)\n  }\n"): typeof import('./graphql').AdminRevokeMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      id\n      disabled\n    }\n  }\n"): typeof import('./graphql').AdminDisableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminEnableUser($userId: ID!) {\n    enableUser(userId: $userId) {\n      id\n      disabled\n    }\n  }\n"): typeof import('./graphql').AdminEnableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminApiKeys($provinceCode: String, $regionCode: String, $includeRevoked: Boolean!) {\n    apiKeys(provinceCode: $provinceCode, regionCode: $regionCode, includeRevoked: $includeRevoked) {\n      id\n      name\n      prefix\n      scope\n      provinceCode\n      regionCode\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      active\n    }\n  }\n"): typeof import('./graphql').AdminApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      active\n    }\n  }\n"): typeof import('./graphql').AdminRevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSavedReports($provinceCode: String, $regionCode: String) {\n    savedReports(provinceCode: $provinceCode, regionCode: $regionCode) {\n      id\n      name\n      description\n      scope\n      provinceCode\n      regionCode\n      csvPath\n      xlsxPath\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').AdminSavedReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRunSavedReport($name: String!, $scope: String) {\n    runSavedReport(name: $name, scope: $scope) {\n      errors {\n        code\n        message\n      }\n      table {\n        columns\n        rows\n        demoData\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRunSavedReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteSavedReport($id: ID!) {\n    deleteSavedReport(id: $id)\n  }\n"): typeof import('./graphql').AdminDeleteSavedReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditLog($regionCode: String, $entity: String, $first: Int!, $after: String) {\n    auditLog(regionCode: $regionCode, entity: $entity, first: $first, after: $after) {\n      endCursor\n      hasNextPage\n      entries {\n        id\n        at\n        actor {\n          displayName\n          email\n        }\n        people {\n          id\n          displayName\n          email\n        }\n        actorRole\n        actorApiKeyId\n        provinceCode\n        regionCode\n        entity\n        action\n        before\n        after\n        changedFields\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminWebhooks {\n    webhooks {\n      id\n      apiKeyId\n      url\n      description\n      enabled\n      createdAt\n    }\n  }\n"): typeof import('./graphql').AdminWebhooksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminWebhookDeliveries($webhookId: ID!) {\n    webhookDeliveries(webhookId: $webhookId, limit: 50) {\n      id\n      kind\n      state\n      attempts\n      lastStatus\n      lastError\n      createdAt\n      deliveredAt\n      nextAttemptAt\n    }\n  }\n"): typeof import('./graphql').AdminWebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRegisterWebhook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      secret\n      webhook {\n        id\n        url\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRegisterWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateWebhook($input: UpdateWebhookInput!) {\n    updateWebhook(input: $input) {\n      id\n      enabled\n    }\n  }\n"): typeof import('./graphql').AdminUpdateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"): typeof import('./graphql').AdminDeleteWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Frameworks {\n    frameworks {\n      code\n      version\n      names {\n        id\n        en\n      }\n      years {\n        from\n        to\n      }\n      scale {\n        min\n        max\n        precision\n        higherIsBetter\n      }\n      schemes {\n        code\n        years {\n          from\n          to\n        }\n        bands {\n          code\n          level\n          labels {\n            id\n            en\n          }\n          aliases\n        }\n      }\n      nodes {\n        code\n        parentCode\n        depth\n        isLeaf\n        weight\n        names {\n          id\n          en\n        }\n        scale {\n          min\n          max\n          precision\n          higherIsBetter\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FrameworksDocument;
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
export function graphql(source: "\n  query EntryRegion($code: String!) {\n    region(code: $code) {\n      code\n      name\n      provinceCode\n    }\n  }\n"): typeof import('./graphql').EntryRegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntryPeriods($provinceCode: String!) {\n    periods(provinceCode: $provinceCode) {\n      id\n      frameworkCode\n      frameworkVersion\n      year\n      state\n      deadline\n      isDemo\n    }\n  }\n"): typeof import('./graphql').EntryPeriodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntryFramework($code: String!, $version: String!) {\n    framework(code: $code, version: $version) {\n      level\n      nodes {\n        code\n        notes\n        regulation\n      }\n    }\n  }\n"): typeof import('./graphql').EntryFrameworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntryValues($periodId: ID!, $regionCode: String!) {\n    submissions(periodId: $periodId, regionCode: $regionCode) {\n      state\n      returnComment\n      submittedAt\n      verifiedAt\n      lastChangedAt\n      indicatorsFilled\n      indicatorsTotal\n      returnedValues\n    }\n    assessmentValues(periodId: $periodId, regionCode: $regionCode) {\n      id\n      nodeCode\n      unitId\n      value\n      originalValue\n      correctionReason\n      reviewComment\n      state\n      evidence {\n        url\n        note\n        reference\n      }\n    }\n  }\n"): typeof import('./graphql').EntryValuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntryUnits($regionCode: String!) {\n    units(regionCode: $regionCode) {\n      id\n      name\n      parentId\n    }\n  }\n"): typeof import('./graphql').EntryUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveEntryValues($input: SaveValuesInput!) {\n    saveValues(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SaveEntryValuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRegionValues($periodId: ID!, $regionCode: String!) {\n    submitRegionValues(periodId: $periodId, regionCode: $regionCode) {\n      state\n      submittedAt\n    }\n  }\n"): typeof import('./graphql').SubmitRegionValuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftProjection($input: WhatIfInput!) {\n    whatIf(input: $input) {\n      value\n      category\n      rank\n      rankedCount\n      boardYear\n      complete\n      missing\n      currentValue\n      currentRank\n    }\n  }\n"): typeof import('./graphql').DraftProjectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionInnovations($regionCode: String!) {\n    innovations(regionCode: $regionCode) {\n      id\n      title\n      description\n      year\n      status\n      stage\n      unitId\n      unit {\n        id\n        name\n      }\n      submittedAt\n      forwardedAt\n      updatedAt\n    }\n    units(regionCode: $regionCode) {\n      id\n      name\n    }\n    region(code: $regionCode) {\n      name\n    }\n  }\n"): typeof import('./graphql').RegionInnovationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInnovation($input: CreateInnovationInput!) {\n    createInnovation(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CreateInnovationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInnovation($input: UpdateInnovationInput!) {\n    updateInnovation(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').UpdateInnovationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitInnovation($id: ID!, $regionCode: String!) {\n    submitInnovation(id: $id, regionCode: $regionCode) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SubmitInnovationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForwardInnovation($id: ID!, $regionCode: String!) {\n    forwardInnovation(id: $id, regionCode: $regionCode) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ForwardInnovationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordInnovationStage($id: ID!, $regionCode: String!, $stage: String!, $source: String) {\n    recordInnovationStage(id: $id, regionCode: $regionCode, stage: $stage, source: $source) {\n      id\n      stage\n    }\n  }\n"): typeof import('./graphql').RecordInnovationStageDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewPeriods($provinceCode: String!) {\n    province(code: $provinceCode) {\n      code\n      name\n    }\n    periods(provinceCode: $provinceCode) {\n      id\n      frameworkCode\n      frameworkVersion\n      year\n      state\n      deadline\n      isDemo\n      publishedRevision\n      publishedAt\n      createdAt\n    }\n  }\n"): typeof import('./graphql').ReviewPeriodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenPeriod($input: OpenPeriodInput!) {\n    openPeriod(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').OpenPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeriodMonitor($periodId: ID!, $provinceCode: String!) {\n    period(periodId: $periodId) {\n      id\n      provinceCode\n      frameworkCode\n      frameworkVersion\n      year\n      state\n      deadline\n      isDemo\n      publishedRevision\n      publishedAt\n    }\n    province(code: $provinceCode) {\n      code\n      name\n      regions {\n        code\n        name\n        kind\n      }\n    }\n    submissions(periodId: $periodId) {\n      regionCode\n      regionName\n      state\n      indicatorsFilled\n      indicatorsTotal\n      completeness\n      returnedValues\n      returnComment\n      hasOfficialResult\n      submittedAt\n      verifiedAt\n      lastChangedAt\n    }\n  }\n"): typeof import('./graphql').PeriodMonitorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePeriodEntry($periodId: ID!) {\n    closePeriodEntry(periodId: $periodId) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').ClosePeriodEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPeriod($periodId: ID!) {\n    publishPeriod(periodId: $periodId) {\n      id\n      state\n      publishedRevision\n    }\n  }\n"): typeof import('./graphql').PublishPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendPeriod($periodId: ID!, $reason: String!) {\n    amendPeriod(periodId: $periodId, reason: $reason) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').AmendPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionReview($periodId: ID!, $regionCode: String!, $provinceCode: String!) {\n    period(periodId: $periodId) {\n      id\n      provinceCode\n      frameworkCode\n      frameworkVersion\n      year\n      state\n      deadline\n      isDemo\n    }\n    submissions(periodId: $periodId, regionCode: $regionCode) {\n      regionCode\n      regionName\n      state\n      indicatorsFilled\n      indicatorsTotal\n      returnComment\n      submittedAt\n      lastChangedAt\n    }\n    assessmentValues(periodId: $periodId, regionCode: $regionCode) {\n      id\n      nodeCode\n      nodeNameId\n      nodeNameEn\n      unitId\n      value\n      originalValue\n      correctionReason\n      reviewComment\n      publishedCategory\n      scaleMin\n      scaleMax\n      source\n      sourceNote\n      state\n      updatedAt\n      evidence {\n        url\n        note\n        reference\n      }\n    }\n    periods(provinceCode: $provinceCode) {\n      id\n      frameworkCode\n      year\n    }\n  }\n"): typeof import('./graphql').RegionReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviousValues($periodId: ID!, $regionCode: String!) {\n    assessmentValues(periodId: $periodId, regionCode: $regionCode) {\n      id\n      nodeCode\n      unitId\n      value\n    }\n  }\n"): typeof import('./graphql').PreviousValuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewValue($input: ReviewValueInput!) {\n    reviewValue(input: $input) {\n      id\n      state\n      value\n    }\n  }\n"): typeof import('./graphql').ReviewValueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptSubmission($periodId: ID!, $regionCode: String!) {\n    acceptSubmission(periodId: $periodId, regionCode: $regionCode) {\n      regionCode\n      state\n    }\n  }\n"): typeof import('./graphql').AcceptSubmissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnSubmission($periodId: ID!, $regionCode: String!, $comment: String!) {\n    returnSubmission(periodId: $periodId, regionCode: $regionCode, comment: $comment) {\n      regionCode\n      state\n    }\n  }\n"): typeof import('./graphql').ReturnSubmissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceSetup($provinceCode: String!) {\n    province(code: $provinceCode) {\n      code\n      name\n      regions {\n        code\n        name\n        kind\n      }\n    }\n    peerGroups(provinceCode: $provinceCode) {\n      id\n      name\n      regionCodes\n    }\n  }\n"): typeof import('./graphql').ProvinceSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionTargets($regionCode: String!) {\n    targets(regionCode: $regionCode) {\n      regionCode\n      frameworkCode\n      year\n      targetCategory\n      targetRank\n      note\n      setByRole\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').RegionTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTarget(\n    $regionCode: String!\n    $frameworkCode: String!\n    $year: Int!\n    $targetCategory: String\n    $targetRank: Int\n    $note: String\n  ) {\n    setTarget(\n      regionCode: $regionCode\n      frameworkCode: $frameworkCode\n      year: $year\n      targetCategory: $targetCategory\n      targetRank: $targetRank\n      note: $note\n    ) {\n      regionCode\n      frameworkCode\n      year\n    }\n  }\n"): typeof import('./graphql').SetTargetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearTarget($regionCode: String!, $frameworkCode: String!, $year: Int!) {\n    clearTarget(regionCode: $regionCode, frameworkCode: $frameworkCode, year: $year)\n  }\n"): typeof import('./graphql').ClearTargetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePeerGroup($input: PeerGroupInput!) {\n    createPeerGroup(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreatePeerGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePeerGroup($id: ID!) {\n    deletePeerGroup(id: $id)\n  }\n"): typeof import('./graphql').DeletePeerGroupDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
