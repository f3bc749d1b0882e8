// Public surface of @rapor/domain: pure scoring rules and framework data, no I/O, no frameworks.

export { DomainError } from './errors';
export type { DomainErrorCode } from './errors';
export { median, roundTo } from './numbers';

// Framework definitions: types, shipped data, validation, selection by year.
export { AGGREGATIONS, BOUNDARY_RULES, FACT_STATUSES } from './frameworks/framework.types';
export type {
  Aggregation,
  Band,
  BoundaryRule,
  CategoryBand,
  ContiguousRangeScheme,
  DatedFacts,
  FactStatus,
  FrameworkDefinition,
  FrameworkLevel,
  FrameworkNode,
  FrameworkVersionRef,
  GradingScheme,
  LocalizedText,
  OrdinalBand,
  OrdinalScheme,
  PublishedOnlyScheme,
  RangeBand,
  RangeScheme,
  RankingScale,
  RegulationReference,
  RoundedRangeScheme,
  Scale,
  ScoringTree,
  ValueKind,
  YearRange,
} from './frameworks/framework.types';
export type { DefinitionIssue, DefinitionIssueCode } from './frameworks/definition-issue';
export {
  InvalidDefinitionError,
  parseFrameworkDefinition,
  validateDefinitionSet,
  validateFrameworkDefinition,
} from './frameworks/validate-definition';
export { FRAMEWORK_DEFINITIONS, ikmDefinition, shippedDefinition } from './frameworks/definitions';
export { definitionForYear, schemeForYear } from './frameworks/select';
export { coversYear } from './frameworks/years';
export { flattenNodes, isLeaf, leafCodes } from './frameworks/tree';
export type { FlatNode } from './frameworks/tree';

// Grading and published categories.
export { categoryThreshold, findBand, grade } from './grading/grade';
export { compareCategories, normalizeCategory } from './grading/categories';
export type { CategoryComparison } from './grading/categories';
export { bandPosition, categoryLabel, compareByBandOrder } from './grading/band-order';
export type { CategoryLabel } from './grading/band-order';
export { knownCategories, readCategory } from './grading/category-phrase';
export type { CategoryPart, CategoryPartKind, CategoryReading } from './grading/category-phrase';

// Scores.
export { composite, normalizedPosition, valueAtPosition } from './scoring/composite';
export type { CompositeResult, Evaluation, LeafValues, NodeResult } from './scoring/composite';
export { rollUpUnits, unitSetComparability } from './scoring/units';
export type { UnitRollUp, UnitValue } from './scoring/units';
export { ikmFromAnswers, ikmFromElementMeans } from './scoring/ikm';
export { COMPOSITE, computeRegionResults } from './scoring/region-results';
export type { RegionNodeResult, StoredValue } from './scoring/region-results';
export type { IkmFromAnswersResult, IkmResult } from './scoring/ikm';

// Ranks, gaps, movement, comparability.
export { competitionRanks, rankPositions } from './ranking/ranks';
export type { RankPosition } from './ranking/ranks';
export { DEFAULT_MIN_COVERAGE_PERCENT, nationalProvinceStandings, statisticDecimals } from './ranking/national';
export type { NationalUnrankedReason, ProvinceAggregate, ProvinceStanding } from './ranking/national';
export { gaps, targetCategoryGap } from './ranking/gaps';
export type { GapTargets, Gaps } from './ranking/gaps';
export { movement } from './ranking/movement';
export type { Movement, Standing } from './ranking/movement';
export { comparability } from './ranking/comparability';
export type { Comparability, ComparabilityReason, ComparabilityReasonCode } from './ranking/comparability';

// Analysis for a region.
export { weakestAreas } from './analysis/weakest-areas';
export type { AreaShortfall } from './analysis/weakest-areas';
export { whatIf } from './analysis/what-if';
export type { WhatIfResult } from './analysis/what-if';
export { leafShares } from './analysis/leaf-shares';
export type { LeafShare } from './analysis/leaf-shares';
export { weakestIndicators } from './analysis/weakest-indicators';
export type { IndicatorShortfall, WeakestIndicatorsOptions } from './analysis/weakest-indicators';
export { spreadAreaChanges } from './analysis/area-changes';
export type { AreaChange } from './analysis/area-changes';
export { pathToTarget } from './analysis/path-to-target';
export type { PathStep, Target, TargetPath } from './analysis/path-to-target';

// Region names as typed in files.
export { closestNames, editDistance, regionNameKey } from './regions/region-names';

// Reminders and notifications: when a deadline reminder is due, retry backoff, falling below a target.
export { awaitsSubmission, daysUntil, dueDeadlineReminder, retryDelaySeconds } from './notifications/reminders';
export type { DeadlineReminder } from './notifications/reminders';
export { targetShortfall } from './notifications/below-target';
export type { TargetCheck, TargetShortfall } from './notifications/below-target';
