import { graphql } from '../gql';

export const ReviewPeriodsDocument = graphql(`
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
`);

export const OpenPeriodDocument = graphql(`
  mutation OpenPeriod($input: OpenPeriodInput!) {
    openPeriod(input: $input) {
      id
    }
  }
`);

export const PeriodMonitorDocument = graphql(`
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
`);

export const ClosePeriodEntryDocument = graphql(`
  mutation ClosePeriodEntry($periodId: ID!) {
    closePeriodEntry(periodId: $periodId) {
      id
      state
    }
  }
`);

export const PublishPeriodDocument = graphql(`
  mutation PublishPeriod($periodId: ID!) {
    publishPeriod(periodId: $periodId) {
      id
      state
      publishedRevision
    }
  }
`);

export const AmendPeriodDocument = graphql(`
  mutation AmendPeriod($periodId: ID!, $reason: String!) {
    amendPeriod(periodId: $periodId, reason: $reason) {
      id
      state
    }
  }
`);

export const RegionReviewDocument = graphql(`
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
`);

export const PreviousValuesDocument = graphql(`
  query PreviousValues($periodId: ID!, $regionCode: String!) {
    assessmentValues(periodId: $periodId, regionCode: $regionCode) {
      id
      nodeCode
      unitId
      value
    }
  }
`);

export const ReviewValueDocument = graphql(`
  mutation ReviewValue($input: ReviewValueInput!) {
    reviewValue(input: $input) {
      id
      state
      value
    }
  }
`);

export const AcceptSubmissionDocument = graphql(`
  mutation AcceptSubmission($periodId: ID!, $regionCode: String!) {
    acceptSubmission(periodId: $periodId, regionCode: $regionCode) {
      regionCode
      state
    }
  }
`);

export const ReturnSubmissionDocument = graphql(`
  mutation ReturnSubmission($periodId: ID!, $regionCode: String!, $comment: String!) {
    returnSubmission(periodId: $periodId, regionCode: $regionCode, comment: $comment) {
      regionCode
      state
    }
  }
`);

export const ProvinceSetupDocument = graphql(`
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
`);

export const RegionTargetsDocument = graphql(`
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
`);

export const SetTargetDocument = graphql(`
  mutation SetTarget(
    $regionCode: String!
    $frameworkCode: String!
    $year: Int!
    $targetCategory: String
    $targetRank: Int
    $note: String
  ) {
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
`);

export const ClearTargetDocument = graphql(`
  mutation ClearTarget($regionCode: String!, $frameworkCode: String!, $year: Int!) {
    clearTarget(regionCode: $regionCode, frameworkCode: $frameworkCode, year: $year)
  }
`);

export const CreatePeerGroupDocument = graphql(`
  mutation CreatePeerGroup($input: PeerGroupInput!) {
    createPeerGroup(input: $input) {
      id
    }
  }
`);

export const DeletePeerGroupDocument = graphql(`
  mutation DeletePeerGroup($id: ID!) {
    deletePeerGroup(id: $id)
  }
`);
