import '../register-paths';
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, SCHEMA_PATH, schemaSdl } from './schema-file';

// `npm run schema`: writes apps/api/schema.graphql from the code (no database needed).
async function main(): Promise<void> {
  const target = resolve(__dirname, '..', '..', '..', '..', '..', SCHEMA_PATH);
  writeFileSync(target, schemaSdl(await buildSchema()));
  console.log(`Wrote ${SCHEMA_PATH}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
