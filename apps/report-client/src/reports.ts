import { graphql } from './gql';
import type { AggregateMetric, RankingPageQuery, RegionKind } from './gql/graphql';
import { RaporClient } from './client';

/** A ranking on one framework and year (of some provinces, or all), all pages of `scores` read in turn. */
export const RankingPage = graphql(`
  query RankingPage($framework: String!, $year: Int!, $provinces: [String!], $includeDemo: Boolean, $after: String) {
    scores(
      first: 100
      after: $after
      filter: { frameworks: [$framework], nodes: ["*"], yearFrom: $year, yearTo: $year, provinces: $provinces, includeDemo: $includeDemo }
      orderBy: [{ field: RANK }, { field: REGION }]
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        provinceCode
        regionCode
        regionName
        kind
        value
        category
        rank
        rankedCount
        demo
      }
    }
  }
`);

/** How the categories of one framework and year spread over kabupaten and kota. */
export const CategorySpread = graphql(`
  query CategorySpread($framework: String!, $year: Int!, $provinces: [String!], $includeDemo: Boolean, $metrics: [AggregateMetric!]!) {
    aggregates(
      groupBy: [KIND, CATEGORY]
      metrics: $metrics
      filter: { frameworks: [$framework], nodes: ["*"], yearFrom: $year, yearTo: $year, provinces: $provinces, includeDemo: $includeDemo }
    ) {
      kind
      category
      count
      mean
      median
      demo
    }
  }
`);

export interface RankingRow {
  rank: number | null;
  regionCode: string;
  regionName: string;
  kind: RegionKind;
  value: number | null;
  category: string | null;
  /** True for the generated demo dataset: not a real result. */
  demo: boolean;
}

export interface SpreadRow {
  kind: RegionKind | null;
  category: string | null;
  count: number;
  mean: number | null;
  median: number | null;
  demo: boolean;
}

export interface ReportOptions {
  /** The API's GraphQL endpoint, e.g. http://localhost:3000/graphql. */
  apiUrl: string;
  /** A report API key (rpk_…). */
  apiKey: string;
  framework: string;
  year: number;
  /** Only these provinces (published composites of every province are public); all when absent. */
  provinces?: string[] | null;
  /** Keep demo periods next to real data of the same framework and year (left out by default). */
  includeDemo?: boolean;
}

const METRICS: AggregateMetric[] = ['COUNT', 'MEAN', 'MEDIAN'];

/** Runs the two reports: the ranking (every page) and the category spread. */
export async function runReports(options: ReportOptions): Promise<{ ranking: RankingRow[]; spread: SpreadRow[] }> {
  const client = new RaporClient(options.apiUrl, options.apiKey);
  const ranking: RankingRow[] = [];
  let after: string | null = null;
  for (;;) {
    const { scores }: RankingPageQuery = await client.request(RankingPage, {
      framework: options.framework,
      year: options.year,
      provinces: options.provinces ?? null,
      includeDemo: options.includeDemo ?? false,
      after,
    });
    ranking.push(
      ...scores.nodes.map(({ rank, regionCode, regionName, kind, value, category, demo }) => ({
        rank,
        regionCode,
        regionName,
        kind,
        value,
        category,
        demo,
      })),
    );
    if (!scores.pageInfo.hasNextPage) break;
    after = scores.pageInfo.endCursor ?? null;
  }
  const { aggregates } = await client.request(CategorySpread, {
    framework: options.framework,
    year: options.year,
    provinces: options.provinces ?? null,
    includeDemo: options.includeDemo ?? false,
    metrics: METRICS,
  });
  const spread = aggregates.map(({ kind, category, count, mean, median, demo }) => ({
    kind: kind ?? null,
    category: category ?? null,
    count: count ?? 0,
    mean: mean ?? null,
    median: median ?? null,
    demo,
  }));
  return { ranking, spread };
}
