import './register-paths';
import 'reflect-metadata';
import { prepareDatabase } from './server';

// Operations commands. `migrate`: runs pending migrations and loads reference data with
// DATABASE_OWNER_URL (the schema owner).
async function cli(argv: string[]): Promise<void> {
  const [command] = argv;
  switch (command) {
    case 'migrate': {
      const ownerUrl = process.env['DATABASE_OWNER_URL'];
      if (!ownerUrl) throw new Error('DATABASE_OWNER_URL is required for migrate');
      await prepareDatabase(ownerUrl);
      return;
    }
    default:
      throw new Error(`Unknown command "${command ?? ''}". Commands: migrate`);
  }
}

cli(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
