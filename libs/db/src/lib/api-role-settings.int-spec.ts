import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@rapor/testing';
import { API_ROLE_SETTINGS, API_ROLE_SETTINGS_PSQL } from './roles';

const root = join(__dirname, '..', '..', '..', '..');

// One place sets the API role's timeouts: api-role-settings.json, applied by bootstrapDatabase
// (embedded PostgreSQL, tests) and by the compose stack's postgres-init.sh alike.
describe('the API role settings', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('are on the role the API connects as, whatever the connection asks for', async () => {
    expect(API_ROLE_SETTINGS).toEqual({ statement_timeout: '15s', idle_in_transaction_session_timeout: '30s' });
    const api = new Client({ connectionString: db.apiUrl });
    await api.connect();
    try {
      for (const [name, value] of Object.entries(API_ROLE_SETTINGS)) {
        const { rows } = await api.query(`select current_setting($1) as v`, [name]);
        expect(rows[0].v).toBe(value);
      }
    } finally {
      await api.end();
    }
  });

  it('come from the same file and statement in the compose stack', () => {
    const script = readFileSync(join(root, 'apps/api/docker/postgres-init.sh'), 'utf8');
    const compose = readFileSync(join(root, 'docker-compose.yml'), 'utf8');
    expect(script).toContain(API_ROLE_SETTINGS_PSQL);
    expect(script).toContain('api_settings="$(cat /rapor/api-role-settings.json)"');
    expect(compose).toContain('./libs/db/src/lib/api-role-settings.json:/rapor/api-role-settings.json:ro');
    for (const value of Object.values(API_ROLE_SETTINGS)) expect(script).not.toContain(`'${value}'`);
  });
});
