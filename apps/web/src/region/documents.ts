import { graphql } from '../gql';

export const RegionProfileDocument = graphql(`
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
`);

export const ProvinceMediansDocument = graphql(`
  query ProvinceMedians($filter: ScoreFilterInput!) {
    aggregates(filter: $filter, groupBy: [FRAMEWORK, YEAR], metrics: [MEDIAN]) {
      frameworkCode
      year
      median
    }
  }
`);

export const RegionScoresDocument = graphql(`
  query RegionScores($filter: ScoreFilterInput!) {
    scores(filter: $filter, first: 500) {
      nodes {
        nodeCode
        value
      }
    }
  }
`);

export const WhatIfDocument = graphql(`
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
`);

export const RegionPeriodsDocument = graphql(`
  query RegionPeriods($provinceCode: String!) {
    periods(provinceCode: $provinceCode) {
      frameworkCode
      year
      isDemo
    }
  }
`);

export const PathToTargetDocument = graphql(`
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
`);
