// The PostGraphile peer's schema: the province leaderboard's own SQL statement as a SQL function
// of a throw-away schema of the bench database (served by postgraphile-server.process.ts).
import { Client } from 'pg';

/** The throw-away schema the peer serves. */
export const PEER_SCHEMA = 'bench_postgraphile';

/**
 * Creates (as the schema owner) `bench_postgraphile.leaderboard(province_code, framework_code,
 * year, node_code)` returning the leaderboard statement's rows, with a composite type of the
 * statement's own columns; the API role may use it. Security invoker, so RLS applies. Its columns.
 */
export async function createBoardFunction(ownerUrl: string, apiRole: string, statement: { sql: string; params: unknown[] }): Promise<string[]> {
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    await owner.query(`drop schema if exists ${PEER_SCHEMA} cascade`);
    await owner.query(`create schema ${PEER_SCHEMA}`);
    // The statement's columns and types, from its own description (no rows needed).
    const described = await owner.query({ text: `select * from (${statement.sql}) s limit 0`, values: statement.params });
    const types = await owner.query<{ oid: number; name: string }>(`select oid::int, format_type(oid, null) as name from pg_type where oid = any($1::oid[])`, [
      described.fields.map((f) => f.dataTypeID),
    ]);
    const typeName = new Map(types.rows.map((t) => [t.oid, t.name]));
    const columns = described.fields.map((f) => `${owner.escapeIdentifier(f.name)} ${typeName.get(f.dataTypeID)}`);
    await owner.query(`create type ${PEER_SCHEMA}.board_row as (${columns.join(', ')})`);
    await owner.query(
      `create function ${PEER_SCHEMA}.leaderboard(province_code text, framework_code text, year int, node_code text)
       returns setof ${PEER_SCHEMA}.board_row language sql stable as $fn$ ${statement.sql} $fn$`,
    );
    await owner.query(`grant usage on schema ${PEER_SCHEMA} to ${owner.escapeIdentifier(apiRole)}`);
    await owner.query(`grant execute on function ${PEER_SCHEMA}.leaderboard(text, text, int, text) to ${owner.escapeIdentifier(apiRole)}`);
    return described.fields.map((f) => f.name);
  } finally {
    await owner.end();
  }
}

/** The GraphQL document asking the peer for the board (every column). */
export function peerBoardQuery(columns: readonly string[], provinceCode: string, frameworkCode: string, year: number): string {
  const fields = columns.map((c) => c.replace(/_([a-z])/g, (_, x: string) => x.toUpperCase())).join(' ');
  return JSON.stringify({
    query: `{ leaderboard(provinceCode: ${JSON.stringify(provinceCode)}, frameworkCode: ${JSON.stringify(frameworkCode)}, year: ${year}, nodeCode: "*") { nodes { ${fields} } } }`,
  });
}
