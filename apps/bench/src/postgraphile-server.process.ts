// The PostGraphile peer: PostGraphile 4 serving the province leaderboard's own SQL statement as a
// SQL function of a throw-away schema of the bench database (see postgraphile-peer.ts), as the
// API's role, with `pgSettings` giving it the same principal, so row-level security applies
// exactly as in the API. What someone who only needs published scores could run instead.
import { createServer } from 'node:http';
import { principalSettings, type Principal } from '@rapor/db';
import { Pool } from 'pg';
import { postgraphile } from 'postgraphile';
import type { ChildMessage } from './children';

/** What the benchmark sends the PostGraphile peer before it listens. */
export interface PostGraphileSetup {
  databaseUrl: string;
  poolSize: number;
  principal: Principal;
  schema: string;
}

const send = (m: ChildMessage) => process.send?.(m);

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
  const server = createServer(handler);
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    send({ type: 'ready', port: typeof address === 'object' && address ? address.port : -1 });
  });
  const stop = () => server.close(() => void pool.end().finally(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
});
