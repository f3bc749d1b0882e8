// The floor: the province leaderboard's own SQL statement served by a bare Node `http` server
// with `pg` and JSON.stringify — no Nest, no GraphQL, no auth. Each request does what the API's
// tenant transaction does around the statement: BEGIN, the principal's settings, the statement,
// COMMIT. Whatever the API spends beyond this is framework, auth and mapping.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { settingsStatement, type Principal } from '@rapor/db';
import { Pool } from 'pg';
import type { ChildMessage } from './children';

/** What the benchmark sends the floor before it listens. */
export interface FloorSetup {
  databaseUrl: string;
  poolSize: number;
  principal: Principal;
  statement: { sql: string; params: unknown[] };
}

const send = (m: ChildMessage) => process.send?.(m);

process.once('message', (setup: FloorSetup) => {
  const pool = new Pool({ connectionString: setup.databaseUrl, max: setup.poolSize, application_name: 'rapor-bench-floor' });
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', async () => {
      const client = await pool.connect();
      try {
        const settings = settingsStatement(setup.principal, { requestId: randomUUID() });
        await client.query('BEGIN');
        await client.query(settings.sql, settings.params);
        const { rows } = await client.query(setup.statement.sql, setup.statement.params);
        await client.query('COMMIT');
        const body = JSON.stringify({ data: { leaderboard: { rows } } });
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
      } finally {
        client.release();
      }
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    send({ type: 'ready', port: typeof address === 'object' && address ? address.port : -1 });
  });
  const stop = () => server.close(() => void pool.end().finally(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
});
