import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';
import { withCredentials, OWNER_ROLE, API_ROLE } from '@rapor/db';
import { testEnvironment, type TestEnvironment } from './env';

/** A fresh database for one test file, cloned from the migrated template. */
export interface TestDatabase {
  name: string;
  /** The unprivileged API role: what the application connects as. */
  apiUrl: string;
  /** The schema owner (for fixtures that need to bypass the API's permissions). */
  ownerUrl: string;
  adminUrl: string;
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /**
   * Clone the demo template instead: the migrated template plus what `npm start` adds (the demo
   * logins with DEMO_PASSWORD, and the demo dataset loaded as them). It is built once per run,
   * by the first spec that asks, and cloned by every one after.
   */
  demo?: boolean;
}

/** How long a `beforeAll` that clones the demo may take: its spec may be the one that builds the template. */
export const DEMO_SETUP_TIMEOUT = 180000;

async function cloneWithRetry(admin: Client, name: string, template: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(`create database "${name}" template "${template}" owner ${OWNER_ROLE}`);
      return;
    } catch (error) {
      // Two clones of one template at the same moment: "source database is being accessed".
      if ((error as { code?: string }).code !== '55006' || attempt > 20) throw error;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
}

function urlsOf(env: TestEnvironment, name: string): { apiUrl: string; ownerUrl: string } {
  return {
    apiUrl: withCredentials(env.adminUrl, API_ROLE, env.apiPassword, name),
    ownerUrl: withCredentials(env.adminUrl, OWNER_ROLE, env.ownerPassword, name),
  };
}

/**
 * The demo template's name, built on first use. An advisory lock makes parallel workers wait
 * for the one that builds it; the build happens under another name and is renamed when
 * complete, so a failed build leaves nothing that looks finished.
 */
async function demoTemplate(admin: Client, env: TestEnvironment): Promise<string> {
  const name = `${env.template}_demo`;
  await admin.query(`select pg_advisory_lock(hashtext($1))`, [name]);
  try {
    const { rowCount } = await admin.query(`select 1 from pg_database where datname = $1`, [name]);
    if (rowCount) return name;
    const building = `${name}_build`;
    await admin.query(`drop database if exists "${building}" with (force)`);
    await cloneWithRetry(admin, building, env.template);
    const { apiUrl, ownerUrl } = urlsOf(env, building);
    // Loaded here, not at the top: most specs never ask for the demo, and its services are heavy to import.
    const { loadDemoData, provisionDemoAccounts } = await import('@rapor/demo');
    const accounts = await provisionDemoAccounts(ownerUrl);
    const summary = await loadDemoData(apiUrl, accounts.identities);
    if (!summary.loaded) throw new Error('the demo dataset did not load into a fresh database');
    await admin.query(`alter database "${building}" rename to "${name}"`);
    return name;
  } finally {
    await admin.query(`select pg_advisory_unlock(hashtext($1))`, [name]);
  }
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const env = testEnvironment();
  const name = `rapor_t_${env.runId}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: env.adminUrl });
  await admin.connect();
  try {
    await cloneWithRetry(admin, name, options.demo ? await demoTemplate(admin, env) : env.template);
  } finally {
    await admin.end();
  }
  return {
    name,
    ...urlsOf(env, name),
    adminUrl: env.adminUrl,
    async drop() {
      const c = new Client({ connectionString: env.adminUrl });
      await c.connect();
      try {
        await c.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** A pg pool on a test database, closed by the caller. */
export function pool(url: string, max = 5): Pool {
  return new Pool({ connectionString: url, max });
}
