/** What the global setup hands to the test workers, through the environment. */
export interface TestEnvironment {
  adminUrl: string;
  template: string;
  runId: string;
  ownerPassword: string;
  apiPassword: string;
  /** Set when the run started its own embedded PostgreSQL. */
  embedded: { folder: string; dataDir: string } | null;
}

const KEY = 'RAPOR_TEST_ENV';

export function saveTestEnvironment(env: TestEnvironment): void {
  process.env[KEY] = JSON.stringify(env);
}

export function testEnvironment(): TestEnvironment {
  const raw = process.env[KEY];
  if (!raw) throw new Error('RAPOR_TEST_ENV is missing: run the database suites through jest (test/global-setup.ts)');
  return JSON.parse(raw) as TestEnvironment;
}
