import { ApiKeyRateLimiter } from '@rapor/reports';
import { buildSchema, GraphQLError, parse, specifiedRules, validate } from 'graphql';
import {
  graphqlHardening,
  limitErrorOf,
  LimitExceededError,
  limitValidationRules,
  tokenLimitErrorOf,
  type GraphQLLimits,
} from './limits';

const schema = buildSchema(`
  type Query { node: Node, nodes: [Node!]!, page(first: Int): Page }
  type Node { id: ID, child: Node, children: [Node!]! }
  type Page { edges: [Node!]!, total: Int }
`);
const LIMITS: GraphQLLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2000,
  maxCost: 50000,
  maxDirectives: 20,
  maxResultFields: 20000,
};

const errorsOf = (document: string, limits = LIMITS) =>
  validate(schema, parse(document), [...specifiedRules, ...limitValidationRules(limits)]).map((e) => e.extensions);
// `{ node { child { … { id } } } }`, `depth` fields deep.
const chain = (depth: number) =>
  `{ ${Array.from({ length: depth - 1 }, (_, i) => (i === 0 ? 'node' : 'child')).join(' { ')} { id }${' }'.repeat(depth - 2)} }`;

describe('document limits', () => {
  it('counts depth in fields (fragments add none): 10 passes, 11 is QUERY_TOO_DEEP', () => {
    expect(errorsOf(chain(10))).toEqual([]);
    expect(errorsOf(chain(11))).toEqual([{ code: 'QUERY_TOO_DEEP', limit: { name: 'maxDepth', max: 10, found: 11 } }]);
    expect(errorsOf(`{ node { ...A } } fragment A on Node { ... on Node { child { id } } }`)).toEqual([]);
  });

  it('allows 15 aliases, not 16 (TOO_MANY_ALIASES); __typename aliases are free', () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: node { id }`).join(' ')} }`;
    expect(errorsOf(aliases(15))).toEqual([]);
    expect(errorsOf(aliases(16))).toEqual([{ code: 'TOO_MANY_ALIASES', limit: { name: 'maxAliases', max: 15, found: 16 } }]);
    expect(errorsOf(`{ ${Array.from({ length: 50 }, (_, i) => `t${i}: __typename`).join(' ')} }`)).toEqual([]);
  });

  it('prices pages by their size (QUERY_TOO_COSTLY, maxCost)', () => {
    expect(errorsOf('{ page(first: 500) { edges { id } } }')).toEqual([]);
    // (2 + 1.5 × (2 + 1.5 × 1)) × 10,000 = 72,500
    expect(errorsOf('{ page(first: 10000) { edges { id } } }', { ...LIMITS, maxResultFields: 1e9 })).toEqual([
      { code: 'QUERY_TOO_COSTLY', limit: { name: 'maxCost', max: 50000, found: 72500 } },
    ]);
  });

  it('estimates the result of lists within lists (QUERY_TOO_COSTLY, maxResultFields)', () => {
    // 10 nodes × 10 children × 10 × 10, each with an id: 10 + 100 + 1,000 + 10,000 + 10,000.
    expect(errorsOf('{ nodes { children { children { children { id } } } } }')).toEqual([
      { code: 'QUERY_TOO_COSTLY', limit: { name: 'maxResultFields', max: 20000, found: 21110 } },
    ]);
    expect(errorsOf('{ nodes { children { children { id } } } }')).toEqual([]);
    // A page bounds the lists right under it (a connection's edges): 500 + 500 + 500.
    expect(errorsOf('{ page(first: 500) { edges { id } } }', { ...LIMITS, maxResultFields: 1500 })).toEqual([]);
    expect(errorsOf('{ page(first: 500) { edges { id } } }', { ...LIMITS, maxResultFields: 1499 })).toHaveLength(1);
    // Fragments count where they are spread.
    expect(errorsOf('{ nodes { ...C } } fragment C on Node { children { children { children { id } } } }')).toHaveLength(1);
  });

  it('limits directives (TOO_MANY_DIRECTIVES)', () => {
    const directives = (n: number) => `{ ${'node @include(if: true) { id } '.repeat(n)}}`;
    expect(errorsOf(directives(20))).toEqual([]);
    expect(errorsOf(directives(21))).toEqual([
      { code: 'TOO_MANY_DIRECTIVES', limit: { name: 'maxDirectives', max: 20, found: 21 } },
    ]);
  });

  it('recognises its errors behind Apollo’s wrappers, and the parser’s token limit', () => {
    const limit = new LimitExceededError('maxDepth', 10, 11);
    const wrapped = new GraphQLError('wrapped', { originalError: new GraphQLError('inner', { originalError: limit }) });
    expect(limitErrorOf(wrapped)).toBe(limit);
    expect(limitErrorOf(new GraphQLError('other'))).toBeNull();
    expect(limitErrorOf(new Error('plain'))).toBeNull();
    expect(tokenLimitErrorOf('Syntax Error: Document contains more that 2000 tokens. Parsing aborted.')).toMatchObject({
      message: 'Token limit exceeded: the maximum is 2000 (maxTokens)',
      extensions: { code: 'TOO_MANY_TOKENS', limit: { name: 'maxTokens', max: 2000 } },
    });
    expect(tokenLimitErrorOf('Syntax Error: Expected Name, found <EOF>.')).toBeNull();
  });

  it('configures Apollo Server: parser token limit, no batching, CSRF prevention that admits credentials', () => {
    const options = graphqlHardening(LIMITS, { production: false, rateLimiter: new ApiKeyRateLimiter(10) });
    expect(options.parseOptions).toEqual({ maxTokens: 2000 });
    expect(options.allowBatchedHttpRequests).toBe(false);
    expect(options.csrfPrevention).toEqual({
      requestHeaders: ['x-apollo-operation-name', 'apollo-require-preflight', 'authorization', 'x-api-key'],
    });
    expect(options.validationRules).toHaveLength(limitValidationRules(LIMITS).length);
  });
});
