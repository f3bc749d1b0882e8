import request from 'supertest';
import { startTestApp, type TestApp } from './support/app';
import { startReportsWorld, type ReportsWorld } from './reports.fixtures';

type Gql = {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };
  headers: Record<string, string>;
};

const post = async (
  t: TestApp,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Gql> => {
  const res = await request(t.app.getHttpServer())
    .post('/graphql')
    .set({ 'content-type': 'application/json', ...headers })
    .send({ query, variables });
  return { status: res.status, body: res.body, headers: res.headers as Record<string, string> };
};

/** `{ region { province { regions { province … } } } }`, `depth` fields deep. */
function nested(depth: number): string {
  let inner = 'name';
  for (let level = depth - 1; level >= 2; level--) inner = level % 2 === 0 ? `province { ${inner} }` : `regions { ${inner} }`;
  return `{ region(code: "35.78") { ${inner} } }`;
}

const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: provinces { code }`).join(' ')} }`;

const page = (first: number | string, fields = 'regionCode value') =>
  `scores(first: ${first}) { totalCount edges { node { ${fields} } } }`;

describe('limits of GraphQL documents and API keys', () => {
  let w: ReportsWorld;

  beforeAll(async () => {
    w = await startReportsWorld({ data: false, env: { API_KEY_RATE_LIMIT: '1000' } });
  });
  afterAll(() => w.close());

  describe('depth and fan-out', () => {
    it('serves nested fields within the limits', async () => {
      const res = await post(w.t, nested(6));
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
    });

    it('refuses deeper nesting before running anything: 400, QUERY_TOO_DEEP, the limit named', async () => {
      w.t.queries.reset();
      const res = await post(w.t, nested(11), {}, w.as('key35'));
      expect(res.status).toBe(400);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors).toContainEqual({
        message: 'Query depth limit exceeded: found 11, the maximum is 10 (maxDepth)',
        extensions: { code: 'QUERY_TOO_DEEP', limit: { name: 'maxDepth', max: 10, found: 11 } },
      });
      // Every limit the document breaks is named; none of them is a plain validation failure.
      expect(res.body.errors?.every((e) => ['QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY'].includes(String(e.extensions.code)))).toBe(
        true,
      );
      expect(w.t.queries.dataStatements.filter((q) => !/auth_api_key/.test(q))).toEqual([]);
    });

    it('refuses lists nested in lists (region → province → regions …) by their estimated size', async () => {
      const res = await post(w.t, nested(9));
      expect(res.status).toBe(400);
      // 1 region, 1 province, 38 regions, 38 provinces, 1,444 regions… (a province has ≤ 38).
      expect(res.body.errors).toEqual([
        {
          message: 'Estimated result size limit exceeded: found 167582, the maximum is 20000 (maxResultFields)',
          extensions: { code: 'QUERY_TOO_COSTLY', limit: { name: 'maxResultFields', max: 20000, found: 167582 } },
        },
      ]);
    });
  });

  describe('aliases', () => {
    it('allows 15 aliases and refuses 16 with TOO_MANY_ALIASES', async () => {
      expect((await post(w.t, aliases(15))).status).toBe(200);
      const res = await post(w.t, aliases(16));
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0].extensions).toEqual({
        code: 'TOO_MANY_ALIASES',
        limit: { name: 'maxAliases', max: 15, found: 16 },
      });
    });

    it('refuses a thousand aliases: the token limit (2,000) fires first, while parsing', async () => {
      const res = await post(w.t, aliases(1000), {}, w.as('key35'));
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        {
          message: 'Token limit exceeded: the maximum is 2000 (maxTokens)',
          extensions: { code: 'TOO_MANY_TOKENS', limit: { name: 'maxTokens', max: 2000 } },
          locations: expect.any(Array),
        },
      ]);
    });

    it('refuses a thousand aliases with TOO_MANY_ALIASES where tokens allow them', async () => {
      const roomy = await startTestApp(w.db, { GRAPHQL_MAX_TOKENS: '100000' });
      try {
        const res = await post(roomy, aliases(1000));
        expect(res.status).toBe(400);
        // The thousand lists would also be too large a result: both limits are named.
        expect(res.body.errors?.map((e) => e.extensions)).toEqual([
          { code: 'TOO_MANY_ALIASES', limit: { name: 'maxAliases', max: 15, found: 1000 } },
          { code: 'QUERY_TOO_COSTLY', limit: { name: 'maxResultFields', max: 20000, found: 76000 } },
        ]);
      } finally {
        await roomy.close();
      }
    });
  });

  describe('pages and cost', () => {
    it('reads a full page of 500 within the cost limit', async () => {
      const res = await post(
        w.t,
        `{ ${page(500, 'id status regionCode regionName kind provinceCode frameworkCode year nodeCode value category rank')} }`,
        {},
        w.as('key35'),
      );
      expect(res.body.errors).toBeUndefined();
      expect(res.status).toBe(200);
    });

    it('refuses a page of 501 with PAGE_TOO_LARGE', async () => {
      const res = await post(w.t, `{ ${page(501)} }`, {}, w.as('key35'));
      expect(res.body.errors?.[0]).toMatchObject({
        path: ['scores'],
        extensions: { code: 'PAGE_TOO_LARGE', fields: ['first'], limit: { name: 'maxPageSize', max: 500, found: 501 } },
      });
    });

    it('refuses a huge page by its cost before running it, as a literal or as a variable', async () => {
      const literal = await post(w.t, `{ ${page(1000000)} }`, {}, w.as('key35'));
      expect(literal.status).toBe(400);
      expect(literal.body.errors?.[0].extensions).toEqual({
        code: 'QUERY_TOO_COSTLY',
        limit: { name: 'maxCost', max: 50000, found: 17750000 },
      });
      w.t.queries.reset();
      const variable = await post(w.t, `query($n: Int!) { ${page('$n')} }`, { n: 1000000 }, w.as('key35'));
      expect(variable.status).toBe(400);
      expect(variable.body.errors?.[0].extensions).toEqual({
        code: 'QUERY_TOO_COSTLY',
        limit: { name: 'maxCost', max: 50000, found: 17750000 },
      });
      const byDefault = await post(w.t, `query($n: Int = 1000000) { ${page('$n')} }`, {}, w.as('key35'));
      expect(byDefault.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: { name: 'maxCost' } });
      expect(w.t.queries.dataStatements.filter((s) => /scored/.test(s))).toEqual([]);
    });

    it('refuses many full pages in one document with QUERY_TOO_COSTLY', async () => {
      const pages = Array.from({ length: 10 }, (_, i) => `p${i}: ${page(500)}`).join(' ');
      const res = await post(w.t, `{ ${pages} }`, {}, w.as('key35'));
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: { name: 'maxCost', max: 50000 } });
    });

    it('refuses too many directives with TOO_MANY_DIRECTIVES', async () => {
      const res = await post(w.t, `{ ${'provinces @include(if: true) { code } '.repeat(21)}}`);
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0].extensions).toEqual({
        code: 'TOO_MANY_DIRECTIVES',
        limit: { name: 'maxDirectives', max: 20, found: 21 },
      });
    });

    it('answers a batch (an array of operations) with 400: batching is off', async () => {
      const res = await request(w.t.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .send([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
      expect(res.status).toBe(400);
    });
  });
});

describe('per-API-key rate limits', () => {
  let w: ReportsWorld;

  beforeAll(async () => {
    w = await startReportsWorld({ data: false, env: { API_KEY_RATE_LIMIT: '3' } });
  });
  afterAll(() => w.close());

  it('lets a key make its 3 requests a minute, then answers 429 RATE_LIMITED with Retry-After', async () => {
    for (let i = 0; i < 3; i++) expect((await post(w.t, '{ provinces { code } }', {}, w.as('key35'))).status).toBe(200);
    const refused = await post(w.t, '{ provinces { code } }', {}, w.as('key35'));
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors).toEqual([
      {
        message: expect.stringContaining('3 requests a minute'),
        extensions: {
          code: 'RATE_LIMITED',
          limit: { name: 'apiKeyRequestsPerMinute', max: 3 },
          retryAfter: Number(refused.headers['retry-after']),
        },
      },
    ]);
    // The same key as a bearer token shares the bucket; GET requests count too.
    const bearer = await post(w.t, '{ provinces { code } }', {}, { authorization: `Bearer ${w.secrets.key35}` });
    expect(bearer.status).toBe(429);
    const get = await request(w.t.app.getHttpServer())
      .get('/graphql')
      .query({ query: '{ provinces { code } }' })
      .set(w.as('key35'));
    expect(get.status).toBe(429);
  });

  it('counts each key alone and never limits people signed in', async () => {
    for (let i = 0; i < 3; i++) expect((await post(w.t, '{ provinces { code } }', {}, w.as('key19'))).status).toBe(200);
    expect((await post(w.t, '{ provinces { code } }', {}, w.as('key19'))).status).toBe(429);
    expect((await post(w.t, '{ provinces { code } }', {}, w.as('key3578'))).status).toBe(200);
    for (let i = 0; i < 6; i++) expect((await post(w.t, '{ provinces { code } }', {}, w.as('reviewer35'))).status).toBe(200);
  });

  it('limits the report exports with the same budget', async () => {
    const saved = await post(
      w.t,
      `mutation($input: SaveReportInput!) { saveReport(input: $input) { id } }`,
      { input: { name: 'Provinces', document: '{ provinces { code name } }', provinceCode: '35' } },
      w.as('reviewer35'),
    );
    const id = (saved.body.data as { saveReport: { id: string } }).saveReport.id;
    const res = await request(w.t.app.getHttpServer()).get(`/reports/${id}.csv`).set(w.as('key35'));
    expect(res.status).toBe(429);
    expect(res.body).toMatchObject({ code: 'RATE_LIMITED' });
    expect(res.headers['retry-after']).toMatch(/^\d+$/);
  });
});

// Two API processes on one database: the counters are in the database, so a key gets its
// limit, not twice it, however its requests are spread.
describe('per-API-key rate limits over two API instances', () => {
  let w: ReportsWorld;
  let second: TestApp;

  beforeAll(async () => {
    w = await startReportsWorld({ data: false, env: { API_KEY_RATE_LIMIT: '10' } });
    second = await startTestApp(w.db, { API_KEY_RATE_LIMIT: '10' });
  });
  afterAll(async () => {
    await second.close();
    await w.close();
  });

  it('gives a key its limit in all, in parallel across both instances', async () => {
    const instances = [w.t, second];
    const statuses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => post(instances[i % 2], '{ provinces { code } }', {}, w.as('key35')).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30);
    // Sequentially too: what one instance spent, the other sees.
    for (let i = 0; i < 10; i++) expect((await post(instances[i % 2], '{ provinces { code } }', {}, w.as('key19'))).status).toBe(200);
    expect((await post(w.t, '{ provinces { code } }', {}, w.as('key19'))).status).toBe(429);
    expect((await post(second, '{ provinces { code } }', {}, w.as('key19'))).status).toBe(429);
  });
});

describe('introspection and field suggestions', () => {
  const INTROSPECT = '{ __schema { queryType { name } } }';

  it('are on in development', async () => {
    const w = await startReportsWorld({ data: false });
    try {
      expect((await post(w.t, INTROSPECT)).body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
      const typo = await post(w.t, '{ provinces { nam } }');
      expect(typo.body.errors?.[0].message).toContain('Did you mean "name"?');
    } finally {
      await w.close();
    }
  });

  it('are off in production (introspection unless GRAPHQL_INTROSPECTION=true)', async () => {
    const w = await startReportsWorld({ data: false, env: { NODE_ENV: 'production' } });
    try {
      const introspect = await post(w.t, INTROSPECT);
      expect(introspect.status).toBe(400);
      expect(introspect.body.errors?.[0]).toMatchObject({
        message: expect.stringContaining('introspection'),
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
      const typo = await post(w.t, '{ provinces { nam } }');
      expect(typo.body.errors?.[0].message).toBe('Cannot query field "nam" on type "Province". [suggestion hidden]?');
      const saved = await post(
        w.t,
        `mutation($input: SaveReportInput!) { saveReport(input: $input) { id } }`,
        { input: { name: 'Typo', document: '{ provinces { nam } }' } },
        w.as('reviewer35'),
      );
      expect(saved.body.errors?.[0]).toMatchObject({
        message: 'Cannot query field "nam" on type "Province".',
        extensions: { code: 'BAD_USER_INPUT', fields: ['document'] },
      });
    } finally {
      await w.close();
    }
  });
});
