// The floor: a board's own SQL statements served by a bare Node `http` server with `pg` and
// JSON.stringify — no Nest, no GraphQL, no auth. Each request does what the API's tenant
// transaction does around the statements: BEGIN, the principal's settings, the statements,
// COMMIT. Whatever the API spends beyond this is framework, auth and mapping.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { settingsStatement, type Principal } from '@rapor/db';
import { Pool } from 'pg';
import { serveAsChild } from './children';

/** What the benchmark sends the floor before it listens. */
export interface FloorSetup {
  databaseUrl: string;
  poolSize: number;
  principal: Principal;
  /** Sent in order; the answer is `{ "data": { [key]: rows } }`. */
  statements: { key: string; sql: string; params: unknown[] }[];
}

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
        const data: Record<string, unknown[]> = {};
        for (const s of setup.statements) data[s.key] = (await client.query(s.sql, s.params)).rows;
        await client.query('COMMIT');
        const body = JSON.stringify({ data });
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
  serveAsChild(server, () => pool.end());
});
