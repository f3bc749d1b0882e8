import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { RequestEnvelope } from '@rapor/platform';
import { Kind, OperationTypeNode } from 'graphql';
import { KeptResponses } from './kept-responses';

/**
 * HTTP revalidation of published boards. A published board is immutable per version (see
 * LeaderboardsRepository.boardVersion), so a GET query (a persisted query: APQ) whose every root
 * field answered from a versioned board gets an `ETag` of those versions, the document, its
 * variables and the caller (user or key, role and scope: one caller's tag is never another's),
 * with `Cache-Control: private, no-cache`; an `If-None-Match` that matches gets `304 Not
 * Modified` and no body. The version is still checked on every request (no stale answer).
 * Also keeps the responses of published boards (see KeptResponses; `keptResponses` bounds them,
 * 0 keeps none).
 */
export function boardEtagPlugin(options: { keptResponses: number }): ApolloServerPlugin<BaseContext> {
  const kept = new KeptResponses(options.keptResponses);
  return {
    async requestDidStart() {
      const keeping = kept.listener();
      return {
        responseForOperation: keeping.responseForOperation,
        async willSendResponse(rc) {
          // The kept response first: the tag and a 304 are about the answer as sent.
          await keeping.keep(rc);
          const { request, response, contextValue, operation, errors } = rc;
          if (request.http?.method !== 'GET' || operation?.operation !== OperationTypeNode.QUERY || errors?.length) return;
          if (response.body.kind !== 'single' || response.body.singleResult.errors?.length) return;
          const ctx = (contextValue as { req?: { rapor?: RequestEnvelope } }).req?.rapor?.context();
          const roots = operation.selectionSet.selections.filter((s) => !(s.kind === Kind.FIELD && s.name.value === '__typename'));
          if (!ctx || ctx.versions.length === 0 || ctx.versions.length !== roots.length) return;
          const p = ctx.principal;
          const tag = createHash('sha256')
            .update(
              JSON.stringify([p.userId, p.apiKeyId ?? null, p.role, p.provinceId, p.regionId, request.query ?? '', request.extensions ?? {}, request.variables ?? {}, [...ctx.versions].sort()]),
            )
            .digest('base64url');
          const etag = `"b-${tag}"`;
          response.http.headers.set('etag', etag);
          response.http.headers.set('cache-control', 'private, no-cache');
          response.http.headers.set('vary', 'authorization, x-api-key, x-rapor-scope, cookie');
          const asked = request.http.headers.get('if-none-match');
          if (asked && asked.split(',').some((t) => t.trim() === etag)) {
            response.http.status = 304;
            response.body.singleResult = {};
          }
        },
      };
    },
  };
}
