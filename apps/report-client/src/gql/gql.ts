/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  query RankingPage($framework: String!, $year: Int!, $provinces: [String!], $includeDemo: Boolean, $after: String) {\n    scores(\n      first: 100\n      after: $after\n      filter: { frameworks: [$framework], nodes: [\"*\"], yearFrom: $year, yearTo: $year, provinces: $provinces, includeDemo: $includeDemo }\n      orderBy: [{ field: RANK }, { field: REGION }]\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        provinceCode\n        regionCode\n        regionName\n        kind\n        value\n        category\n        rank\n        rankedCount\n        demo\n      }\n    }\n  }\n": typeof types.RankingPageDocument,
    "\n  query CategorySpread($framework: String!, $year: Int!, $provinces: [String!], $includeDemo: Boolean, $metrics: [AggregateMetric!]!) {\n    aggregates(\n      groupBy: [KIND, CATEGORY]\n      metrics: $metrics\n      filter: { frameworks: [$framework], nodes: [\"*\"], yearFrom: $year, yearTo: $year, provinces: $provinces, includeDemo: $includeDemo }\n    ) {\n      kind\n      category\n      count\n      mean\n      median\n      demo\n    }\n  }\n": typeof types.CategorySpreadDocument,
};
const documents: Documents = {
    "\n  query RankingPage($framework: String!, $year: Int!, $provinces: [String!], $includeDemo: Boolean, $after: String) {\n    scores(\n      first: 100\n      after: $after\n      filter: { frameworks: [$framework], nodes: [\"*\"], yearFrom: $year, yearTo: $year, provinces: $provinces, includeDemo: $includeDemo }\n      orderBy: [{ field: RANK }, { field: REGION }]\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        provinceCode\n        regionCode\n        regionName\n        kind\n        value\n        category\n        rank\n        rankedCount\n        demo\n      }\n    }\n  }\n": types.RankingPageDocument,
    "\n  query CategorySpread($framework: String!, $year: Int!, $provinces: [String!], $includeDemo: Boolean, $metrics: [AggregateMetric!]!) {\n    aggregates(\n      groupBy: [KIND, CATEGORY]\n      metrics: $metrics\n      filter: { frameworks: [$framework], nodes: [\"*\"], yearFrom: $year, yearTo: $year, provinces: $provinces, includeDemo: $includeDemo }\n    ) {\n      kind\n      category\n      count\n      mean\n      median\n      demo\n    }\n  }\n": types.CategorySpreadDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RankingPage($framework: String!, $year: Int!, $provinces: [String!], $includeDemo: Boolean, $after: String) {\n    scores(\n      first: 100\n      after: $after\n      filter: { frameworks: [$framework], nodes: [\"*\"], yearFrom: $year, yearTo: $year, provinces: $provinces, includeDemo: $includeDemo }\n      orderBy: [{ field: RANK }, { field: REGION }]\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        provinceCode\n        regionCode\n        regionName\n        kind\n        value\n        category\n        rank\n        rankedCount\n        demo\n      }\n    }\n  }\n"): (typeof documents)["\n  query RankingPage($framework: String!, $year: Int!, $provinces: [String!], $includeDemo: Boolean, $after: String) {\n    scores(\n      first: 100\n      after: $after\n      filter: { frameworks: [$framework], nodes: [\"*\"], yearFrom: $year, yearTo: $year, provinces: $provinces, includeDemo: $includeDemo }\n      orderBy: [{ field: RANK }, { field: REGION }]\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        provinceCode\n        regionCode\n        regionName\n        kind\n        value\n        category\n        rank\n        rankedCount\n        demo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategorySpread($framework: String!, $year: Int!, $provinces: [String!], $includeDemo: Boolean, $metrics: [AggregateMetric!]!) {\n    aggregates(\n      groupBy: [KIND, CATEGORY]\n      metrics: $metrics\n      filter: { frameworks: [$framework], nodes: [\"*\"], yearFrom: $year, yearTo: $year, provinces: $provinces, includeDemo: $includeDemo }\n    ) {\n      kind\n      category\n      count\n      mean\n      median\n      demo\n    }\n  }\n"): (typeof documents)["\n  query CategorySpread($framework: String!, $year: Int!, $provinces: [String!], $includeDemo: Boolean, $metrics: [AggregateMetric!]!) {\n    aggregates(\n      groupBy: [KIND, CATEGORY]\n      metrics: $metrics\n      filter: { frameworks: [$framework], nodes: [\"*\"], yearFrom: $year, yearTo: $year, provinces: $provinces, includeDemo: $includeDemo }\n    ) {\n      kind\n      category\n      count\n      mean\n      median\n      demo\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;