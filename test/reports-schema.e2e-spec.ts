import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildSchema, SCHEMA_PATH, schemaSdl, undescribed } from '../apps/api/src/graphql/schema-file';
import { startTestApp, type TestApp } from './support/app';
import { createTestDatabase, type TestDatabase } from './support/database';

// The committed schema is the API's contract for GraphQL clients (apps/report-client is
// typed from it): it must be what the API serves, and describe everything.
describe('the committed schema', () => {
  let db: TestDatabase;
  let t: TestApp;
  let served: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestApp(db);
    served = schemaSdl(t.app.get(GraphQLSchemaHost).schema);
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it(`is what the running API serves (stale? run \`npm run schema\` and commit ${SCHEMA_PATH})`, () => {
    const committed = readFileSync(join(__dirname, '..', SCHEMA_PATH), 'utf8');
    expect(committed).toBe(served);
  });

  it('is what `npm run schema` generates, without a database', async () => {
    expect(schemaSdl(await buildSchema())).toBe(served);
  });

  it('describes every type, field, argument, input field and enum value', () => {
    expect(undescribed(t.app.get(GraphQLSchemaHost).schema)).toEqual([]);
  });

  it('holds the report API', () => {
    for (const field of ['scores(', 'aggregates(', 'compare(', 'savedReports(', 'runSavedReport(', 'saveReport('])
      expect(served).toContain(`  ${field}`);
  });
});
