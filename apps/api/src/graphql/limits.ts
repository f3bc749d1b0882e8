import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorConfig } from '@escape.tech/graphql-armor-types';
import { isDatabaseUnavailable } from '@rapor/db';
import { apiKeyRateLimitKey, rateLimitedError, type ApiKeyRateLimiter } from '@rapor/reports';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  validate,
  visit,
  type DocumentNode,
  type FieldNode,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { inputSafetyPlugin } from './input-safety';

/** The document limits every GraphQL request (and every saved report) must stay within. */
export interface GraphQLLimits {
  /** Field nesting. */
  maxDepth: number;
  /** Aliased fields per operation (`__typename` aside). */
  maxAliases: number;
  /** Lexical tokens of a document. */
  maxTokens: number;
  /** graphql-armor's cost: objects 2, scalars 1, ×1.5 per level, × `first`/`last` of a list. */
  maxCost: number;
  /** Directives per operation. */
  maxDirectives: number;
  /**
   * Fields the response could hold, estimated: lists multiply their selections by `first`/
   * `last`, else by their LIST_SIZES entry or DEFAULT_LIST_SIZE (what armor's cost cannot see:
   * an unpaginated list inside a list, e.g. region → province → regions → province → regions…).
   */
  maxResultFields: number;
}

/** What an unpaginated list is assumed to hold, unless LIST_SIZES knows better. */
export const DEFAULT_LIST_SIZE = 10;

/** Unpaginated lists known to be longer: the provinces, and a province's kabupaten/kota. */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  'Query.provinces': 38,
  'Province.regions': 38,
};

/** `extensions.code` of each limit; `extensions.limit` names it with its maximum. */
export const LIMIT_CODES = {
  maxDepth: 'QUERY_TOO_DEEP',
  maxAliases: 'TOO_MANY_ALIASES',
  maxTokens: 'TOO_MANY_TOKENS',
  maxCost: 'QUERY_TOO_COSTLY',
  maxDirectives: 'TOO_MANY_DIRECTIVES',
  maxResultFields: 'QUERY_TOO_COSTLY',
} as const satisfies Record<keyof GraphQLLimits, string>;

const LABEL: Record<keyof GraphQLLimits, string> = {
  maxDepth: 'Query depth',
  maxAliases: 'Alias',
  maxTokens: 'Token',
  maxCost: 'Query cost',
  maxDirectives: 'Directive',
  maxResultFields: 'Estimated result size',
};

/** A document refused by one of the limits (a validation error, HTTP 400). */
export class LimitExceededError extends GraphQLError {
  constructor(
    readonly limitName: keyof GraphQLLimits,
    readonly max: number,
    readonly found: number | null,
  ) {
    super(`${LABEL[limitName]} limit exceeded: ${found === null ? '' : `found ${found}, `}the maximum is ${max} (${limitName})`, {
      extensions: { code: LIMIT_CODES[limitName], limit: { name: limitName, max, ...(found === null ? {} : { found }) } },
    });
    this.name = 'LimitExceededError';
  }
}

// graphql-armor reports "… limit of N exceeded, found M."; the count is all we take from it.
const foundIn = (message: string): number | null => {
  const m = /found (\d+(?:\.\d+)?)/.exec(message);
  return m ? Number(m[1]) : null;
};

function reject(limitName: keyof GraphQLLimits, max: number) {
  return (ctx: ValidationContext | null, error: GraphQLError) =>
    ctx?.reportError(new LimitExceededError(limitName, max, foundIn(error.message)));
}

function armorConfig(limits: GraphQLLimits, production: boolean): GraphQLArmorConfig {
  const coded = (name: keyof GraphQLLimits) => ({ propagateOnRejection: false, onReject: [reject(name, limits[name])] });
  return {
    // Fragments add no level: depth and cost are those of the fields.
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...coded('maxDepth') },
    maxAliases: { n: limits.maxAliases, ...coded('maxAliases') },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true, flattenFragments: true, ...coded('maxCost') },
    maxDirectives: { n: limits.maxDirectives, ...coded('maxDirectives') },
    // Apollo Server 5 turns an error thrown while parsing (armor's token plugin) into a 500:
    // tokens are limited by graphql-js's own parser instead (`parseOptions.maxTokens`).
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production, mask: '[suggestion hidden]' },
  };
}

function pageSize(field: FieldNode): number | null {
  const arg = field.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
  return arg?.value.kind === Kind.INT ? Number(arg.value.value) : null;
}

// Fields of a selection set under `multiplier` copies of its parent; the lists directly under
// a paginated field (a connection's edges and nodes) are bounded by its page size already.
function resultFields(
  ctx: ValidationContext,
  set: SelectionSetNode,
  parent: GraphQLNamedType | undefined,
  multiplier: number,
  paginated: boolean,
  fragments: Set<string>,
): number {
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
      if (!definition || selection.name.value.startsWith('__')) {
        total += multiplier;
        continue;
      }
      const page = pageSize(selection);
      const isList = isListType(getNullableType(definition.type));
      const listSize = LIST_SIZES[`${parent?.name}.${selection.name.value}`] ?? DEFAULT_LIST_SIZE;
      const own = multiplier * (page ?? (isList && !paginated ? listSize : 1));
      total += own;
      if (selection.selectionSet)
        total += resultFields(ctx, selection.selectionSet, getNamedType(definition.type), own, page !== null, fragments);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? ctx.getSchema().getType(selection.typeCondition.name.value) : parent;
      total += resultFields(ctx, selection.selectionSet, type ?? undefined, multiplier, paginated, fragments);
    } else {
      const fragment = ctx.getFragment(selection.name.value);
      // A fragment cycle is reported by graphql-js's own rules.
      if (!fragment || fragments.has(fragment.name.value)) continue;
      const type = ctx.getSchema().getType(fragment.typeCondition.name.value) ?? undefined;
      total += resultFields(
        ctx,
        fragment.selectionSet,
        type,
        multiplier,
        paginated,
        new Set([...fragments, fragment.name.value]),
      );
    }
  }
  return total;
}

/** Refuses an operation whose estimated result exceeds `max` fields (QUERY_TOO_COSTLY). */
export function resultSizeRule(max: number): ValidationRule {
  return (ctx) => ({
    OperationDefinition(operation) {
      const schema = ctx.getSchema();
      const root =
        operation.operation === 'query'
          ? schema.getQueryType()
          : operation.operation === 'mutation'
            ? schema.getMutationType()
            : schema.getSubscriptionType();
      const found = resultFields(ctx, operation.selectionSet, root ?? undefined, 1, false, new Set());
      if (found > max) ctx.reportError(new LimitExceededError('maxResultFields', max, found));
    },
  });
}

/** The document rules of the limits (depth, aliases, cost, directives, result size), e.g. for saved reports. */
export function limitValidationRules(limits: GraphQLLimits): ValidationRule[] {
  return [...new ApolloArmor(armorConfig(limits, false)).protect().validationRules, resultSizeRule(limits.maxResultFields)];
}

// `first: $n` costs 1× at validation time (the variable is unknown there): once the variables
// (or their defaults) are known, the cost is computed again with them written into the document.
function withPageSizes(document: DocumentNode, variables: Record<string, unknown>): DocumentNode | null {
  const defaults = new Map<string, number>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of definition.variableDefinitions ?? []) {
      if (v.defaultValue?.kind === Kind.INT) defaults.set(v.variable.name.value, Number(v.defaultValue.value));
    }
  }
  let bound = false;
  const result = visit(document, {
    Argument(node) {
      if ((node.name.value !== 'first' && node.name.value !== 'last') || node.value.kind !== Kind.VARIABLE) return undefined;
      const value = variables[node.value.name.value] ?? defaults.get(node.value.name.value);
      if (typeof value !== 'number' || !Number.isInteger(value)) return undefined;
      bound = true;
      return { ...node, value: { kind: Kind.INT, value: String(value) } };
    },
  });
  return bound ? result : null;
}

function pageSizeCostPlugin(limits: GraphQLLimits): ApolloServerPlugin<BaseContext> {
  const rules = limitValidationRules(limits);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema }) {
          const bound = withPageSizes(document, request.variables ?? {});
          if (!bound) return;
          const [error] = validate(schema, bound, rules);
          if (error) throw withStatus(error, 400);
        },
      };
    },
  };
}

function withStatus(error: GraphQLError, status: number): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { ...error.extensions, http: { status, headers: new Map() } },
  });
}

/**
 * Per-API-key request limits on the GraphQL endpoint (HTTP requests only: a saved report run
 * inside a request is not counted again), counted in the database every replica shares.
 * Refused with RATE_LIMITED, HTTP 429 and Retry-After.
 */
function rateLimitPlugin(limiter: ApiKeyRateLimiter): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart({ request }) {
      const http = request.http;
      if (!limiter.enabled || !http) return;
      const key = apiKeyRateLimitKey((name) => http.headers.get(name));
      if (!key) return;
      return {
        async didResolveOperation() {
          let decision;
          try {
            decision = await limiter.take(key);
          } catch (error) {
            // The shared counters are out of reach with the database: the request goes on and
            // meets the outage itself (SERVICE_UNAVAILABLE), rather than a rate-limit failure.
            if (isDatabaseUnavailable(error)) return;
            throw error;
          }
          if (decision.allowed) return;
          const error = rateLimitedError(decision);
          throw new GraphQLError(error.message, {
            extensions: {
              code: error.code,
              ...error.details,
              http: { status: 429, headers: new Map([['retry-after', String(decision.retryAfterSeconds)]]) },
            },
          });
        },
      };
    },
  };
}

/** Headers whose presence proves a request is not a CSRF "simple request" (browsers preflight them). */
export const CSRF_SAFE_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight', 'authorization', 'x-api-key'];

/**
 * Apollo Server options of the limits: graphql-armor's depth, alias, cost and directive rules
 * with coded errors, the token limit, the cost re-checked with variables, per-key rate limits,
 * field suggestions hidden in production, no batching, CSRF prevention that lets
 * authenticated GET requests through.
 */
export function graphqlHardening(
  limits: GraphQLLimits,
  options: { production: boolean; rateLimiter: ApiKeyRateLimiter },
): Pick<
  ApolloServerOptions<BaseContext>,
  'plugins' | 'validationRules' | 'allowBatchedHttpRequests' | 'parseOptions' | 'csrfPrevention'
> {
  const armor = new ApolloArmor(armorConfig(limits, options.production)).protect();
  return {
    // Rapor sets no cache hints; Apollo's cache-control plugin would still instrument every
    // resolved field (about 30% of a leaderboard's CPU in the benchmark).
    // Unsafe text is refused first: no limit, rate count or resolver sees a NUL.
    plugins: [inputSafetyPlugin(), ...armor.plugins, pageSizeCostPlugin(limits), rateLimitPlugin(options.rateLimiter), ApolloServerPluginCacheControlDisabled()],
    validationRules: [...armor.validationRules, resultSizeRule(limits.maxResultFields)],
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: limits.maxTokens },
    csrfPrevention: { requestHeaders: CSRF_SAFE_HEADERS },
  };
}

/** The limit a formatted error's original error hit, when it is one of ours. */
export function limitErrorOf(error: unknown): LimitExceededError | null {
  for (let e = error; e instanceof Error; e = (e as GraphQLError).originalError) {
    if (e instanceof LimitExceededError) return e;
    if (!(e instanceof GraphQLError)) return null;
  }
  return null;
}

// graphql-js's parser: "Document contains more that N tokens. Parsing aborted." (sic)
const TOKEN_LIMIT = /Document contains more th(?:an|at) (\d+) tokens/;

/** The token-limit error of the parser as a LimitExceededError, when it is one. */
export function tokenLimitErrorOf(message: string): LimitExceededError | null {
  const m = TOKEN_LIMIT.exec(message);
  return m ? new LimitExceededError('maxTokens', Number(m[1]), null) : null;
}
