// The head-to-head of issue 15: the province board from the API (kept boards on and off),
// PostGraphile and the bare floor, its 304 revalidation, and the national board against a floor
// of its own, loaded one after the other in alternating rounds (BENCH_ROUNDS), so a change in the
// machine's load shows as a difference between rounds instead of a false ratio.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Principal } from '@rapor/db';
import { InsightsRepository } from '@rapor/leaderboards';
import { ChildServer } from './children';
import type { FloorSetup } from './floor-server.process';
import { measure, type LoadSpec } from './load';
import { captureStatement } from './plans';
import { createBoardFunction, peerBoardQuery, PEER_SCHEMA } from './postgraphile-peer';
import type { PostGraphileSetup } from './postgraphile-server.process';
import * as Q from './queries';
import type { BoardRound, HeadToHead, RoundPart } from './ratios';

/** What the head-to-head needs from the run. */
export interface HeadToHeadSetup {
  api: ChildServer;
  /** Starts another API process with the given extra environment (the uncached one). */
  startApi: (name: string, env: Record<string, string>) => Promise<ChildServer>;
  ownerUrl: string;
  apiUrl: string;
  workdir: string;
  poolSize: number;
  rounds: number;
  load: Pick<LoadSpec, 'connections' | 'durationSeconds' | 'warmupSeconds'>;
  board: { provinceCode: string; regions: number; year: number; headers: Record<string, string>; principal: Principal; statement: { sql: string; params: unknown[] } };
  national: { regions: number; headers: Record<string, string>; principal: Principal };
  /** The statements the API sends for one board request (to check the floor's is among them). */
  recordBoard: () => Promise<string[]>;
  say: (text: string) => void;
}

/** The GET of a persisted query (APQ): the document's hash and the variables in the URL. */
export function persistedGetUrl(base: string, query: string, variables: Record<string, unknown>): string {
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const params = new URLSearchParams({
    variables: JSON.stringify(variables),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }),
  });
  return `${base}/graphql?${params}`;
}

interface Contender {
  part: RoundPart;
  server: ChildServer;
  spec: Omit<LoadSpec, 'connections' | 'durationSeconds' | 'warmupSeconds'>;
}

/** Starts every contender, checks each answers the same board, then loads them round after round. */
export async function headToHead(s: HeadToHeadSetup): Promise<HeadToHead> {
  const skipped: HeadToHead['skipped'] = {};
  const started: ChildServer[] = [];
  const contenders: Contender[] = [];
  const add = async (part: RoundPart, make: () => Promise<Contender>) => {
    try {
      contenders.push(await make());
    } catch (error) {
      skipped[part] = `failed: ${String(error).replace(/\|/g, '/')}`;
      s.say(`head-to-head: ${part} ${skipped[part]}`);
    }
  };
  const start = async (name: string, script: string, setup: unknown, env: NodeJS.ProcessEnv = process.env) => {
    const server = await ChildServer.start(name, script, { logFile: join(s.workdir, `${name}.log`), env, setup });
    started.push(server);
    return server;
  };
  const variables = { provinceCode: s.board.provinceCode, frameworkCode: 'RB', year: s.board.year };
  const boardBody = Q.gqlBody(Q.LEADERBOARD, variables);
  const apiBoard = (server: ChildServer) => ({ url: `${server.url}/graphql`, body: boardBody, headers: s.board.headers });
  const recorded = await s.recordBoard();
  const sameStatement = recorded.includes(s.board.statement.sql);
  try {
    await add('api', async () => ({ part: 'api', server: s.api, spec: apiBoard(s.api) }));
    await add('apiUncached', async () => {
      const server = await s.startApi('api-uncached', { LEADERBOARD_CACHE_SIZE: '0' });
      started.push(server);
      const spec = apiBoard(server);
      await expectRows(spec, s.board.regions, (b) => (b as { data?: { leaderboard?: { rows: unknown[] } } }).data?.leaderboard?.rows);
      return { part: 'apiUncached', server, spec };
    });
    await add('postgraphile', async () => {
      const columns = await createBoardFunction(s.ownerUrl, new URL(s.apiUrl).username, s.board.statement);
      const server = await start('postgraphile', 'postgraphile-server.process.ts', {
        databaseUrl: s.apiUrl,
        poolSize: s.poolSize,
        principal: s.board.principal,
        schema: PEER_SCHEMA,
      } satisfies PostGraphileSetup, { ...process.env, NODE_ENV: 'production' });
      const spec = { url: `${server.url}/graphql`, body: peerBoardQuery(columns, s.board.provinceCode, 'RB', s.board.year), headers: {} };
      await expectRows(spec, s.board.regions, (b) => (b as { data?: { leaderboard?: { nodes: unknown[] } } }).data?.leaderboard?.nodes);
      return { part: 'postgraphile', server, spec };
    });
    await add('floor', async () => {
      const server = await start('floor', 'floor-server.process.ts', {
        databaseUrl: s.apiUrl,
        poolSize: s.poolSize,
        principal: s.board.principal,
        statements: [{ key: 'rows', ...s.board.statement }],
      } satisfies FloorSetup);
      const spec = { url: server.url, body: boardBody, headers: {} };
      await expectRows(spec, s.board.regions, (b) => (b as { data?: { rows?: unknown[] } }).data?.rows);
      return { part: 'floor', server, spec };
    });
    await add('revalidation', async () => {
      // APQ: a POST with the document registers its hash; the GET then carries only the hash.
      const register = await fetch(`${s.api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...s.board.headers },
        body: JSON.stringify({ query: Q.LEADERBOARD, variables, extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(Q.LEADERBOARD).digest('hex') } } }),
      });
      await register.arrayBuffer();
      const url = persistedGetUrl(s.api.url, Q.LEADERBOARD, variables);
      const first = await fetch(url, { headers: s.board.headers });
      await first.arrayBuffer();
      const etag = first.headers.get('etag');
      if (first.status !== 200 || !etag) throw new Error(`the board's GET answered ${first.status} without an ETag`);
      const headers = { ...s.board.headers, 'if-none-match': etag };
      const again = await fetch(url, { headers });
      if (again.status !== 304) throw new Error(`If-None-Match of the same tag answered ${again.status}, not 304`);
      return { part: 'revalidation', server: s.api, spec: { url, method: 'GET', body: '', headers, expectStatus: 304 } };
    });
    await add('national', async () => {
      const spec = { url: `${s.api.url}/graphql`, body: Q.gqlBody(Q.NATIONAL_LEADERBOARD, { frameworkCode: 'RB', year: s.board.year }), headers: s.national.headers };
      await expectRows(spec, s.national.regions, (b) => (b as { data?: { nationalLeaderboard?: { regions: unknown[] } } }).data?.nationalLeaderboard?.regions);
      return { part: 'national', server: s.api, spec };
    });
    await add('nationalFloor', async () => {
      const repo = new InsightsRepository();
      const query = { frameworkCode: 'RB', year: s.board.year, kind: null, includeDemo: false };
      const statements = [
        { key: 'provinces', ...(await captureStatement(s.national.principal, () => repo.nationalProvinces(query))) },
        { key: 'regions', ...(await captureStatement(s.national.principal, () => repo.nationalRegions(query))) },
      ];
      const server = await start('national-floor', 'floor-server.process.ts', {
        databaseUrl: s.apiUrl,
        poolSize: s.poolSize,
        principal: s.national.principal,
        statements,
      } satisfies FloorSetup);
      const spec = { url: server.url, body: '{}', headers: {} };
      await expectRows(spec, s.national.regions, (b) => (b as { data?: { regions?: unknown[] } }).data?.regions);
      return { part: 'nationalFloor', server, spec };
    });
    const rounds: BoardRound[] = [];
    for (let i = 0; i < s.rounds; i++) {
      const round: BoardRound = { api: null, apiUncached: null, postgraphile: null, floor: null, revalidation: null, national: null, nationalFloor: null };
      for (const c of contenders) {
        round[c.part] = await measure({ ...c.spec, ...s.load }, c.server);
        const l = round[c.part]!;
        s.say(`round ${i + 1} ${c.part}: ${l.requestsPerSecond.toFixed(0)} req/s, p99 ${l.latency.p99.toFixed(1)} ms, ${l.errors.total} errors`);
      }
      rounds.push(round);
    }
    return { rounds, skipped, sameStatement };
  } finally {
    for (const server of started) await server.stop();
  }
}

/** Sends one request of `spec` and checks the answer has `rows` rows (else the comparison is unfair). */
async function expectRows(spec: Pick<LoadSpec, 'url' | 'body' | 'headers'>, rows: number, pick: (body: unknown) => unknown[] | undefined): Promise<void> {
  const res = await fetch(spec.url, { method: 'POST', headers: { 'content-type': 'application/json', ...spec.headers }, body: spec.body });
  const text = await res.text();
  const got = pick(JSON.parse(text) as unknown)?.length;
  if (got !== rows) throw new Error(`${spec.url} answered ${got ?? 'no'} rows instead of ${rows}: ${text.slice(0, 300)}`);
}
