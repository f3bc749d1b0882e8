import { graphql } from '../gql';

export const ProvincePeriodsDocument = graphql(`
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
`);

export const LeaderboardDocument = graphql(`
  query ProvinceLeaderboard(
    $provinceCode: String!
    $frameworkCode: String!
    $year: Int!
    $provisional: Boolean!
    $kind: RegionKind
    $peerGroupId: ID
  ) {
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
`);

export const HeatmapDocument = graphql(`
  query ProvinceHeatmap($provinceCode: String!, $frameworkCode: String!, $year: Int!, $provisional: Boolean!) {
    heatmap(provinceCode: $provinceCode, frameworkCode: $frameworkCode, year: $year, provisional: $provisional) {
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
`);

export const DrillDownDocument = graphql(`
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
`);

export const TrailingDocument = graphql(`
  query ProvinceTrailing($provinceCode: String!, $frameworkCode: String!, $year: Int!, $provisional: Boolean!) {
    trailing(provinceCode: $provinceCode, frameworkCode: $frameworkCode, year: $year, provisional: $provisional, n: 3) {
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
`);

export const NationalDocument = graphql(`
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
`);

export const CompareDocument = graphql(`
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
`);
