// The GraphQL documents the benchmark sends: what a province dashboard, a region page, a
// national view and an analyst's report ask for, every field of the answer selected.

export const LEADERBOARD = `query Leaderboard($provinceCode: String!, $frameworkCode: String!, $year: Int!, $provisional: Boolean! = false) {
  leaderboard(provinceCode: $provinceCode, frameworkCode: $frameworkCode, year: $year, node: "*", provisional: $provisional) {
    provinceCode frameworkCode frameworkVersion year nodeCode provisional periodState periodId revision
    previousYear previousFrameworkVersion comparableWithPrevious comparabilityNote median
    rows {
      regionCode regionName kind value publishedCategory computedCategory category categoryMismatch
      rank provinceRank rankedCount previousValue previousRank rankChange valueChange
      gapToLeader gapToNextRankUp gapToMedian targetCategory targetRank targetRankGap targetCategoryGap
    }
  }
}`;

export const HEATMAP = `query Heatmap($provinceCode: String!, $frameworkCode: String!, $year: Int!) {
  heatmap(provinceCode: $provinceCode, frameworkCode: $frameworkCode, year: $year) {
    provinceCode frameworkCode year provisional
    areas { code nameId nameEn weight }
    rows { regionCode regionName kind composite { areaCode value rank quartile } cells { areaCode value rank quartile } }
  }
}`;

const STANDING = 'year frameworkVersion value category categoryMismatch rank rankedCount';

export const REGION_PROFILE = `query RegionProfile($code: String!) {
  regionProfile(code: $code) {
    regionCode regionName kind provinceCode consecutiveWtpYears
    frameworks {
      frameworkCode
      latest { ${STANDING} }
      history { ${STANDING} }
      weakestAreas { areaCode nameId nameEn value shortfall weightedShortfall }
      targets { year targetCategory targetRank comparedYear rankGap categoryGap note }
    }
    innovations { status stage count }
  }
}`;

export const NATIONAL_LEADERBOARD = `query National($frameworkCode: String!, $year: Int!) {
  nationalLeaderboard(frameworkCode: $frameworkCode, year: $year) {
    provinces { provinceCode provinceName regionCount mean median min max rankByMean rankByMedian }
    regions { regionCode regionName kind provinceCode value category nationalRank nationalCount }
  }
}`;

// libs/reports (issue 7): when the API has no such field yet, the run says "not available yet".
export const AGGREGATES = `query Aggregates($framework: String!, $year: Int!) {
  aggregates(groupBy: [PROVINCE, YEAR], metrics: [COUNT, MEAN, MEDIAN, MIN, MAX, P25, P75], filter: { frameworks: [$framework], yearFrom: $year, yearTo: $year }) {
    provinceCode year count mean median min max p25 p75
  }
}`;

export const LOGIN = `mutation Login($email: String!, $password: String!, $scope: String) {
  login(email: $email, password: $password, scope: $scope) { accessToken }
}`;

export const CREATE_API_KEY = `mutation CreateApiKey($name: String!, $provinceCode: String) {
  createApiKey(input: { name: $name, provinceCode: $provinceCode }) { secret }
}`;

export const PERIODS = `query Periods($provinceCode: String, $frameworkCode: String, $year: Int) {
  periods(provinceCode: $provinceCode, frameworkCode: $frameworkCode, year: $year) { id provinceCode year state }
}`;

export const AMEND_PERIOD = `mutation Amend($periodId: ID!, $reason: String!) { amendPeriod(periodId: $periodId, reason: $reason) { id state } }`;

export const PUBLISH_PERIOD = `mutation Publish($periodId: ID!) { publishPeriod(periodId: $periodId) { id state } }`;

export const VALUES = `query Values($periodId: ID!, $regionCode: String) {
  assessmentValues(periodId: $periodId, regionCode: $regionCode) { id nodeCode value state }
}`;

export const REVIEW_VALUE = `mutation Review($input: ReviewValueInput!) { reviewValue(input: $input) { id value state } }`;

/** A request body as the load generator sends it. */
export function gqlBody(query: string, variables: Record<string, unknown>): string {
  return JSON.stringify({ query, variables });
}
