/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A statistic of a group; all but COUNT are over the scores that have a value. Groups mixing frameworks use the finest precision among them. */
export type AggregateMetric =
  /** How many scores the group has (with or without a value). */
  | 'COUNT'
  /** Largest value, at the framework’s precision. */
  | 'MAX'
  /** Arithmetic mean of the values, exact, at one decimal more than the framework’s precision. */
  | 'MEAN'
  /** Median (continuous percentile 0.5), exact, at one decimal more than the framework’s precision. */
  | 'MEDIAN'
  /** Smallest value, at the framework’s precision. */
  | 'MIN'
  /** First quartile (continuous percentile 0.25), exact, at one decimal more than the framework’s precision. */
  | 'P25'
  /** Third quartile (continuous percentile 0.75), exact, at one decimal more than the framework’s precision. */
  | 'P75'
  /** Sample standard deviation (null for fewer than two values), at one decimal more than the framework’s precision. */
  | 'STDDEV';

/** Whether a region is a kabupaten (regency) or a kota (city). */
export type RegionKind =
  /** A regency (kabupaten). */
  | 'KABUPATEN'
  /** A city (kota). */
  | 'KOTA';

export type RankingPageQueryVariables = Exact<{
  framework: string;
  year: number;
  provinces?: Array<string> | string | null | undefined;
  includeDemo?: boolean | null | undefined;
  after?: string | null | undefined;
}>;


export type RankingPageQuery = { scores: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ provinceCode: string, regionCode: string, regionName: string, kind: RegionKind, value: number | null, category: string | null, rank: number | null, rankedCount: number | null, demo: boolean }> } };

export type CategorySpreadQueryVariables = Exact<{
  framework: string;
  year: number;
  provinces?: Array<string> | string | null | undefined;
  includeDemo?: boolean | null | undefined;
  metrics: Array<AggregateMetric> | AggregateMetric;
}>;


export type CategorySpreadQuery = { aggregates: Array<{ kind: RegionKind | null, category: string | null, count: number | null, mean: number | null, median: number | null, demo: boolean }> };


export const RankingPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RankingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"framework"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinces"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDemo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"frameworks"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"framework"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"nodes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"*","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"yearFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"yearTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"provinces"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinces"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"includeDemo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDemo"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"RANK"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"REGION"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankedCount"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}}]}}]}}]}}]} as unknown as DocumentNode<RankingPageQuery, RankingPageQueryVariables>;
export const CategorySpreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CategorySpread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"framework"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinces"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDemo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AggregateMetric"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"KIND"},{"kind":"EnumValue","value":"CATEGORY"}]}},{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"frameworks"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"framework"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"nodes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"*","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"yearFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"yearTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"provinces"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinces"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"includeDemo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDemo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}}]}}]}}]} as unknown as DocumentNode<CategorySpreadQuery, CategorySpreadQueryVariables>;