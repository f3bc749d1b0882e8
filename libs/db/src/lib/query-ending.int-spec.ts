import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase, operator, regionRole } from '@rapor/testing';
import { createDataSource } from './data-source';
import { TenantTransactionRunner, type OpeningCheck } from './tenant-transaction';

// Region A and B are in Kepulauan Bangka Belitung (19).
const A = '19.71';
const B = '19.04';

/** A read whose first statement ends its transaction (a kept board's version probe). */
describe('TenantDb.queryEnding: a first read that ends its transaction in the same write', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let runner: TenantTransactionRunner;
  const viewer = regionRole('region_viewer', A);
  const STATE = `select current_setting('transaction_read_only') as "readOnly", current_setting('app.region_id', true) as region,
                        (select array_agg(region_id order by region_id) from unit) as units`;
  type State = { readOnly: string; region: string | null; units: string[] | null };
  const errorCode = (e: unknown) => (e as { driverError?: { code?: string } }).driverError?.code;
  /** The single pooled connection, as it is handed to the next unit of work: no transaction, no tenant. */
  const idleConnection = async () => {
    const [row] = await ds.query(`select current_setting('app.region_id', true) as region, now() = statement_timestamp() as "ownTransaction"`);
    return row as { region: string | null; ownTransaction: boolean };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await createDataSource({ url: db.apiUrl, poolSize: 1 }).initialize();
    runner = new TenantTransactionRunner(ds);
    await runner.run(operator, (m) => m.query(`insert into unit (region_id, name) values ($1, 'Unit A'), ($2, 'Unit B')`, [A, B]));
  });

  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('reads under the settings (row-level security), read only, and leaves the pooled connection without them', async () => {
    const [state] = await runner.run(viewer, (m) => m.queryEnding!<State[]>(STATE));
    expect(state).toEqual({ readOnly: 'on', region: A, units: [A] });
    expect(await idleConnection()).toEqual({ region: '', ownTransaction: true });
  });

  it('runs a statement after it in a new transaction with the settings again', async () => {
    const [first, second] = await runner.run(viewer, async (m) => [(await m.queryEnding!<State[]>(STATE))[0], (await m.query<State[]>(STATE))[0]]);
    expect(first.readOnly).toBe('on');
    expect(second).toEqual({ readOnly: 'off', region: A, units: [A] });
    expect((await idleConnection()).region).toBe('');
  });

  it('is a plain statement of the open transaction when it is not the first', async () => {
    const TX = `select transaction_timestamp()::text as started, current_setting('transaction_read_only') as "readOnly"`;
    const seen = await runner.run(viewer, async (m) => [
      ...(await m.query(TX)),
      ...(await m.queryEnding!(TX)),
      ...(await m.query(TX)),
    ]);
    expect(new Set(seen.map((s) => s.started)).size).toBe(1);
    expect(seen.map((s) => s.readOnly)).toEqual(['off', 'off', 'off']);
  });

  it('refuses a write: the transaction is read only, nothing is kept', async () => {
    const insert = runner.run(regionRole('region_admin', A), (m) => m.queryEnding!(`insert into unit (region_id, name) values ($1, 'Written')`, [A]));
    await expect(insert.catch(errorCode)).resolves.toBe('25006');
    const names = await runner.run(operator, (m) => m.query<{ name: string }[]>(`select name from unit order by name`));
    expect(names.map((u) => u.name)).toEqual(['Unit A', 'Unit B']);
    expect(await idleConnection()).toEqual({ region: '', ownTransaction: true });
  });

  it('discards the whole write when a statement fails, and the connection is usable at once', async () => {
    const failing = runner.run(viewer, (m) => m.queryEnding!(`select 1 / (count(*) - count(*)) from unit`));
    await expect(failing.catch(errorCode)).resolves.toBe('22012');
    expect(await idleConnection()).toEqual({ region: '', ownTransaction: true });
    const [state] = await runner.run(viewer, (m) => m.queryEnding!<State[]>(STATE));
    expect(state.units).toEqual([A]);
  });

  it('never hands the read to the work when the opening check refuses, nor lets a later statement outlive the refusal', async () => {
    class Refused extends Error {}
    const refusing: OpeningCheck = {
      sql: `select $1::text as region`,
      params: ['stale'],
      verify: () => {
        throw new Refused('stale');
      },
    };
    const seen: unknown[] = [];
    const run = runner.run(
      viewer,
      async (m) => {
        try {
          seen.push(await m.queryEnding!(STATE));
        } catch (error) {
          seen.push(error);
        }
        return m.query(`select 1 as one`);
      },
      { check: refusing },
    );
    await expect(run).rejects.toBeInstanceOf(Refused);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(Refused);
    expect(await idleConnection()).toEqual({ region: '', ownTransaction: true });
  });

  it('passes the check’s answer to verify and the read to the work when it agrees', async () => {
    const answers: unknown[][] = [];
    const check: OpeningCheck = { sql: `select current_setting('app.region_id', true) as region`, params: [], verify: (rows) => answers.push(rows) };
    const [state] = await runner.run(viewer, (m) => m.queryEnding!<State[]>(STATE), { check });
    expect(answers).toEqual([[{ region: A }]]);
    expect(state.units).toEqual([A]);
  });
});
