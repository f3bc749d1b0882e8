import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { DATABASE_RETRY_AFTER_SECONDS } from '@rapor/db';

/**
 * The HTTP status of an executed operation (its body has `data`): 503 with Retry-After when an
 * error is SERVICE_UNAVAILABLE (the database cannot be reached: see `isDatabaseUnavailable`),
 * so that clients and load balancers retry; otherwise 200, whatever status an error thrown in
 * a resolver carried (what Nest's own plugin did, which the module turns off so that this one
 * decides). Requests refused before execution (parse, validation, limits) keep their status.
 */
export function outagePlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !('data' in response.body.singleResult)) return;
          const errors = response.body.singleResult.errors ?? [];
          if (errors.some((e) => e.extensions?.['code'] === 'SERVICE_UNAVAILABLE')) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
          } else {
            response.http.status = 200;
          }
        },
      };
    },
  };
}
