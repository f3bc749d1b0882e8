import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { bootstrapDatabase } from './roles';
import { startEmbeddedPostgres, usableDataDir, type Durability, type EmbeddedServer } from './embedded-postgres';

/** Secrets of a local (embedded) installation, generated once and kept beside the data. */
export interface LocalSecrets {
  adminPassword: string;
  ownerPassword: string;
  apiPassword: string;
  jwtSecret: string;
}

export interface LocalDatabase {
  server: EmbeddedServer;
  adminUrl: string;
  ownerUrl: string;
  apiUrl: string;
  secrets: LocalSecrets;
}

const secret = () => randomBytes(24).toString('base64url');

/** Reads the local secrets file, creating it (mode 600) on first use. */
export function localSecrets(file: string): LocalSecrets {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LocalSecrets;
  const created: LocalSecrets = { adminPassword: secret(), ownerPassword: secret(), apiPassword: secret(), jwtSecret: secret() + secret() };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(created, null, 2), { mode: 0o600 });
  return created;
}

/**
 * Starts the embedded PostgreSQL in `folder` (data survives restarts), and creates the
 * roles and the database. Used by `npm start` and by the tests when no DATABASE_URL is set.
 */
export async function startLocalDatabase(options: {
  folder: string;
  database: string;
  /** `throwaway` only for clusters deleted after a test run (see EmbeddedOptions.durability). */
  durability?: Durability;
  log?: (line: string) => void;
}): Promise<LocalDatabase> {
  const folder = resolve(options.folder);
  const secrets = localSecrets(join(folder, 'credentials.json'));
  const server = await startEmbeddedPostgres({
    dataDir: usableDataDir(join(folder, 'postgres')),
    adminPassword: secrets.adminPassword,
    durability: options.durability,
    log: options.log,
  });
  const adminUrl = `postgres://${server.adminUser}:${encodeURIComponent(secrets.adminPassword)}@${server.host}:${server.port}/postgres`;
  try {
    const urls = await bootstrapDatabase({
      adminUrl,
      database: options.database,
      ownerPassword: secrets.ownerPassword,
      apiPassword: secrets.apiPassword,
    });
    return { server, adminUrl, ...urls, secrets };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
