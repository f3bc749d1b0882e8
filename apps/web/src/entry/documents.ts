import { graphql } from '../gql';

export const EntryRegionDocument = graphql(`
  query EntryRegion($code: String!) {
    region(code: $code) {
      code
      name
      provinceCode
    }
  }
`);

export const EntryPeriodsDocument = graphql(`
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
`);

// Help texts (notes, regulation) and the level; names and scales come from useFrameworks().
export const EntryFrameworkDocument = graphql(`
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
`);

export const EntryValuesDocument = graphql(`
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
`);

export const EntryUnitsDocument = graphql(`
  query EntryUnits($regionCode: String!) {
    units(regionCode: $regionCode) {
      id
      name
      parentId
    }
  }
`);

export const SaveValuesDocument = graphql(`
  mutation SaveEntryValues($input: SaveValuesInput!) {
    saveValues(input: $input) {
      id
    }
  }
`);

export const SubmitValuesDocument = graphql(`
  mutation SubmitRegionValues($periodId: ID!, $regionCode: String!) {
    submitRegionValues(periodId: $periodId, regionCode: $regionCode) {
      state
      submittedAt
    }
  }
`);

export const DraftProjectionDocument = graphql(`
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
`);
