import './register-paths';
import 'reflect-metadata';
import { join } from 'node:path';
import { startLocalDatabase } from '@rapor/db';
import { DEMO_PASSWORD, loadDemoData, provisionDemoAccounts, type DemoLogin } from '@rapor/demo';
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
  let logins: DemoLogin[] = [];
  if (process.env['RAPOR_DEMO'] !== 'false') {
    const accounts = await provisionDemoAccounts(db.ownerUrl);
    logins = accounts.logins;
    const demo = await loadDemoData(db.apiUrl, accounts.identities);
    if (demo.loaded) logger().info(demo, 'demo dataset loaded (labelled: generated, not real results)');
  }
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: db.apiUrl,
    JWT_SECRET: process.env['JWT_SECRET'] ?? db.secrets.jwtSecret,
    RAPOR_EMBEDDED: 'true',
  });
  try {
    const app = await serve(config, () => db.server.stop());
    const address = app.getHttpServer().address();
    printBanner(typeof address === 'object' && address ? address.port : config.port, logins);
  } catch (error) {
    await db.server.stop();
    throw error;
  }
}

// What a person needs after `npm start`: where the API is and how to sign in to the demo.
function printBanner(port: number, logins: DemoLogin[]): void {
  const lines = [
    '',
    `Rapor web app: http://localhost:${port}/   (sign in with a demo login below)`,
    `Rapor API: http://localhost:${port}/graphql   (health: http://localhost:${port}/health/ready)`,
  ];
  if (logins.length) {
    lines.push(
      '',
      'DEMO DATA — generated, not real evaluation results (province 35 Jawa Timur). Demo logins, password for all:',
      `  ${DEMO_PASSWORD}`,
      ...logins.map((l) => `  ${l.email.padEnd(32)} ${l.role.padEnd(18)} scope ${l.scope}`),
      '',
      'Sign in:  mutation { login(email: "reviewer.jatim@demo.rapor.id", password: "' + DEMO_PASSWORD + '") { accessToken } }',
      'Then send  Authorization: Bearer <accessToken>.  Start without the demo: RAPOR_DEMO=false npm start',
    );
  }
  process.stdout.write(lines.join('\n') + '\n\n');
}

start().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else logger().fatal({ err: error instanceof Error ? { message: error.message, stack: error.stack } : error }, 'failed to start');
  process.exit(1);
});
