import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { saveTestEnvironment, type TestEnvironment } from './support/env';

/**
 * Migrates a template database once per run, through the real migrations, as the owner
 * role; each test file then clones it. With DATABASE_URL (a role that may create roles and
 * databases, e.g. the CI server's postgres) it uses that server; without, an embedded
 * PostgreSQL in a temp folder. The work runs in a plain Node process, where dependencies
 * that ship ES modules load natively.
 */
export default async function globalSetup(): Promise<void> {
  const out = execFileSync(
    process.execPath,
    ['-r', join(__dirname, 'support', 'ts-hook.js'), join(__dirname, 'support', 'prepare-template.ts')],
    { env: { ...process.env, LOG_LEVEL: 'silent' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 180000 },
  );
  saveTestEnvironment(JSON.parse(out) as TestEnvironment);
}
