import './register-paths';
import 'reflect-metadata';
import { join } from 'node:path';
import { startLocalDatabase } from '@rapor/db';
import { DEMO_PROVINCE, loadDemoData } from '@rapor/demo';
import { logger } from '@rapor/platform';
import { ConfigError, loadConfig } from './config/config';
import { prepareDatabase, serve } from './server';

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
  await prepareDatabase(db.ownerUrl);
  if (process.env['RAPOR_DEMO'] !== 'false') {
    const operator = { userId: null, role: 'operator' as const, provinceId: null, regionId: null };
    const demo = await loadDemoData(db.apiUrl, {
      operator,
      reviewer: { ...operator, role: 'reviewer', provinceId: DEMO_PROVINCE },
      region: (role, regionId) => ({ userId: null, role, provinceId: regionId.slice(0, 2), regionId }),
    });
    if (demo.loaded) logger().info(demo, 'demo dataset loaded (labelled: generated, not real results)');
  }
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: db.apiUrl,
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
