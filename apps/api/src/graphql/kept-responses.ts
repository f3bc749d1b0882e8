import type { GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';
import type { RequestContext, RequestEnvelope } from '@rapor/platform';
import { execute, Kind, OperationTypeNode, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { formatGraphQLError } from './format-error';

/** A response kept for one document, variables and caller's visibility: the board version it shows, and its data. */
interface Kept {
  version: string;
  data: Record<string, unknown>;
}

// Callers' visibilities kept per document and variables (role and scope: a province's reviewers
// share one, each region's team another).
const VISIBILITIES = 32;

/**
 * Kept responses of published boards: the `data` of a query whose only root field is a published
 * `leaderboard`, kept per document, variables, the caller's visibility (role, province, region:
 * what the board service keys its boards by, and what row-level security shows) and the board's
 * version. Executing such a query walks every field of every row (graphql-js) for an answer
 * that only changes with the version, so a repeat executes the root field alone, with
 * `__typename` as its selection: authentication, the transaction with the session check and the
 * version probe run as always (one round trip), and when the probe finds the kept version the
 * kept data is the answer. Anything else (another version, another visibility, an error) is
 * answered as without them: an error as the root field's own, another version by executing the
 * whole document once more, which costs no statement (the service answers a board once per
 * request, and the session check accepted once is not sent again).
 */
export class KeptResponses {
  /** Document (its hash and operation) and variables → visibility → kept response. */
  private readonly entries = new Map<string, Map<string, Kept>>();
  private readonly reduced = new WeakMap<DocumentNode, DocumentNode | null>();
  /** Responses kept, over all documents and visibilities. */
  private count = 0;

  /** `size`: responses kept at most (as `LEADERBOARD_CACHE_SIZE` bounds the boards); 0 keeps none. */
  constructor(private readonly size: number) {}

  /** The request's listener hooks (see the plugin in board-etag.ts). */
  listener(): Pick<GraphQLRequestListener<object>, 'responseForOperation'> & { keep(rc: GraphQLRequestContext<object>): Promise<void> } {
    let swapped: DocumentNode | null = null;
    return {
      responseForOperation: async (rc) => {
        const reduced = this.size > 0 && rc.operation ? this.reducedOf(rc.document!, rc.operation) : null;
        if (!reduced || !this.entries.has(documentKey(rc))) return null;
        // Apollo executes `rc.document`: the root field alone (see `keep` for the rest).
        swapped = rc.document!;
        (rc as { document: DocumentNode }).document = reduced;
        return null;
      },
      keep: async (rc) => {
        const body = rc.response.body;
        if (!body || body.kind !== 'single') return;
        if (swapped) (rc as { document: DocumentNode }).document = swapped;
        if (body.singleResult.errors?.length || !rc.operation || !this.reducedOf(rc.document!, rc.operation)) return;
        // Read only for an answer without errors: a refused request has no context to read.
        const ctx = requestContextOf(rc);
        if (!ctx) return;
        const version = ctx.versions.length === 1 ? ctx.versions[0] : null;
        const key = documentKey(rc);
        const who = visibilityOf(ctx);
        const kept = this.entries.get(key)?.get(who);
        if (swapped && version && kept?.version === version) {
          body.singleResult = { ...body.singleResult, data: kept.data };
          return;
        }
        if (swapped) {
          const full = await execute({
            schema: rc.schema,
            document: swapped,
            contextValue: rc.contextValue,
            variableValues: rc.request.variables,
            operationName: rc.request.operationName,
          });
          if (full.errors?.length) {
            body.singleResult = { data: null, errors: full.errors.map((e) => formatGraphQLError(e.toJSON(), e)) };
            return;
          }
          body.singleResult = { ...body.singleResult, data: full.data as Record<string, unknown> };
        }
        if (version && body.singleResult.data) this.put(key, who, { version, data: body.singleResult.data });
      },
    };
  }

  /**
   * The operation with its single root field `leaderboard` selecting `__typename` only; null for
   * any other operation (a mutation, several root fields, a directive, a fragment at the root).
   */
  private reducedOf(document: DocumentNode, operation: OperationDefinitionNode): DocumentNode | null {
    let reduced = this.reduced.get(document);
    if (reduced !== undefined) return reduced;
    const [root, ...others] = operation.selectionSet.selections;
    const eligible =
      operation.operation === OperationTypeNode.QUERY &&
      others.length === 0 &&
      root.kind === Kind.FIELD &&
      root.name.value === 'leaderboard' &&
      !root.directives?.length &&
      !operation.directives?.length;
    reduced = eligible
      ? {
          kind: Kind.DOCUMENT,
          definitions: [
            {
              ...operation,
              selectionSet: {
                kind: Kind.SELECTION_SET,
                selections: [{ ...root, selectionSet: { kind: Kind.SELECTION_SET, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] } }],
              },
            },
          ],
        }
      : null;
    this.reduced.set(document, reduced);
    return reduced;
  }

  /** Keeps `kept`; beyond `size` responses in all, the oldest document's go first. */
  private put(key: string, who: string, kept: Kept): void {
    let byCaller = this.entries.get(key);
    if (!byCaller) {
      byCaller = new Map();
      this.entries.set(key, byCaller);
    }
    if (byCaller.delete(who)) this.count--;
    else if (byCaller.size >= VISIBILITIES) {
      byCaller.delete(byCaller.keys().next().value!);
      this.count--;
    }
    byCaller.set(who, kept);
    this.count++;
    while (this.count > this.size) {
      const [oldest, dropped] = this.entries.entries().next().value!;
      this.entries.delete(oldest);
      this.count -= dropped.size;
    }
  }
}

function documentKey(rc: GraphQLRequestContext<object>): string {
  return JSON.stringify([rc.queryHash, rc.request.operationName ?? null, rc.request.variables ?? {}]);
}

function visibilityOf(ctx: RequestContext): string {
  const p = ctx.principal;
  return JSON.stringify([p.role, p.provinceId, p.regionId]);
}

function requestContextOf(rc: GraphQLRequestContext<object>): RequestContext | undefined {
  return (rc.contextValue as { req?: { rapor?: RequestEnvelope } }).req?.rapor?.context();
}
