// Run by the global setup in a plain Node process: starts the embedded PostgreSQL when no
// DATABASE_URL is given, creates the roles, migrates the template database through the
// real migrations and loads the reference data. Prints the test environment as JSON.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootstrapDatabase, startLocalDatabase } from '@rapor/db';
import { configureLogger } from '@rapor/platform';
import { prepareDatabase } from '../../apps/api/src/server';
import type { TestEnvironment } from './env';

async function prepare(): Promise<TestEnvironment> {
  configureLogger('silent');
  const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  let adminUrl = process.env['DATABASE_URL'];
  let embedded: TestEnvironment['embedded'] = null;
  if (!adminUrl) {
    const folder = mkdtempSync(join(tmpdir(), 'rapor-test-'));
    // mkdtemp makes the folder private; as root, the postgres user must be able to enter it.
    chmodSync(folder, 0o755);
    const local = await startLocalDatabase({ folder, database: 'rapor_unused', durability: 'throwaway' });
    embedded = { folder, dataDir: local.server.dataDir };
    adminUrl = local.adminUrl;
  }
  const ownerPassword = randomBytes(12).toString('hex');
  const apiPassword = randomBytes(12).toString('hex');
  const template = `rapor_tpl_${runId}`;
  const { ownerUrl } = await bootstrapDatabase({ adminUrl, database: template, ownerPassword, apiPassword });
  await prepareDatabase(ownerUrl);
  return { adminUrl, template, runId, ownerPassword, apiPassword, embedded };
}

prepare().then(
  (env) => {
    process.stdout.write(JSON.stringify(env));
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
