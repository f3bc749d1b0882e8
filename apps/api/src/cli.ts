import './register-paths';
import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createOperator, generatePassword } from '@rapor/auth';
import { startLocalDatabase, usableDataDir } from '@rapor/db';
import { configureLogger } from '@rapor/platform';
import { prepareDatabase } from './server';

// Operations commands. `migrate`: runs pending migrations and loads reference data with
// DATABASE_OWNER_URL (the schema owner). `create-operator`: creates a platform operator.
async function cli(argv: string[]): Promise<void> {
  const [command] = argv;
  switch (command) {
    case 'migrate': {
      const ownerUrl = process.env['DATABASE_OWNER_URL'];
      if (!ownerUrl) throw new Error('DATABASE_OWNER_URL is required for migrate');
      await prepareDatabase(ownerUrl);
      return;
    }
    case 'create-operator':
      await createOperatorCommand(argv.slice(1));
      return;
    default:
      throw new Error(`Unknown command "${command ?? ''}". Commands: migrate, create-operator`);
  }
}

function option(args: string[], name: string): string | null {
  const at = args.indexOf(`--${name}`);
  if (at >= 0 && args[at + 1] !== undefined && !args[at + 1].startsWith('--')) return args[at + 1];
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  return inline ? inline.slice(name.length + 3) : null;
}

// `create-operator --email x@y --name "..."`: the first operator of an installation. The
// password comes from RAPOR_OPERATOR_PASSWORD, or is generated and printed once.
async function createOperatorCommand(args: string[]): Promise<void> {
  const email = option(args, 'email');
  const name = option(args, 'name');
  if (!email || !name) {
    throw new Error(
      'Usage: npm run cli -- create-operator --email <email> --name "<name>" (password: RAPOR_OPERATOR_PASSWORD, else generated)',
    );
  }
  configureLogger('warn');
  const given = process.env['RAPOR_OPERATOR_PASSWORD'];
  const password = given || generatePassword();
  const { id } = await withOwnerDatabase((ownerUrl) => createOperator(ownerUrl, { email, displayName: name, password }));
  console.log(`Operator ${email.trim().toLowerCase()} created (id ${id}).`);
  if (!given) console.log(`Password (shown only now; change it after signing in): ${password}`);
}

// DATABASE_OWNER_URL when given; otherwise, like `npm start` without DATABASE_URL, the
// embedded PostgreSQL in .data/ (migrated first), stopped again afterwards.
async function withOwnerDatabase<T>(work: (ownerUrl: string) => Promise<T>): Promise<T> {
  const ownerUrl = process.env['DATABASE_OWNER_URL'];
  if (ownerUrl) return work(ownerUrl);
  if (process.env['DATABASE_URL']) throw new Error('DATABASE_OWNER_URL (the schema owner) is required when DATABASE_URL is set');
  const folder = process.env['RAPOR_DATA_DIR'] ?? join(__dirname, '..', '..', '..', '..', '.data');
  const pidFile = join(usableDataDir(join(folder, 'postgres')), 'postmaster.pid');
  if (existsSync(pidFile) && processAlive(Number(readFileSync(pidFile, 'utf8').split('\n')[0]))) {
    throw new Error('The embedded database is in use (is `npm start` running?): stop it first, or set DATABASE_OWNER_URL');
  }
  const db = await startLocalDatabase({ folder, database: 'rapor' });
  try {
    await prepareDatabase(db.ownerUrl);
    return await work(db.ownerUrl);
  } finally {
    await db.server.stop();
  }
}

function processAlive(pid: number): boolean {
  if (!(pid > 0)) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

cli(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
