import { startReportsWorld, type Caller, type KeyName, type ReportsWorld } from './reports.fixtures';

interface ScoreNode {
  id: string;
  status: string;
  regionCode: string;
  provinceCode: string;
  kind: string;
  frameworkCode: string;
  year: number;
  nodeCode: string;
  value: number | null;
  category: string | null;
  rank: number | null;
  periodState: string;
}
interface Page {
  totalCount: number;
  edges: { cursor: string; node: ScoreNode }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null; startCursor: string | null };
}

const SCORES = `query($first: Int!, $after: String, $filter: ScoreFilterInput, $orderBy: [ScoreOrderInput!]) {
  scores(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges { cursor node { id status regionCode provinceCode kind frameworkCode year nodeCode value category rank periodState } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

const AGGREGATES = `query($groupBy: [AggregateDimension!]!, $metrics: [AggregateMetric!]!, $filter: ScoreFilterInput) {
  aggregates(groupBy: $groupBy, metrics: $metrics, filter: $filter) {
    provinceCode regionCode regionName kind year frameworkCode nodeCode category count mean median min max stddev p25 p75
  }
}`;

const COMPARE = `query($regions: [String!]!, $framework: String!, $years: [Int!]!, $nodes: [String!]) {
  compare(regions: $regions, framework: $framework, years: $years, nodes: $nodes) {
    frameworkCode years nodes
    regions { regionCode regionName kind provinceCode cells { year nodeCode frameworkVersion value category rank rankedCount gapToBest } }
  }
}`;

const SAKIP_2023 = { frameworks: ['SAKIP'], nodes: ['*'], yearFrom: 2023, yearTo: 2023 };
const ALL_METRICS = ['COUNT', 'MEAN', 'MEDIAN', 'MIN', 'MAX', 'STDDEV', 'P25', 'P75'];

// Continuous percentile, as PostgreSQL's percentile_cont.
function percentile(sorted: number[], p: number): number {
  const at = p * (sorted.length - 1);
  const lo = Math.floor(at);
  return sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (at - lo);
}

describe('reports over the scores a caller may see', () => {
  let w: ReportsWorld;
  const gql = <T>(who: Caller | KeyName | null, query: string, variables: Record<string, unknown> = {}) =>
    w.t.gql<T>(query, variables, who ? w.as(who) : {});
  const scores = async (who: Caller | KeyName, variables: Record<string, unknown>): Promise<Page> => {
    const res = await gql<{ scores: Page }>(who, SCORES, { first: 500, ...variables });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.scores;
  };
  const readAll = async (who: Caller | KeyName, variables: Record<string, unknown>, first: number) => {
    const nodes: ScoreNode[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Page = await scores(who, { ...variables, first, after });
      pages++;
      nodes.push(...page.edges.map((e) => e.node));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) return { nodes, pages, total: page.totalCount };
      after = page.pageInfo.endCursor;
    }
  };

  beforeAll(async () => {
    w = await startReportsWorld();
  });
  afterAll(() => w.close());

  describe('scores', () => {
    it('lists a province’s published composites to its API key, ordered and ranked', async () => {
      const page = await scores('key35', { filter: SAKIP_2023, orderBy: [{ field: 'VALUE', direction: 'DESC' }] });
      expect(page.totalCount).toBe(38);
      expect(page.edges).toHaveLength(38);
      const nodes = page.edges.map((e) => e.node);
      expect(new Set(nodes.map((n) => n.provinceCode))).toEqual(new Set(['35']));
      expect(nodes[0]).toMatchObject({
        regionCode: '35.78',
        rank: 1,
        status: 'PUBLISHED',
        periodState: 'PUBLISHED',
        frameworkCode: 'SAKIP',
        year: 2023,
        nodeCode: '*',
      });
      expect(nodes[37]).toMatchObject({ regionCode: '35.27', rank: 38 });
      const values = nodes.map((n) => n.value!);
      expect(values).toEqual([...values].sort((a, b) => b - a));
      expect(page.pageInfo).toMatchObject({
        hasNextPage: false,
        hasPreviousPage: false,
        startCursor: page.edges[0].cursor,
        endCursor: page.edges[37].cursor,
      });
    });

    it('pages through every row exactly once, in any ordering, missing values last', async () => {
      const filter = { frameworks: ['OPINI_BPK', 'IKM', 'RB'], nodes: ['*'] };
      for (const orderBy of [
        [
          { field: 'CATEGORY', direction: 'DESC' },
          { field: 'VALUE', direction: 'ASC' },
        ],
        [{ field: 'RANK', direction: 'ASC' }],
        [
          { field: 'REGION_NAME', direction: 'DESC' },
          { field: 'YEAR', direction: 'ASC' },
        ],
        null,
      ]) {
        const whole = await scores('key35', { filter, orderBy });
        const paged = await readAll('key35', { filter, orderBy }, 7);
        expect({ orderBy, total: paged.total, ids: paged.nodes.map((n) => n.id) }).toEqual({
          orderBy,
          total: whole.totalCount,
          ids: whole.edges.map((e) => e.node.id),
        });
        expect(paged.pages).toBe(Math.ceil(whole.totalCount / 7));
        expect(new Set(paged.nodes.map((n) => n.id)).size).toBe(whole.totalCount);
      }
      const byValue = (await scores('key35', { filter, orderBy: [{ field: 'VALUE', direction: 'DESC' }] })).edges.map(
        (e) => e.node.value,
      );
      const firstNull = byValue.indexOf(null);
      expect(firstNull === -1 || byValue.slice(firstNull).every((v) => v === null)).toBe(true);
    });

    it('refuses a cursor of another ordering, and a forged one', async () => {
      const page = await scores('key35', { first: 2, filter: SAKIP_2023, orderBy: [{ field: 'VALUE', direction: 'DESC' }] });
      for (const after of [
        page.pageInfo.endCursor,
        'not-a-cursor',
        Buffer.from('{"o":"YEAR:DESC,FRAMEWORK:ASC,REGION:ASC,NODE:ASC","k":["x","y","z","w","a","b","c","d"]}').toString(
          'base64url',
        ),
      ]) {
        const res = await gql('key35', SCORES, { first: 2, after, filter: SAKIP_2023 });
        expect({ after, error: res.errors?.[0].extensions }).toEqual({
          after,
          error: expect.objectContaining({ code: 'BAD_USER_INPUT', fields: ['after'] }),
        });
      }
    });

    it('filters by region, kind, years, categories and period state', async () => {
      const regions = await scores('key35', { filter: { ...SAKIP_2023, regions: ['35.78', '35.27', '19.71'] } });
      expect(regions.edges.map((e) => e.node.regionCode).sort()).toEqual(['35.27', '35.78']);
      const kota = await scores('key35', { filter: { ...SAKIP_2023, kind: 'KOTA' } });
      expect(kota.totalCount).toBe(9);
      expect(new Set(kota.edges.map((e) => e.node.kind))).toEqual(new Set(['KOTA']));
      const years = await scores('key35', { filter: { frameworks: ['RB'], nodes: ['*'], yearFrom: 2022 } });
      expect(new Set(years.edges.map((e) => e.node.year))).toEqual(new Set([2022, 2023]));
      const [category] = regions.edges.map((e) => e.node.category);
      const inCategory = await scores('key35', { filter: { ...SAKIP_2023, categories: [category] } });
      expect(inCategory.totalCount).toBeGreaterThan(0);
      expect(new Set(inCategory.edges.map((e) => e.node.category))).toEqual(new Set([category]));
      const open = await scores('key35', { filter: { periodStates: ['OPEN'] } });
      expect(open.totalCount).toBe(0);
      const bad = await gql('key35', SCORES, { first: 5, filter: { yearFrom: 2024, yearTo: 2022 } });
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['filter.yearFrom', 'filter.yearTo'] });
      const badCode = await gql('key35', SCORES, { first: 5, filter: { regions: ['3578'] } });
      expect(badCode.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['filter.regions'] });
    });

    it('shows provisional scores only to whom row-level security shows them: never to an API key', async () => {
      const provisional = { status: ['PROVISIONAL'], frameworks: ['SAKIP'], nodes: ['*'] };
      expect((await scores('key35', { filter: provisional })).totalCount).toBe(0);
      expect((await scores('key3578', { filter: provisional })).totalCount).toBe(0);
      const reviewer = await scores('reviewer35', { filter: provisional });
      expect(reviewer.totalCount).toBeGreaterThan(1);
      expect(new Set(reviewer.edges.map((e) => `${e.node.status} ${e.node.year} ${e.node.periodState} ${e.node.rank}`))).toEqual(
        new Set(['PROVISIONAL 2024 OPEN null']),
      );
      // A region's team sees its own region's provisional scores (Kota Batu has submitted), not its neighbours'.
      const own = await scores('viewer3579', { filter: provisional });
      expect(own.edges.map((e) => e.node.id)).toEqual(
        reviewer.edges.filter((e) => e.node.regionCode === '35.79').map((e) => e.node.id),
      );
      expect(own.totalCount).toBeGreaterThan(0);
      expect((await scores('admin3578', { filter: provisional })).totalCount).toBe(0);
      expect((await scores('reviewer19', { filter: provisional })).totalCount).toBe(0);
      const both = await scores('reviewer35', { filter: { ...provisional, status: ['PUBLISHED', 'PROVISIONAL'] } });
      expect(both.totalCount).toBe(reviewer.totalCount + 38 * 2);
    });

    it('keeps each key in its province: a region key sees its province’s published scores, not another’s', async () => {
      const all35 = await scores('key35', { filter: { frameworks: ['SAKIP'] } });
      const region = await scores('key3578', { filter: { frameworks: ['SAKIP'] } });
      expect(region.totalCount).toBe(all35.totalCount);
      const key19 = await scores('key19', { filter: { frameworks: ['SAKIP'], nodes: ['*'] } });
      expect(key19.edges.map((e) => [e.node.regionCode, e.node.value])).toEqual([
        ['19.01', 64.25],
        ['19.04', 58],
        ['19.71', 71.5],
      ]);
      expect((await scores('key19', { filter: { provinces: ['35'] } })).totalCount).toBe(0);
      expect((await scores('key35', { filter: { provinces: ['19'] } })).totalCount).toBe(0);
      expect(
        (await scores('operator', { filter: { frameworks: ['SAKIP'], nodes: ['*'], yearFrom: 2023, yearTo: 2023 } })).totalCount,
      ).toBe(38 + 3);
    });

    it('asks anonymous callers to sign in', async () => {
      const res = await gql(null, SCORES, { first: 5 });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    });
  });

  describe('aggregates', () => {
    it('computes every metric in SQL as the rows would give it', async () => {
      const rows = (await scores('key35', { filter: SAKIP_2023 })).edges.map((e) => e.node);
      const res = await gql<{ aggregates: Record<string, unknown>[] }>('key35', AGGREGATES, {
        groupBy: ['KIND'],
        metrics: ALL_METRICS,
        filter: SAKIP_2023,
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.aggregates.map((a) => a.kind)).toEqual(['KABUPATEN', 'KOTA']);
      for (const group of res.data!.aggregates) {
        const values = rows
          .filter((r) => r.kind === group.kind)
          .map((r) => r.value!)
          .sort((a, b) => a - b);
        const mean = values.reduce((s, v) => s + v, 0) / values.length;
        const stddev = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
        expect(group).toMatchObject({
          provinceCode: null,
          regionCode: null,
          year: null,
          count: values.length,
          min: values[0],
          max: values[values.length - 1],
        });
        for (const [metric, expected] of [
          ['mean', mean],
          ['median', percentile(values, 0.5)],
          ['p25', percentile(values, 0.25)],
          ['p75', percentile(values, 0.75)],
          ['stddev', stddev],
        ] as const) {
          expect(group[metric]).toBeCloseTo(expected, 9);
        }
      }
    });

    it('computes only the metrics asked for, per group of several dimensions', async () => {
      const res = await gql<{ aggregates: Record<string, unknown>[] }>('key35', AGGREGATES, {
        groupBy: ['YEAR', 'CATEGORY'],
        metrics: ['COUNT'],
        filter: { frameworks: ['SAKIP'], nodes: ['*'] },
      });
      const groups = res.data!.aggregates;
      expect(new Set(groups.map((g) => g.year))).toEqual(new Set([2022, 2023]));
      expect(groups.reduce((n, g) => n + (g.count as number), 0)).toBe(76);
      expect(groups.every((g) => g.mean === null && g.median === null && typeof g.category === 'string')).toBe(true);
      const overall = await gql<{ aggregates: Record<string, unknown>[] }>('key35', AGGREGATES, {
        groupBy: [],
        metrics: ['COUNT', 'MAX'],
        filter: SAKIP_2023,
      });
      expect(overall.data!.aggregates).toEqual([expect.objectContaining({ count: 38, max: expect.any(Number), kind: null })]);
    });

    it('never reveals another province: an aggregate over it returns nothing, not even a zero', async () => {
      for (const [who, province] of [
        ['key19', '35'],
        ['key35', '19'],
        ['key3578', '19'],
        ['reviewer19', '35'],
        ['viewer3579', '19'],
      ] as const) {
        for (const groupBy of [[], ['PROVINCE'], ['REGION', 'YEAR']]) {
          const res = await gql<{ aggregates: unknown[] }>(who, AGGREGATES, {
            groupBy,
            metrics: ALL_METRICS,
            filter: { provinces: [province] },
          });
          expect({ who, province, groupBy, errors: res.errors, aggregates: res.data?.aggregates }).toEqual({
            who,
            province,
            groupBy,
            errors: undefined,
            aggregates: [],
          });
        }
      }
      const byProvince = async (who: Caller | KeyName) =>
        (
          await gql<{ aggregates: { provinceCode: string }[] }>(who, AGGREGATES, { groupBy: ['PROVINCE'], metrics: ['COUNT'] })
        ).data!.aggregates.map((a) => a.provinceCode);
      expect(await byProvince('key35')).toEqual(['35']);
      expect(await byProvince('key19')).toEqual(['19']);
      expect(await byProvince('operator')).toEqual(['19', '35']);
    });
  });

  describe('compare', () => {
    it('puts regions side by side over years, with the gap to the best, hiding what the caller may not see', async () => {
      const res = await gql<{
        compare: { years: number[]; regions: { regionCode: string; cells: Record<string, unknown>[] }[] };
      }>('key35', COMPARE, {
        regions: ['35.78', '35.27', '19.71'],
        framework: 'SAKIP',
        years: [2023, 2022],
      });
      expect(res.errors).toBeUndefined();
      const cmp = res.data!.compare;
      expect(cmp.years).toEqual([2022, 2023]);
      expect(cmp.regions.map((r) => r.regionCode)).toEqual(['35.78', '35.27', '19.71']);
      const [surabaya, sampang, pangkalPinang] = cmp.regions;
      expect(surabaya.cells.map((c) => [c.year, c.nodeCode, c.rank, c.gapToBest])).toEqual([
        [2022, '*', 1, 0],
        [2023, '*', 1, 0],
      ]);
      for (const [i, cell] of sampang.cells.entries()) {
        expect(cell.rank).toBe(38);
        expect(cell.gapToBest).toBeCloseTo((surabaya.cells[i].value as number) - (cell.value as number), 6);
      }
      // Bangka Belitung publishes SAKIP 2023, but not to a key of Jawa Timur.
      expect(pangkalPinang.cells.map((c) => c.value)).toEqual([null, null]);
      const other = await gql<{ compare: { regions: { cells: { value: number | null }[] }[] } }>('key19', COMPARE, {
        regions: ['35.78', '19.71'],
        framework: 'SAKIP',
        years: [2023],
      });
      expect(other.data!.compare.regions.map((r) => r.cells[0].value)).toEqual([null, 71.5]);
    });

    it('compares areas too, and reports unknown regions and frameworks as NOT_FOUND', async () => {
      const areas = await gql<{
        compare: { nodes: string[]; regions: { cells: { nodeCode: string; value: number | null }[] }[] };
      }>('key3578', COMPARE, {
        regions: ['35.78'],
        framework: 'SAKIP',
        years: [2023],
        nodes: ['*', 'PERENCANAAN'],
      });
      expect(areas.errors).toBeUndefined();
      expect(areas.data!.compare.regions[0].cells.map((c) => c.nodeCode)).toEqual(['*', 'PERENCANAAN']);
      const unknownRegion = await gql('key35', COMPARE, { regions: ['35.78', '35.99'], framework: 'SAKIP', years: [2023] });
      expect(unknownRegion.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: ['regions'] });
      const unknownFramework = await gql('key35', COMPARE, { regions: ['35.78'], framework: 'NOPE', years: [2023] });
      expect(unknownFramework.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: ['framework'] });
    });

    it('takes frameworkCode, like every other query, and still the deprecated framework', async () => {
      const byCode = `query($regions: [String!]!, $frameworkCode: String, $years: [Int!]!) {
        compare(regions: $regions, frameworkCode: $frameworkCode, years: $years) { frameworkCode regions { regionCode cells { year value } } }
      }`;
      const current = await gql<{ compare: unknown }>('key35', byCode, { regions: ['35.78', '35.27'], frameworkCode: 'SAKIP', years: [2022, 2023] });
      const old = await gql<{ compare: { regions: unknown[] } }>('key35', COMPARE, { regions: ['35.78', '35.27'], framework: 'SAKIP', years: [2022, 2023] });
      expect(current.errors).toBeUndefined();
      expect((current.data!.compare as { regions: unknown[] }).regions).toEqual(old.data!.compare.regions.map((r) => ({ regionCode: (r as { regionCode: string }).regionCode, cells: (r as { cells: { year: number; value: number }[] }).cells.map(({ year, value }) => ({ year, value })) })));
      const unknown = await gql('key35', byCode, { regions: ['35.78'], frameworkCode: 'NOPE', years: [2023] });
      expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: ['frameworkCode'] });
      const neither = await gql('key35', byCode, { regions: ['35.78'], years: [2023] });
      expect(neither.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['frameworkCode'] });
      const deprecated = await gql<{ __type: { fields: { name: string; args: { name: string; isDeprecated: boolean }[] }[] } }>(
        'key35',
        `{ __type(name: "Query") { fields { name args(includeDeprecated: true) { name isDeprecated } } } }`,
      );
      const args = deprecated.data!.__type.fields.find((f) => f.name === 'compare')!.args;
      expect(args).toEqual(expect.arrayContaining([{ name: 'frameworkCode', isDeprecated: false }, { name: 'framework', isDeprecated: true }]));
    });
  });
});
