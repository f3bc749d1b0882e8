import { Client } from 'pg';

/**
 * Runs `work` in one transaction on a fresh connection as the schema owner (seeds, CLI).
 * Commits when it resolves, rolls back when it throws.
 */
export async function withOwnerTransaction<T>(ownerUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
