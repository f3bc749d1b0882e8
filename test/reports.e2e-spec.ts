import { startReportsWorld, type Caller, type KeyName, type ReportsWorld } from './reports.fixtures';
import { DEMO_SETUP_TIMEOUT } from './support/database';

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
  demo: boolean;
}
interface Page {
  totalCount: number;
  edges: { cursor: string; node: ScoreNode }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null; startCursor: string | null };
}

const SCORES = `query($first: Int!, $after: String, $filter: ScoreFilterInput, $orderBy: [ScoreOrderInput!]) {
  scores(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges { cursor node { id status regionCode provinceCode kind frameworkCode year nodeCode value category rank periodState demo } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

const AGGREGATES = `query($groupBy: [AggregateDimension!]!, $metrics: [AggregateMetric!]!, $filter: ScoreFilterInput) {
  aggregates(groupBy: $groupBy, metrics: $metrics, filter: $filter) {
    provinceCode regionCode regionName kind year frameworkCode nodeCode category count mean median min max stddev p25 p75 demo
  }
}`;

const COMPARE = `query($regions: [String!]!, $framework: String!, $years: [Int!]!, $nodes: [String!]) {
  compare(regions: $regions, framework: $framework, years: $years, nodes: $nodes) {
    frameworkCode years nodes
    regions { regionCode regionName kind provinceCode cells { year nodeCode frameworkVersion value category rank rankedCount gapToBest demo } }
  }
}`;

const SAKIP_2023 = { frameworks: ['SAKIP'], nodes: ['*'], yearFrom: 2023, yearTo: 2023 };
// Jawa Timur's SAKIP 2023 is demo data: left out while Bangka Belitung's real SAKIP 2023 exists, unless asked for.
const JATIM_2023 = { ...SAKIP_2023, provinces: ['35'], includeDemo: true };
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
  }, DEMO_SETUP_TIMEOUT);
  afterAll(() => w.close());

  describe('scores', () => {
    it('lists a province’s published composites to its API key, ordered and ranked', async () => {
      const page = await scores('key35', { filter: JATIM_2023, orderBy: [{ field: 'VALUE', direction: 'DESC' }] });
      expect(page.totalCount).toBe(38);
      expect(page.edges).toHaveLength(38);
      const nodes = page.edges.map((e) => e.node);
      expect(new Set(nodes.map((n) => n.provinceCode))).toEqual(new Set(['35']));
      expect(nodes.every((n) => n.demo)).toBe(true);
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
      // Pangkal Pinang's published composite is public nationally.
      const regions = await scores('key35', { filter: { ...SAKIP_2023, includeDemo: true, regions: ['35.78', '35.27', '19.71'] } });
      expect(regions.edges.map((e) => [e.node.regionCode, e.node.demo]).sort()).toEqual([['19.71', false], ['35.27', true], ['35.78', true]]);
      const kota = await scores('key35', { filter: { ...JATIM_2023, kind: 'KOTA' } });
      expect(kota.totalCount).toBe(9);
      expect(new Set(kota.edges.map((e) => e.node.kind))).toEqual(new Set(['KOTA']));
      const years = await scores('key35', { filter: { frameworks: ['RB'], nodes: ['*'], yearFrom: 2022 } });
      expect(new Set(years.edges.map((e) => e.node.year))).toEqual(new Set([2022, 2023]));
      const [category] = regions.edges.map((e) => e.node.category);
      const inCategory = await scores('key35', { filter: { ...JATIM_2023, categories: [category] } });
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
      // Published: Jawa Timur's two years, and Bangka Belitung's composites (public nationally).
      const both = await scores('reviewer35', { filter: { ...provisional, status: ['PUBLISHED', 'PROVISIONAL'], includeDemo: true } });
      expect(both.totalCount).toBe(reviewer.totalCount + 38 * 2 + 3);
    });

    it('shows a key another province’s published composites, never its areas', async () => {
      const all35 = await scores('key35', { filter: { frameworks: ['SAKIP'] } });
      const region = await scores('key3578', { filter: { frameworks: ['SAKIP'] } });
      expect(region.totalCount).toBe(all35.totalCount);
      const key19 = await scores('key19', { filter: SAKIP_2023 });
      expect(key19.edges.map((e) => [e.node.regionCode, e.node.value])).toEqual([
        ['19.01', 64.25],
        ['19.04', 58],
        ['19.71', 71.5],
      ]);
      for (const [who, province] of [
        ['key19', '35'],
        ['key35', '19'],
        ['key3578', '19'],
        ['viewer3579', '19'],
      ] as const) {
        const theirs = await scores(who, { filter: { provinces: [province], includeDemo: true } });
        expect(theirs.totalCount).toBeGreaterThan(0);
        expect({ who, nodes: [...new Set(theirs.edges.map((e) => e.node.nodeCode))] }).toEqual({ who, nodes: ['*'] });
      }
      const operator2023 = (includeDemo: boolean) => scores('operator', { filter: { ...SAKIP_2023, includeDemo } });
      expect((await operator2023(false)).totalCount).toBe(3);
      expect((await operator2023(true)).totalCount).toBe(38 + 3);
    });

    it('asks anonymous callers to sign in', async () => {
      const res = await gql(null, SCORES, { first: 5 });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    });
  });

  describe('aggregates', () => {
    it('computes every metric in SQL as the rows would give it', async () => {
      const rows = (await scores('key35', { filter: JATIM_2023 })).edges.map((e) => e.node);
      const res = await gql<{ aggregates: Record<string, unknown>[] }>('key35', AGGREGATES, {
        groupBy: ['KIND'],
        metrics: ALL_METRICS,
        filter: JATIM_2023,
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
          demo: true,
        });
        // SAKIP is published at 2 decimals: min and max at 2, the statistics at 3, exact.
        expect(group.min).toBeCloseTo(values[0], 2);
        expect(group.max).toBeCloseTo(values[values.length - 1], 2);
        for (const [metric, expected] of [
          ['mean', mean],
          ['median', percentile(values, 0.5)],
          ['p25', percentile(values, 0.25)],
          ['p75', percentile(values, 0.75)],
          ['stddev', stddev],
        ] as const) {
          expect(Math.abs((group[metric] as number) - expected)).toBeLessThanOrEqual(0.0005 + 1e-9);
          expect(Math.abs((group[metric] as number) * 1000 - Math.round((group[metric] as number) * 1000))).toBeLessThan(1e-6);
        }
      }
    });

    it('computes only the metrics asked for, per group of several dimensions', async () => {
      const res = await gql<{ aggregates: Record<string, unknown>[] }>('key35', AGGREGATES, {
        groupBy: ['YEAR', 'CATEGORY'],
        metrics: ['COUNT'],
        filter: { frameworks: ['SAKIP'], nodes: ['*'], provinces: ['35'], includeDemo: true },
      });
      const groups = res.data!.aggregates;
      expect(new Set(groups.map((g) => g.year))).toEqual(new Set([2022, 2023]));
      expect(groups.reduce((n, g) => n + (g.count as number), 0)).toBe(76);
      expect(groups.every((g) => g.mean === null && g.median === null && typeof g.category === 'string')).toBe(true);
      const overall = await gql<{ aggregates: Record<string, unknown>[] }>('key35', AGGREGATES, {
        groupBy: [],
        metrics: ['COUNT', 'MAX'],
        filter: JATIM_2023,
      });
      expect(overall.data!.aggregates).toEqual([expect.objectContaining({ count: 38, max: expect.any(Number), kind: null })]);
      // Without includeDemo, SAKIP 2023 is Bangka Belitung's real data alone.
      const real = await gql<{ aggregates: Record<string, unknown>[] }>('key35', AGGREGATES, { groupBy: [], metrics: ['COUNT', 'MEAN'], filter: SAKIP_2023 });
      expect(real.data!.aggregates).toEqual([expect.objectContaining({ count: 3, mean: 64.583, demo: false })]);
    });

    it('aggregates another province’s published composites, never its areas', async () => {
      for (const [who, province] of [
        ['key19', '35'],
        ['key35', '19'],
        ['key3578', '19'],
        ['reviewer19', '35'],
        ['viewer3579', '19'],
      ] as const) {
        for (const groupBy of [['NODE'], ['NODE', 'REGION', 'YEAR']]) {
          const res = await gql<{ aggregates: { nodeCode: string }[] }>(who, AGGREGATES, {
            groupBy,
            metrics: ALL_METRICS,
            filter: { provinces: [province], includeDemo: true },
          });
          expect(res.errors).toBeUndefined();
          expect(res.data!.aggregates.length).toBeGreaterThan(0);
          expect({ who, province, groupBy, nodes: [...new Set(res.data!.aggregates.map((a) => a.nodeCode))] }).toEqual({
            who,
            province,
            groupBy,
            nodes: ['*'],
          });
        }
      }
      const byProvince = async (who: Caller | KeyName) =>
        (
          await gql<{ aggregates: { provinceCode: string }[] }>(who, AGGREGATES, { groupBy: ['PROVINCE'], metrics: ['COUNT'] })
        ).data!.aggregates.map((a) => a.provinceCode);
      expect(await byProvince('key35')).toEqual(['19', '35']);
      expect(await byProvince('key19')).toEqual(['19', '35']);
      expect(await byProvince('operator')).toEqual(['19', '35']);
    });
  });

  describe('compare', () => {
    it('puts regions side by side over years, with the gap to the best, hiding what the caller may not see, labelling demo data', async () => {
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
      expect(surabaya.cells.map((c) => [c.year, c.nodeCode, c.rank, c.demo])).toEqual([
        [2022, '*', 1, true],
        [2023, '*', 1, true],
      ]);
      const best2023 = Math.max(surabaya.cells[1].value as number, 71.5);
      expect(surabaya.cells[0].gapToBest).toBe(0);
      expect(surabaya.cells[1].gapToBest).toBeCloseTo(best2023 - (surabaya.cells[1].value as number), 3);
      for (const [i, cell] of sampang.cells.entries()) {
        expect(cell.rank).toBe(38);
        const best = i === 0 ? (surabaya.cells[0].value as number) : best2023;
        expect(cell.gapToBest).toBeCloseTo(best - (cell.value as number), 3);
      }
      // Bangka Belitung's SAKIP 2023 composite is public nationally (it has no 2022 period).
      expect(pangkalPinang.cells.map((c) => [c.value, c.demo])).toEqual([
        [null, false],
        [71.5, false],
      ]);
      // Areas stay within the province: Surabaya's areas are hidden from a key of Bangka Belitung.
      const other = await gql<{ compare: { regions: { cells: { nodeCode: string; value: number | null }[] }[] } }>('key19', COMPARE, {
        regions: ['35.78', '19.71'],
        framework: 'SAKIP',
        years: [2023],
        nodes: ['*', 'PERENCANAAN'],
      });
      const [surabaya19, pangkalPinang19] = other.data!.compare.regions;
      expect(surabaya19.cells.map((c) => [c.nodeCode, c.value === null])).toEqual([
        ['*', false],
        ['PERENCANAAN', true],
      ]);
      expect(pangkalPinang19.cells[0].value).toBe(71.5);
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
