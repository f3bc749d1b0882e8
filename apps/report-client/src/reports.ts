import { graphql } from './gql';
import type { AggregateMetric, RankingPageQuery, RegionKind } from './gql/graphql';
import { RaporClient } from './client';

/** A province's ranking on one framework and year, all pages of `scores` read in turn. */
export const RankingPage = graphql(`
  query RankingPage($framework: String!, $year: Int!, $after: String) {
    scores(
      first: 100
      after: $after
      filter: { frameworks: [$framework], nodes: ["*"], yearFrom: $year, yearTo: $year }
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
      }
    }
  }
`);

/** How the categories of one framework and year spread over kabupaten and kota. */
export const CategorySpread = graphql(`
  query CategorySpread($framework: String!, $year: Int!, $metrics: [AggregateMetric!]!) {
    aggregates(
      groupBy: [KIND, CATEGORY]
      metrics: $metrics
      filter: { frameworks: [$framework], nodes: ["*"], yearFrom: $year, yearTo: $year }
    ) {
      kind
      category
      count
      mean
      median
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
}

export interface SpreadRow {
  kind: RegionKind | null;
  category: string | null;
  count: number;
  mean: number | null;
  median: number | null;
}

export interface ReportOptions {
  /** The API's GraphQL endpoint, e.g. http://localhost:3000/graphql. */
  apiUrl: string;
  /** A report API key (rpk_…). */
  apiKey: string;
  framework: string;
  year: number;
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
      after,
    });
    ranking.push(
      ...scores.nodes.map(({ rank, regionCode, regionName, kind, value, category }) => ({
        rank,
        regionCode,
        regionName,
        kind,
        value,
        category,
      })),
    );
    if (!scores.pageInfo.hasNextPage) break;
    after = scores.pageInfo.endCursor ?? null;
  }
  const { aggregates } = await client.request(CategorySpread, {
    framework: options.framework,
    year: options.year,
    metrics: METRICS,
  });
  const spread = aggregates.map(({ kind, category, count, mean, median }) => ({
    kind: kind ?? null,
    category: category ?? null,
    count: count ?? 0,
    mean: mean ?? null,
    median: median ?? null,
  }));
  return { ranking, spread };
}
