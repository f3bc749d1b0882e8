// The PostGraphile peer: PostGraphile 4 serving the province leaderboard's own SQL statement as a
// SQL function of a throw-away schema of the bench database (see postgraphile-peer.ts), as the
// API's role, with `pgSettings` giving it the same principal, so row-level security applies
// exactly as in the API. What someone who only needs published scores could run instead.
import Module from 'node:module';
import { createServer } from 'node:http';
import { dirname } from 'node:path';
import type { Principal } from '@rapor/db';
import { Pool } from 'pg';
import { serveAsChild } from './children';

// PostGraphile 4 needs graphql 15; the workspace has 16 at the root and npm left two copies of 15
// (under postgraphile and under graphile-build-pg). One schema must be built with one instance:
// every `graphql` of this process resolves to PostGraphile's own.
const GRAPHQL_15 = dirname(require.resolve('graphql/package.json', { paths: [dirname(require.resolve('postgraphile/package.json'))] }));
const resolver = Module as unknown as { _resolveFilename(request: string, parent: unknown, ...rest: unknown[]): string };
const resolve = resolver._resolveFilename;
resolver._resolveFilename = function (request: string, parent: unknown, ...rest: unknown[]): string {
  const own = request === 'graphql' || request.startsWith('graphql/') ? GRAPHQL_15 + request.slice('graphql'.length) : request;
  return resolve.call(this, own, parent, ...rest);
};
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the hook above
const { postgraphile } = require('postgraphile') as typeof import('postgraphile');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { principalSettings } = require('@rapor/db') as typeof import('@rapor/db');

/** What the benchmark sends the PostGraphile peer before it listens. */
export interface PostGraphileSetup {
  databaseUrl: string;
  poolSize: number;
  principal: Principal;
  schema: string;
}

process.once('message', (setup: PostGraphileSetup) => {
  const pool = new Pool({ connectionString: setup.databaseUrl, max: setup.poolSize, application_name: 'rapor-bench-postgraphile' });
  const pgSettings = Object.fromEntries(principalSettings(setup.principal));
  const handler = postgraphile(pool, setup.schema, {
    pgSettings,
    disableDefaultMutations: true,
    disableQueryLog: true,
    retryOnInitFail: false,
    graphiql: false,
    enableQueryBatching: false,
  });
  serveAsChild(createServer(handler), () => pool.end());
});
