import { rmSync } from 'node:fs';
import { Client } from 'pg';
import { stopEmbeddedPostgres } from '../libs/db/src/lib/embedded-postgres';
import { testEnvironment } from './support/env';

/** Drops this run's databases; stops and removes the embedded server. */
export default async function globalTeardown(): Promise<void> {
  const env = testEnvironment();
  const admin = new Client({ connectionString: env.adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname like $1 or datname like $2`,
      // The clones, and the templates: the migrated one and the demo one (with its build).
      [`rapor\\_t\\_${env.runId}\\_%`, `${env.template.replace(/_/g, '\\_')}%`],
    );
    for (const { datname } of rows) await admin.query(`drop database if exists "${datname}" with (force)`);
  } finally {
    await admin.end();
  }
  if (env.embedded) {
    await stopEmbeddedPostgres(env.embedded.dataDir);
    rmSync(env.embedded.dataDir, { recursive: true, force: true });
    rmSync(env.embedded.folder, { recursive: true, force: true });
  }
}
