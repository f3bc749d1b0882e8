import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';
import { withCredentials, OWNER_ROLE, API_ROLE } from '@rapor/db';
import { testEnvironment } from './env';

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

export async function createTestDatabase(): Promise<TestDatabase> {
  const env = testEnvironment();
  const name = `rapor_t_${env.runId}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: env.adminUrl });
  await admin.connect();
  try {
    await cloneWithRetry(admin, name, env.template);
  } finally {
    await admin.end();
  }
  return {
    name,
    apiUrl: withCredentials(env.adminUrl, API_ROLE, env.apiPassword, name),
    ownerUrl: withCredentials(env.adminUrl, OWNER_ROLE, env.ownerPassword, name),
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
