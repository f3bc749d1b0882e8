// Generic against custom plans of the hot statements: each is sent as a named prepared statement,
// so after five runs PostgreSQL may keep one generic plan for every parameter value. Built per
// combination of filters, the statements hold only real parameters; this measures, with
// EXPLAIN (ANALYZE), that the generic plan runs as fast as a plan made for the values.
import { escapeLiteral, Client } from 'pg';
import { settingsStatement, withTenantStore, type Principal, type TenantDb } from '@rapor/db';

export interface PlanComparison {
  statement: string;
  /** Median over the runs, milliseconds. */
  custom: { planning: number; execution: number };
  generic: { planning: number; execution: number };
}

/** Captures the statement a repository call sends (its own SQL text, not a copy). */
export async function captureStatement(principal: Principal, call: () => Promise<unknown>): Promise<{ sql: string; params: unknown[] }> {
  let captured: { sql: string; params: unknown[] } | null = null;
  const db: TenantDb = {
    query: async (sql: string, params?: readonly unknown[]) => {
      captured ??= { sql, params: [...(params ?? [])] };
      return [] as never;
    },
  };
  await withTenantStore({ manager: db, principal }, call);
  if (!captured) throw new Error('the repository sent no statement');
  return captured;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** EXPLAIN (ANALYZE) of `statement` as `principal`, with a custom plan and with the generic plan. */
export async function comparePlans(
  apiUrl: string,
  principal: Principal,
  label: string,
  statement: { sql: string; params: unknown[] },
  runs = 7,
): Promise<PlanComparison> {
  const client = new Client({ connectionString: apiUrl, application_name: 'rapor-bench-plans' });
  await client.connect();
  try {
    const args = statement.params.map((p) => (p === null ? 'null' : typeof p === 'number' ? String(p) : escapeLiteral(String(p)))).join(', ');
    const measure = async (mode: 'force_custom_plan' | 'force_generic_plan') => {
      const planning: number[] = [];
      const execution: number[] = [];
      await client.query('BEGIN');
      try {
        const settings = settingsStatement(principal);
        await client.query(settings.sql, settings.params);
        await client.query(`set local plan_cache_mode = ${mode}`);
        await client.query(`prepare bench_plan as ${statement.sql}`);
        for (let i = 0; i < runs; i++) {
          const { rows } = await client.query<{ 'QUERY PLAN': [{ 'Planning Time': number; 'Execution Time': number }] }>(
            `explain (analyze, format json) execute bench_plan${args ? `(${args})` : ''}`,
          );
          planning.push(rows[0]['QUERY PLAN'][0]['Planning Time']);
          execution.push(rows[0]['QUERY PLAN'][0]['Execution Time']);
        }
      } finally {
        await client.query('ROLLBACK');
        await client.query('deallocate all');
      }
      return { planning: median(planning), execution: median(execution) };
    };
    return { statement: label, custom: await measure('force_custom_plan'), generic: await measure('force_generic_plan') };
  } finally {
    await client.end();
  }
}
