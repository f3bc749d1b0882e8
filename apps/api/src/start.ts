import './register-paths';
import 'reflect-metadata';
import { join } from 'node:path';
import { startLocalDatabase } from '@rapor/db';
import { logger } from '@rapor/platform';
import { ConfigError, loadConfig } from './config/config';
import { serve } from './server';

// `npm start`: with DATABASE_URL, exactly the production path; without it, an embedded
// PostgreSQL in .data/ (kept across restarts) with generated secrets, migrated and seeded.
async function start(): Promise<void> {
  if (process.env['DATABASE_URL']) {
    await serve(loadConfig(process.env));
    return;
  }
  const folder = process.env['RAPOR_DATA_DIR'] ?? join(__dirname, '..', '..', '..', '..', '.data');
  logger().info({ folder }, 'no DATABASE_URL: starting the embedded PostgreSQL');
  const db = await startLocalDatabase({ folder, database: 'rapor', log: (line) => logger().debug({ postgres: line }) });
  logger().info({ port: db.server.port, dataDir: db.server.dataDir }, 'embedded PostgreSQL is up');
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: db.apiUrl,
    DATABASE_OWNER_URL: db.ownerUrl,
    JWT_SECRET: process.env['JWT_SECRET'] ?? db.secrets.jwtSecret,
    RAPOR_EMBEDDED: 'true',
  });
  try {
    await serve(config, () => db.server.stop());
  } catch (error) {
    await db.server.stop();
    throw error;
  }
}

start().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else logger().fatal({ err: error instanceof Error ? { message: error.message, stack: error.stack } : error }, 'failed to start');
  process.exit(1);
});
